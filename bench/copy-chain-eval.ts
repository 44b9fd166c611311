// The copy chain (issue 13, item 4) scored where the true chain is known.
//   1. Generated stories (bench/support/copy-tree.ts): an original in our own generated prose
//      copied along a random tree, with edits at each copy; versions shuffled so their order
//      says nothing. The base is the original (`base: 0` after the shuffle keeps it first).
//      Printed: share of versions whose source is found exactly, how often each confidence
//      level is right, the share called ambiguous, and how often an ambiguous claim lists the
//      true source among its alternatives.
//   2. The development set (bench/devset): what its catalog documents about chains, and what
//      the chain says on its clusters.
//   npx tsx bench/copy-chain-eval.ts [--stories N] [--verbose]
// A benchmark, not a test: it always exits 0.
import { compare, type CopyChainEntry } from '../engine/index';
import { loadDevset } from './devset/load';
import { copyTreeStory } from './support/copy-tree';
import { prng } from './support/prng';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const at = args.indexOf('--stories');
const STORIES = at >= 0 ? Number(args[at + 1]) : 300;

const LEVELS = ['high', 'medium', 'low', 'ambiguous'] as const;

interface Tally {
  versions: number;
  exact: number;
  byLevel: Record<(typeof LEVELS)[number], { n: number; right: number }>;
  ambiguousListed: number;
  independent: { n: number; right: number };
  claimedWrongHigh: number;
}

function emptyTally(): Tally {
  const byLevel = Object.fromEntries(
    LEVELS.map((l) => [l, { n: 0, right: 0 }]),
  ) as Tally['byLevel'];
  return {
    versions: 0,
    exact: 0,
    byLevel,
    ambiguousListed: 0,
    independent: { n: 0, right: 0 },
    claimedWrongHigh: 0,
  };
}

/** Scores one claim against the truth (`truth` an index, or null for an independent report). */
function score(t: Tally, e: CopyChainEntry, truth: number | null): void {
  const right = e.source === truth;
  t.versions += 1;
  if (right) t.exact += 1;
  const level = t.byLevel[e.confidence];
  level.n += 1;
  if (right) level.right += 1;
  if (e.confidence === 'ambiguous' && truth !== null && (right || e.alternatives.includes(truth))) {
    t.ambiguousListed += 1;
  }
  if (truth === null) {
    t.independent.n += 1;
    if (right) t.independent.right += 1;
  }
}

/** One generated story, versions after the original shuffled; returns the elapsed ms. */
function runStory(seed: number, t: Tally): number {
  const story = copyTreeStory(seed);
  const rnd = prng(seed + 101);
  const order = story.slice(1).map((_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const perm = [0, ...order]; // perm[newIndex] = old index
  const newIndex = new Map(perm.map((old, i) => [old, i]));
  const input = perm.map((old) => story[old] as (typeof story)[number]);
  const t0 = performance.now();
  const c = compare(input, { base: 0 });
  const ms = performance.now() - t0;
  for (const e of c.copyChain?.entries ?? []) {
    const old = perm[e.version] ?? 0;
    const src = story[old]?.source ?? null;
    const truth = src === null ? null : (newIndex.get(src) ?? null);
    score(t, e, truth);
    if (verbose && e.source !== truth) {
      console.log(
        `  story ${seed} v${e.version}: truth ${truth}, said ${e.source} (${e.confidence}) ${e.reason}`,
      );
    }
  }
  return ms;
}

const pct = (a: number, b: number) => (b === 0 ? '  —  ' : `${((100 * a) / b).toFixed(1)}%`);

function printTally(t: Tally): void {
  console.log(`versions scored: ${t.versions}`);
  console.log(
    `source found exactly:            ${pct(t.exact, t.versions)}  (${t.exact}/${t.versions})`,
  );
  for (const l of LEVELS) {
    const x = t.byLevel[l];
    console.log(
      `  ${l.padEnd(9)} ${pct(x.n, t.versions).padStart(6)} of claims, right ${pct(x.right, x.n)}  (${x.right}/${x.n})`,
    );
  }
  const amb = t.byLevel.ambiguous.n;
  console.log(`called ambiguous:                ${pct(amb, t.versions)}`);
  console.log(
    `  ambiguous with the true source as claim or alternative: ${pct(t.ambiguousListed, amb)}`,
  );
  console.log(
    `independent reports given no source: ${pct(t.independent.right, t.independent.n)}  (${t.independent.right}/${t.independent.n})`,
  );
}

function generated(): void {
  const t = emptyTally();
  let ms = 0;
  for (let s = 1; s <= STORIES; s += 1) ms += runStory(s, t);
  console.log(
    `Generated stories: ${STORIES} (3–20 versions, copy depth up to 4, 30% undated), compare() ${(ms / 1000).toFixed(1)} s in all`,
  );
  printTally(t);
}

/**
 * The dev set documents no copy of a copy: every syndicated cluster is a wire or original story
 * and copies of it (siblings; the base is one of them or the original), and every control
 * cluster is independent reports. So the documented source is the base for a derived version
 * and none for an independent one; a sibling named as the source is a wrong claim.
 */
function devset(): void {
  console.log(
    '\nDevelopment set (bench/devset): no cluster documents a chain between its versions.',
  );
  console.log(
    'Every copy is documented as taken from the wire or original story (siblings), so the',
  );
  console.log(
    'documented source is the base for a derived version and none for an independent one.',
  );
  const t = emptyTally();
  for (const c of loadDevset()) {
    if (c.versions.length < 3) continue;
    const r = compare(
      c.versions.map((v, i) => ({ id: v.id, text: c.texts[i] ?? '', published: v.published })),
      { base: c.base },
    );
    for (const e of r.copyChain?.entries ?? []) {
      const derived = c.pairs.find((p) => p.version === e.version)?.derived ?? false;
      score(t, e, derived ? c.base : null);
      if (verbose || e.source !== (derived ? c.base : null)) {
        console.log(
          `  ${c.id} v${e.version}: source ${e.source} (${e.confidence}, alternatives [${e.alternatives.join(', ')}]) ${e.reason}`,
        );
      }
    }
  }
  printTally(t);
}

generated();
devset();
