// The outlets view on a generated library (bench/support/generate-library.ts: stories of 1–4
// versions, reprints that drop paragraphs and change a word, 60 outlets). Prints: the first
// summary of every story (each compared by the engine, the comparison cached), a second refresh
// with nothing changed (only the staleness check: the baseline a view pays on every open), the
// totals, and a refresh after one story changed. Ratios are against the first summary.
//   node --import tsx bench/outlets.bench.ts [N]      N articles, default 1,500
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend/app';
import { outletTotals } from '../backend/outlets/aggregate';
import { currentRows } from '../backend/outlets/handlers';
import { refreshOutletSummaries } from '../backend/outlets/refresh';
import { insertArticles } from './support/generate-library';

const N = Number(process.argv[2] ?? 1_500);

function timed<T>(f: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-outlets-bench-'));
  const ctx = startBackend({
    file: path.join(dir, 'library.sqlite'),
    shell: 'cli',
    seedDemo: false,
  });
  try {
    insertArticles(ctx.library, N, { words: 600 });
    console.log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const all = Number.POSITIVE_INFINITY;
    const first = timed(() => refreshOutletSummaries(ctx.library, all));
    const stories = first.value.total;
    console.log(
      `first summary: ${stories} stories with 2+ versions in ${(first.ms / 1000).toFixed(1)} s ` +
        `(${(first.ms / Math.max(1, stories)).toFixed(0)} ms a story, comparisons included)`,
    );
    const again = timed(() => refreshOutletSummaries(ctx.library, all));
    console.log(
      `refresh with nothing changed: ${again.ms.toFixed(0)} ms ` +
        `(${(first.ms / again.ms).toFixed(0)}× less than the first)`,
    );
    const totals = timed(() => outletTotals(currentRows(ctx.library).rows));
    console.log(`totals of ${totals.value.length} outlets: ${totals.ms.toFixed(0)} ms`);
    const story = ctx.library.listStories().find((s) => s.versionCount >= 2);
    const versions = story ? ctx.library.listVersions(story.id) : [];
    if (story && versions[1]) ctx.library.updateStory(story.id, { baseVersionId: versions[1].id });
    const one = timed(() => refreshOutletSummaries(ctx.library, all));
    console.log(
      `refresh after one story changed: ${one.ms.toFixed(0)} ms (pending ${one.value.pending})`,
    );
  } finally {
    ctx.library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
