// What reading one typical article page costs, by step, and what reusing one jsdom window saves
// (backend/ingest/html-extract.ts parse): a new JSDOM per page (the baseline, as before) against
// DOMParser in one shared window, each with Readability, then the whole extraction as bulk
// import runs it. Pages are the invented ~600-word articles of bulk-import.bench.ts and the
// ingest test fixture. Prints milliseconds per page and the ratio.
//   node --import tsx bench/html-parse.bench.ts [N]      N pages per measure (default 60)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../backend/ingest/html-extract';
import { jsdom } from '../backend/ingest/jsdom-lazy';

const N = Number(process.argv[2] ?? 60);
const VOCAB =
  'harbour council cable vote mayor ferry bridge repairs port budget fares island'.split(' ');

function inventedPage(i: number): string {
  const words = Array.from({ length: 600 }, (_, w) => {
    const word = VOCAB[(i * 31 + w * 7 + (w >> 3)) % VOCAB.length] ?? 'news';
    return w % 12 === 11 ? `${word}${i}.` : word;
  });
  const title = `Report ${i} on the harbour`;
  const paras = `${title}\n\n${words.join(' ')}`
    .split('. ')
    .map((p) => `<p>${p}.</p>`)
    .join('');
  return `<!doctype html><html><head><title>${title}</title></head><body><nav>Home · News</nav><article><h1>${title}</h1>${paras}</article><footer>© Outlet</footer></body></html>`;
}

/** Milliseconds per call of `f` over N pages, after a warm-up. */
function perPage(f: (i: number) => void): number {
  for (let i = 0; i < 5; i += 1) f(i);
  const start = performance.now();
  for (let i = 0; i < N; i += 1) f(i);
  return (performance.now() - start) / N;
}

function main(): void {
  const { JSDOM, VirtualConsole } = jsdom();
  const quiet = () => ({ contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const parser = new new JSDOM('', quiet()).window.DOMParser();
  const fixture = readFileSync(path.join('tests', 'fixtures', 'ingest', 'article.html'), 'utf8');
  const kinds: [string, (i: number) => string][] = [
    ['invented 600-word page', inventedPage],
    ['ingest fixture article.html', () => fixture],
  ];
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [name, page] of kinds) {
    const baseline = perPage((i) =>
      new Readability(new JSDOM(page(i), quiet()).window.document).parse(),
    );
    const shared = perPage((i) =>
      new Readability(parser.parseFromString(page(i), 'text/html')).parse(),
    );
    const whole = perPage((i) =>
      extractHtml(page(i), { source: { name: 'p.html', pasted: false } }),
    );
    console.log(
      `${name}: new window + Readability ${baseline.toFixed(1)} ms (baseline), ` +
        `shared window + Readability ${shared.toFixed(1)} ms (${(baseline / shared).toFixed(1)}× faster), ` +
        `whole extraction ${whole.toFixed(1)} ms = ${(1000 / whole).toFixed(0)} pages/s on one core`,
    );
  }
}

main();
