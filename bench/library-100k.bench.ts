// A library of 100,000 articles (issue 12, item 4): generates it (bench/support/generate-library.ts,
// seeded) and imports it through the bulk import people use (JSONL files → BulkImport: the
// import worker, batches of db/bulk-write.ts, MinHash signatures, the search index), then
// prints the issue's table: import rate, file size, the story list's first page, full-text
// search, opening a story, and in Chromium the sidebar's first rows and its long tasks. The
// old unpaged story list is timed on the same data in the same run, as the baseline.
//
// The generated library is kept under /tmp between runs (generating takes minutes); the
// import rate printed then is the one measured when it was generated.
//   node --import tsx bench/library-100k.bench.ts [--articles N] [--regenerate] [--no-browser]
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend/app';
import { BulkImport } from '../backend/bulk/job';
import { dispatch } from '../backend/dispatch';
import type { BackendContext } from '../backend/context';
import { writeArticlesJsonl } from './support/generate-library';
import { timeSidebar } from './support/sidebar-timing';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--articles') + 1] || 100_000) || 100_000;
const DIR = path.join(os.tmpdir(), `retold-bench-library-${N}`);
const FILE = path.join(DIR, 'library.sqlite');
const IMPORT_NOTE = path.join(DIR, 'import.json');
const TARGET = { importPerSecond: 1000, searchMs: 100, firstPaintMs: 500 };
/** Words as common as "the" and "said" are in every article; the rest come from the library. */
const COMMON_QUERIES = ['the', 'said'];

interface ImportNote {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  load: string;
  at: string;
}

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;

async function generate(): Promise<ImportNote> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const jsonl = mkdtempSync(path.join(os.tmpdir(), 'retold-bench-jsonl-'));
  try {
    const files = await writeArticlesJsonl(jsonl, N);
    const ctx = startBackend({ file: FILE, shell: 'cli', seedDemo: false });
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    let shown = 0;
    const job = new BulkImport(ctx, files, {
      onProgress: (p) => {
        if (p.processed - shown < 10_000) return;
        shown = p.processed;
        console.log(
          `  … ${p.processed.toLocaleString('en')} articles, ${p.perSecond.toFixed(0)}/s`,
        );
      },
    });
    await job.done;
    const cpu = process.cpuUsage(cpu0);
    const note: ImportNote = {
      articles: job.progress().imported,
      seconds: (performance.now() - start) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      load: load(),
      at: new Date().toISOString(),
    };
    ctx.library.close();
    writeFileSync(IMPORT_NOTE, JSON.stringify(note));
    return note;
  } finally {
    rmSync(jsonl, { recursive: true, force: true });
  }
}

/** Times `fn` `runs` times; returns the durations in ms. */
async function times(
  runs: number,
  fn: (i: number) => Promise<unknown> | unknown,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** Eight queries from the words of one article: six single words and two pairs. */
function queriesFrom(ctx: BackendContext): string[] {
  const { text } = ctx.library.db
    .prepare('SELECT text FROM versions ORDER BY id LIMIT 1 OFFSET ?')
    .get(Math.floor(N / 3)) as { text: string };
  const words = [...new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? [])];
  const at = (i: number): string => words[(i * 7) % Math.max(1, words.length)] ?? 'said';
  return [0, 1, 2, 3, 4, 5].map(at).concat([`${at(6)} ${at(7)}`, `${at(8)} ${at(9)}`]);
}

