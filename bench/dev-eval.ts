// Scores the engine on the real-copy development set (bench/devset/, format and metric
// definitions in bench/devset/README.md) and prints issue 8's table, with a naive
// paragraph matcher (difflib-like) as the baseline column, and the misses grouped by kind.
//   npx tsx bench/dev-eval.ts              the table and the miss summary
//   npx tsx bench/dev-eval.ts --verbose    also every miss, per cluster, with its text
//   npx tsx bench/dev-eval.ts 04 sewol     only clusters whose file name contains a filter
// It is a benchmark, not a test: it always exits 0 (tests/unit/bench/devset.test.ts checks
// that the set itself is well formed).
import { compare, type Comparison } from '../engine/index';
import { baselinePair } from './devset/baseline';
import { loadDevset, type DevPair, type LoadedCluster } from './devset/load';
import { scoreParagraphs } from './devset/paragraphs';
import { engineSide, scoreSources, type PairContext } from './devset/score';
import { METRICS, Tally, type Miss } from './devset/tally';
import { validateCluster } from './devset/validate';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filters = args.filter((a) => !a.startsWith('--'));

function runEngine(c: LoadedCluster): { result: Comparison | null; ms: number } {
  const t0 = performance.now();
  try {
    const versions = c.versions.map((v, i) => ({ id: v.id, text: c.texts[i] ?? '' }));
    return { result: compare(versions, { base: c.base }), ms: performance.now() - t0 };
  } catch (e) {
    console.log(`${c.file}: the engine threw: ${(e as Error).message}; its pairs score as misses`);
    return { result: null, ms: performance.now() - t0 };
  }
}

function scoreBaseline(c: LoadedCluster, p: DevPair, where: string, t: Tally): void {
  const paras = (i: number) => c.versions[i]?.paragraphs ?? [];
  const side = baselinePair(paras(c.base), paras(p.version), {
    base: c.offsets[c.base] ?? [],
    version: c.offsets[p.version] ?? [],
  });
  const ctx: PairContext = { cluster: c, truth: p, where, ...side };
  scoreParagraphs(ctx, t);
  // The baseline reports no attributions or quotes: they score 0 wherever the truth has some,
  // except "unchanged" quotes, where a matcher that says nothing is not scored at all.
  const quotes = p.quotes && { ...p.quotes, unchangedPunctOnly: [] };
  scoreSources({ ...ctx, truth: { ...p, quotes } }, t);
}

function scoreAll(clusters: LoadedCluster[]) {
  const engine = new Tally();
  const baseline = new Tally();
  let ms = 0;
  let pairs = 0;
  for (const c of clusters) {
    const run = runEngine(c);
    ms += run.ms;
    for (const p of c.pairs) {
      pairs += 1;
      const where = `${c.id} v${p.version} (${c.versions[p.version]?.outlet ?? '?'})`;
      const ctx: PairContext = {
        cluster: c,
        truth: p,
        where,
        ...engineSide(run.result, p.version, c.base),
      };
      scoreParagraphs(ctx, engine);
      scoreSources(ctx, engine);
      scoreBaseline(c, p, where, baseline);
    }
  }
  return { engine, baseline, ms, pairs };
}

function printTable(engine: Tally, baseline: Tally): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('metric', 60)}${pad('naive matcher', 20)}engine`);
  for (const [key, label] of METRICS) {
    const base = key === 'quotesPunct' ? '—' : baseline.cell(key);
    console.log(`${pad(label, 60)}${pad(base, 20)}${engine.cell(key)}`);
  }
  console.log(
    `${pad('  base paragraphs not judged at all', 60)}${pad(String(baseline.unjudged), 20)}${engine.unjudged}`,
  );
}

function printSummary(misses: Miss[]): void {
  console.log('\nengine misses by kind (metric: count kind)');
  for (const [key, label] of METRICS) {
    const kinds = new Map<string, number>();
    for (const m of misses) if (m.metric === key) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    if (kinds.size === 0) continue;
    const list = [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    console.log(`  ${label.trim()}: ${list.map(([k, n]) => `${n} ${k}`).join('; ')}`);
  }
}

function printMisses(misses: Miss[]): void {
  console.log('\nengine misses, per pair');
  let last = '';
  for (const m of [...misses].sort((a, b) => a.where.localeCompare(b.where))) {
    if (m.where !== last) console.log(`\n  ${m.where}`);
    last = m.where;
    console.log(`    ${m.metric} [${m.kind}] ${m.detail}`);
  }
}

function main(): void {
  const all = loadDevset().filter(
    (c) => filters.length === 0 || filters.some((f) => c.file.includes(f)),
  );
  const problems = all.flatMap(validateCluster);
  problems.forEach((p) => console.log(`skipped: ${p}`));
  const bad = new Set(problems.map((p) => p.split(':')[0]));
  const clusters = all.filter((c) => !bad.has(c.file));
  const { engine, baseline, ms, pairs } = scoreAll(clusters);
  const derived = clusters.flatMap((c) => c.pairs).filter((p) => p.derived).length;
  console.log(
    `development set: ${clusters.length} clusters, ${pairs} pairs (${derived} derived, ` +
      `${pairs - derived} independent); engine time ${ms.toFixed(0)} ms\n`,
  );
  printTable(engine, baseline);
  printSummary(engine.misses);
  if (verbose) printMisses(engine.misses);
}

main();
