// URL import (issue 12, item 2): N invented article pages of about 600 words, imported once as
// .html files (the baseline, same run) and once by address from a local server (node:http on
// 127.0.0.1), without and with an artificial delay per answer, through the same BulkImport the
// CLI and the API use. Prints pages/s, the ratio to the file import, how far the 4 concurrent
// fetches overlap the delay (a serial fetcher would take N × delay), and what the evidence
// costs in the library (the pages' bytes against their gzip copies).
//   node --import tsx bench/url-import.bench.ts [N] [DELAY_MS]     defaults 200 and 100
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend/app';
import { BulkImport } from '../backend/bulk/job';

const N = Number(process.argv[2] ?? 200);
const DELAY_MS = Number(process.argv[3] ?? 100);
const VOCAB = 'harbour council cable vote mayor ferry bridge repairs port budget fares'.split(' ');

function page(i: number): string {
  const words = Array.from({ length: 600 }, (_, w) => {
    const word = VOCAB[(i * 31 + w * 7 + (w >> 3)) % VOCAB.length] ?? 'news';
    return w % 12 === 11 ? `${word}${i}.` : word;
  });
  const paras = words
    .join(' ')
    .split('. ')
    .map((p) => `<p>${p}.</p>`)
    .join('');
  return `<!doctype html><html><head><title>Report ${i}</title></head><body><nav>Home · News</nav><article><h1>Report ${i} on the harbour</h1>${paras}</article><footer>© Outlet</footer></body></html>`;
}

async function serve(delayMs: number): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const i = Number(/\/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page(i));
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function timed(file: string, paths: string[]): Promise<{ s: number; job: BulkImport }> {
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  const start = performance.now();
  const job = new BulkImport(ctx, paths);
  await job.done;
  const s = (performance.now() - start) / 1000;
  ctx.library.close();
  return { s, job };
}

function line(label: string, { s, job }: { s: number; job: BulkImport }, base?: number): number {
  const rate = N / s;
  const p = job.progress();
  const ratio = base ? ` (${(rate / base).toFixed(2)}× the file import)` : '';
  console.log(
    `${label}: ${N} pages in ${s.toFixed(1)} s = ${rate.toFixed(1)} pages/s${ratio}; ` +
      `imported ${p.imported}, not imported ${p.notImported}`,
  );
  return rate;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-url-bench-'));
  try {
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(`load average before: ${load.join(' ')} (${os.cpus().length} cores)`);
    const folder = path.join(dir, 'pages');
    mkdirSync(folder);
    for (let i = 0; i < N; i++) writeFileSync(path.join(folder, `page-${i}.html`), page(i));
    // Warm the import worker (jsdom's load) so neither run pays it.
    await timed(path.join(dir, 'warm.sqlite'), [path.join(folder, 'page-0.html')]);
    const base = line('files (baseline)', await timed(path.join(dir, 'files.sqlite'), [folder]));

    for (const delay of [0, DELAY_MS]) {
      const server = await serve(delay);
      const urls = Array.from({ length: N }, (_, i) => `${server.origin}/${i}`);
      const lib = path.join(dir, `urls-${delay}.sqlite`);
      const r = await timed(lib, urls);
      server.close();
      line(`addresses, ${delay} ms per answer`, r, base);
      if (delay > 0)
        console.log(
          `  a serial fetcher would wait ${((N * delay) / 1000).toFixed(1)} s on the server alone`,
        );
      if (delay === 0) evidenceCost(lib);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function evidenceCost(file: string): void {
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  const row = ctx.library.db
    .prepare('SELECT sum(raw_size) AS raw, sum(length(raw_gzip)) AS gz FROM fetch_evidence')
    .get() as { raw: number; gz: number };
  ctx.library.close();
  console.log(
    `  evidence: ${(row.raw / 1024).toFixed(0)} KB of pages kept as ${(row.gz / 1024).toFixed(0)} KB ` +
      `gzip (${(row.raw / row.gz).toFixed(1)}× smaller)`,
  );
}

await main();
