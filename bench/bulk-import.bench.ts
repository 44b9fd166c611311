// Bulk import (issue 12): generates N invented articles of about 600 words as JSONL (plain text,
// and a tenth as many as HTML pages), imports each file into a new library through the same
// BulkImport the CLI and the API use, and prints articles/s and the total time, with the
// machine's load average (other processes on 2 shared cores move these figures a lot). A second
// run of the same text file measures the re-run (every article a duplicate). HTML pages are
// imported twice, with one import worker and with the pool, and the ratio printed, with the CPU
// time a page took (all threads), which depends far less on the machine's other load.
//   node --import tsx bench/bulk-import.bench.ts [N] [H]   N defaults to 2,000, H (pages) to N/10
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend/app';
import { BulkImport } from '../backend/bulk/job';
import { defaultPoolSize, setIngestPoolSize } from '../backend/ingest/worker-pool';

const N = Number(process.argv[2] ?? 2_000);
/** Words per invented article, as in the 100,000-article target. */
const WORDS = 600;
const VOCAB =
  'harbour council cable vote mayor ferry bridge repairs port budget fares island'.split(' ');

function article(i: number): { title: string; text: string; outlet: string } {
  const words = Array.from({ length: WORDS }, (_, w) => {
    const word = VOCAB[(i * 31 + w * 7 + (w >> 3)) % VOCAB.length] ?? 'news';
    return w % 12 === 11 ? `${word}${i}.` : word;
  });
  const title = `Report ${i} on the harbour`;
  return { title, text: `${title}\n\n${words.join(' ')}\n`, outlet: `Outlet ${i % 40}` };
}

function html(i: number): { html: string; title: string } {
  const a = article(i);
  const paras = a.text
    .split('. ')
    .map((p) => `<p>${p}.</p>`)
    .join('');
  const page = `<!doctype html><html><head><title>${a.title}</title></head><body><nav>Home · News</nav><article><h1>${a.title}</h1>${paras}</article><footer>© Outlet</footer></body></html>`;
  return { html: page, title: a.title };
}

interface Timed {
  ms: number;
  /** CPU time of the whole process (main thread and import workers), in ms. */
  cpuMs: number;
  job: BulkImport;
}

async function timed(file: string, paths: string[]): Promise<Timed> {
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const job = new BulkImport(ctx, paths);
  await job.done;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  ctx.library.close();
  return { ms, cpuMs: (used.user + used.system) / 1000, job };
}

/**
 * Pages per second the CPU time alone allows on `cores` cores left free for the import: wall
 * time on this shared machine depends on what else runs; CPU time per page much less.
 */
function cpuBound(n: number, t: Timed, cores = 2): string {
  const perPage = t.cpuMs / n;
  return `CPU ${perPage.toFixed(0)} ms a page (all threads), so at most ~${((cores * 1000) / perPage).toFixed(0)} pages/s on ${cores} free cores`;
}

function report(label: string, n: number, { ms, job }: Timed): void {
  const p = job.progress();
  const rate = (n * 1000) / ms;
  console.log(
    `${label}: ${n.toLocaleString('en')} articles in ${(ms / 1000).toFixed(1)} s = ` +
      `${rate.toFixed(0)} articles/s (imported ${p.imported}, duplicates ${p.duplicates}, ` +
      `not imported ${p.notImported})`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-bulk-bench-'));
  try {
    const textFile = path.join(dir, 'articles.jsonl');
    writeFileSync(
      textFile,
      Array.from({ length: N }, (_, i) => JSON.stringify(article(i))).join('\n'),
    );
    const nHtml = Number(process.argv[3] ?? Math.max(1, Math.round(N / 10)));
    const htmlFile = path.join(dir, 'pages.jsonl');
    writeFileSync(
      htmlFile,
      Array.from({ length: nHtml }, (_, i) => JSON.stringify(html(i))).join('\n'),
    );
    console.log(
      `load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (${os.cpus().length} cores)`,
    );
    const lib = path.join(dir, 'library.sqlite');
    report('plain text, new library', N, await timed(lib, [textFile]));
    report('plain text, re-run (all duplicates)', N, await timed(lib, [textFile]));
    // Pages are read by the import workers (backend/ingest/worker-pool.ts): one worker as the
    // baseline, then the pool as bulk import uses it, in the same run and on the same pages.
    setIngestPoolSize(1);
    const one = await timed(path.join(dir, 'html-1.sqlite'), [htmlFile]);
    report('HTML pages, one worker (baseline)', nHtml, one);
    setIngestPoolSize(defaultPoolSize());
    const pool = await timed(path.join(dir, 'html-n.sqlite'), [htmlFile]);
    report(`HTML pages, pool of ${defaultPoolSize()} workers`, nHtml, pool);
    console.log(`HTML pages: the pool is ${(one.ms / pool.ms).toFixed(2)}× one worker`);
    console.log(`HTML pages with the pool: ${cpuBound(nHtml, pool)}`);
    const mb = (statSync(lib).size / 1024 / 1024).toFixed(1);
    console.log(`library file with ${N} articles: ${mb} MB`);
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
