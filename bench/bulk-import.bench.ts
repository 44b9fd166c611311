// Bulk import (issue 12): generates N invented articles of about 600 words as JSONL (plain text,
// and a tenth as many as HTML pages), imports each file into a new library through the same
// BulkImport the CLI and the API use, and prints articles/s and the total time, with the
// machine's load average (other processes on 2 shared cores move these figures a lot). A second
// run of the same text file measures the re-run (every article a duplicate).
//   node --import tsx bench/bulk-import.bench.ts [N]       N defaults to 2,000
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend/app';
import { BulkImport } from '../backend/bulk/job';

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

async function timed(file: string, paths: string[]): Promise<{ ms: number; job: BulkImport }> {
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  const start = performance.now();
  const job = new BulkImport(ctx, paths);
  await job.done;
  const ms = performance.now() - start;
  ctx.library.close();
  return { ms, job };
}

function report(label: string, n: number, { ms, job }: { ms: number; job: BulkImport }): void {
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
    const nHtml = Math.max(1, Math.round(N / 10));
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
    report(
      'HTML pages, new library',
      nHtml,
      await timed(path.join(dir, 'html.sqlite'), [htmlFile]),
    );
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
