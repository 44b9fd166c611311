// Issue 13's speed target: a story of 20 versions of about 800 words, compared WITH
// correspondences, facts and sources, shared edits and the copy chain, stays within 2× of the
// comparison without them. Both are timed in this run, stage by stage, on the same input:
// the stages below mirror compare() (engine/compare.ts); the baseline is the comparison as it
// was before issue 13 (prepare, base choice, one comparePair per version), and compare() end
// to end is timed too, to show the staged sum is what users get. Prints figures, not a test.
//   npx tsx bench/story-20.bench.ts [--runs N]
import { compare, DEFAULT_LIMITS, type Comparison, type Pair } from '../engine/index';
import { sentenceStarts } from '../engine/alignment/classify';
import { comparePair, type BaseContext } from '../engine/pair';
import { chooseBase } from '../engine/relations/derivation/base';
import { withCorrespondences } from '../engine/relations/correspondence/correspondence';
import { copyChain } from '../engine/relations/copy-chain/copy-chain';
import { fingerprintOf } from '../engine/relations/derivation/fingerprint';
import { sharedEdits } from '../engine/relations/copy-chain/shared-edits';
import { baseGrams } from '../engine/relations/derivation/signals';
import { storyFacts, storySources } from '../engine/relations/facts/story-facts';
import { findCredits } from '../engine/sources/attributions';
import { extractQuotes } from '../engine/sources/quotes';
import { prepare, type Prepared } from '../engine/text/prepare';
import { copyTreeStory } from './support/copy-tree';

const at = process.argv.indexOf('--runs');
const RUNS = at >= 0 ? Number(process.argv[at + 1]) : 7;

const STAGES = [
  'baseline',
  'correspondences+pair facts',
  'shared edits',
  'story facts',
  'copy chain',
] as const;
type Stage = (typeof STAGES)[number];

const story = copyTreeStory(2024, { versions: 20, words: 800, independent: 0 });
const input = story.map(({ id, text, published }) => ({ id, text, published }));

/** One staged run of compare()'s pipeline with the base given (0, the original). */
function staged(): Record<Stage, number> {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const lap = <T>(stage: Stage, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    ms[stage] += performance.now() - t0;
    return out;
  };
  const { prepared, ctx, plain } = lap('baseline', () => {
    const keyCache = new Map<string, string>();
    const ps = input.map((v) => prepare(v, { ignoreCase: false, foldSpelling: true }, keyCache));
    chooseBase(
      0,
      input.map((v) => v.published),
      () => ps.map(fingerprintOf),
    );
    const base = ps[0] as Prepared;
    const c: BaseContext = {
      base,
      grams: baseGrams(fingerprintOf(base)),
      quotes: extractQuotes(base, findCredits(base)),
      starts: sentenceStarts(base),
      limits: DEFAULT_LIMITS,
      foldSpelling: true,
      sources: true,
    };
    return { prepared: ps, ctx: c, plain: ps.slice(1).map((p, i) => comparePair(c, p, i + 1)) };
  });
  const pairs: Pair[] = lap('correspondences+pair facts', () =>
    plain.map((p, i) => withCorrespondences(ctx.base, prepared[i + 1] as Prepared, p)),
  );
  const result: Comparison = {
    format: 'retold.comparison/2',
    base: 0,
    versions: prepared.map((p) => ({
      id: p.input.id,
      text: p.input.text,
      blocks: p.blocks,
      published: p.input.published ?? null,
    })),
    pairs,
  };
  const edits = lap('shared edits', () => sharedEdits(prepared, pairs, 0));
  result.sharedEdits = edits;
  lap('story facts', () => {
    result.storySources = storySources(result);
    result.storyFacts = storyFacts(result);
  });
  lap('copy chain', () => copyChain(prepared, { ...result, sharedEdits: edits }));
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const words = input.map((v) => v.text.split(/\s+/).length);
  console.log(
    `Story: ${input.length} versions, ${Math.min(...words)}–${Math.max(...words)} words each ` +
      `(generated, copied along a tree); median of ${RUNS} runs after one warm-up`,
  );
  staged();
  compare(input, { base: 0 });
  // interleaved, so the machine's load (shared by several processes) falls on both alike
  const runs: Array<Record<Stage, number>> = [];
  const e2e: number[] = [];
  for (let r = 0; r < RUNS; r += 1) {
    runs.push(staged());
    const t0 = performance.now();
    compare(input, { base: 0 });
    e2e.push(performance.now() - t0);
  }
  const m = Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r[s]))])) as Record<
    Stage,
    number
  >;
  for (const s of STAGES) console.log(`  ${s.padEnd(28)} ${m[s].toFixed(1).padStart(8)} ms`);
  const full = STAGES.reduce((n, s) => n + m[s], 0);
  console.log(`  ${'with issue 13 (sum)'.padEnd(28)} ${full.toFixed(1).padStart(8)} ms`);
  console.log(`  ${'compare() end to end'.padEnd(28)} ${median(e2e).toFixed(1).padStart(8)} ms`);
  const ratio = full / m.baseline;
  console.log(
    `ratio with/without: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'}); ` +
      `copy chain alone ${((100 * m['copy chain']) / m.baseline).toFixed(1)}% of the baseline`,
  );
}

main();