async function call(ctx: BackendContext, method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

/** The story list as it was before paging: every story, a count per row, sorted, as JSON. */
function oldListing(ctx: BackendContext): number {
  const rows = ctx.library.db
    .prepare(
      `SELECT s.id, s.title, s.notes, s.base_version_id AS baseVersionId, s.created_at AS createdAt,
         s.updated_at AS updatedAt, (SELECT count(*) FROM versions v WHERE v.story_id = s.id) AS versionCount
       FROM stories s ORDER BY s.updated_at DESC, s.id DESC`,
    )
    .all();
  return JSON.stringify({ stories: rows }).length;
}

const row = (what: string, value: string, target = ''): void =>
  console.log(`| ${what.padEnd(44)} | ${value.padEnd(34)} | ${target.padEnd(16)} |`);
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const note: ImportNote =
    args.includes('--regenerate') || !existsSync(FILE) || !existsSync(IMPORT_NOTE)
      ? await generate()
      : (JSON.parse(readFileSync(IMPORT_NOTE, 'utf8')) as ImportNote);
  const size = statSync(FILE).size;
  const ctx = startBackend({ file: FILE, shell: 'cli', seedDemo: false, backups: false });
  const stories = ctx.library.countStories();
  const page =
    (sort: string, offset = 0) =>
    () =>
      call(ctx, 'stories.list', { sort, offset, limit: 100 });
  const first = await times(20, page('updated'));
  const byTitle = await times(20, page('title'));
  const byCount = await times(20, page('versions'));
  const deep = await times(20, page('updated', Math.floor(stories * 0.9)));
  let oldBytes = 0;
  const old = await times(3, () => (oldBytes = oldListing(ctx)));
  const pageBytes = JSON.stringify(await page('updated')()).length;
  const queries = [...COMMON_QUERIES, ...queriesFrom(ctx)];
  const search = await times(queries.length * 3, (i) =>
    call(ctx, 'search.query', { q: queries[i % queries.length] }),
  );
  const ids = (
    ctx.library.db.prepare('SELECT id FROM stories ORDER BY random() LIMIT 50').all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const open = await times(ids.length, (i) => call(ctx, 'stories.get', { id: ids[i] }));
  const breakdown = ctx.library.db
    .prepare(
      `SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 6`,
    )
    .all() as { name: string; bytes: number }[];
  ctx.library.close();
  const browser = args.includes('--no-browser') ? null : await timeSidebar(DIR, 'said');

  console.log(
    `\nlibrary: ${note.articles.toLocaleString('en')} articles in ${stories.toLocaleString('en')} stories (${FILE})`,
  );
  row('what', 'measured', 'target');
  row('---', '---', '---');
  row(
    'import of plain text, with signatures',
    `${(note.articles / note.seconds).toFixed(0)} articles/s (${(note.articles / note.cpuSeconds).toFixed(0)}/CPU-s)`,
    `≥ ${TARGET.importPerSecond}/s`,
  );
  row(
    'library file size',
    `${(size / 1e6).toFixed(0)} MB, ${(size / note.articles).toFixed(0)} bytes/article`,
    'report it',
  );
  row(
    'stories.list first page (100), last update',
    `p50 ${ms(pct(first, 50))}, p95 ${ms(pct(first, 95))}`,
  );
  row('… by title / by versions', `p50 ${ms(pct(byTitle, 50))} / ${ms(pct(byCount, 50))}`);
  row('… a page at 90% of the list', `p50 ${ms(pct(deep, 50))}`);
  row('… JSON of one page', `${(pageBytes / 1024).toFixed(0)} KB`);
  row(
    'baseline: the old unpaged list',
    `${ms(pct(old, 50))}, ${(oldBytes / 1e6).toFixed(1)} MB`,
    'ratio',
  );
  row(
    '  ratio old / new first page',
    `${(pct(old, 50) / pct(first, 50)).toFixed(0)}× time, ${(oldBytes / pageBytes).toFixed(0)}× bytes`,
  );
  row(
    'search.query, top 50 (10 queries × 3)',
    `p50 ${ms(pct(search, 50))}, p95 ${ms(pct(search, 95))}`,
    `< ${TARGET.searchMs} ms`,
  );
  row(
    'opening a story (stories.get, 50 stories)',
    `p50 ${ms(pct(open, 50))}, p95 ${ms(pct(open, 95))}`,
  );
  if (browser) {
    row(
      'sidebar first paint (navigation → rows)',
      ms(browser.firstRows),
      `< ${TARGET.firstPaintMs} ms`,
    );
    row('  story rows in the page', String(browser.rowsInPage));
    row(
      'longest task scrolling the list',
      `${ms(browser.scrollLongest)} (${(browser.scrolledPx / 1e3).toFixed(0)}k px)`,
    );
    row(
      'story click → row selected',
      `${ms(browser.openStory)}, longest task ${ms(browser.openLongest)}`,
    );
    row(
      'clearing the search box → list',
      `${ms(browser.clearSearch)}, longest task ${ms(browser.clearLongest)}`,
    );
  }
  console.log(
    `\nimport: ${note.seconds.toFixed(0)} s wall, ${note.cpuSeconds.toFixed(0)} s CPU, load ${note.load}, ${note.at}`,
  );
  console.log(
    `largest parts of the file: ${breakdown.map((b) => `${b.name} ${(b.bytes / 1e6).toFixed(0)} MB`).join(', ')}`,
  );
  console.log(`load average after: ${load()}`);
}

void main();
