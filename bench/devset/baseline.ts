// The naive baseline of the development-set table, what a difflib user would write: a
// sequence diff (jsdiff diffArrays) over paragraphs keyed by their normalised text, then the
// leftover paragraphs paired greedily, one to one, by word-set Dice ≥ 0.5. A pair is called
// derived when any paragraph matched. It sees paragraphs only (split on blank lines, as the
// set stores them), so it has no attributions or quotes to score.
import { diffArrays } from 'diff';
import type { Block } from '../../engine/index';
import type { EnginePair } from './score';

/** Tuning of the baseline, kept deliberately simple. */
const BASELINE = {
  /** Word-set Dice from which two leftover paragraphs are taken for the same paragraph. */
  minDice: 0.5,
} as const;

const normalise = (p: string) =>
  p
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

function dice(a: string, b: string): number {
  const A = new Set(normalise(a).split(' '));
  const B = new Set(normalise(b).split(' '));
  let shared = 0;
  for (const w of A) if (B.has(w)) shared += 1;
  return (2 * shared) / (A.size + B.size || 1);
}

function exactPairs(base: readonly string[], version: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(base.map(normalise), version.map(normalise))) {
    const n = part.count ?? part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else for (let k = 0; k < n; k++) pairs.push([i++, j++]);
  }
  return pairs;
}

/** Paragraph links of the baseline for one pair. */
export function baselinePairs(base: readonly string[], version: readonly string[]) {
  const pairs = exactPairs(base, version);
  const usedB = new Set(pairs.map((p) => p[0]));
  const usedV = new Set(pairs.map((p) => p[1]));
  const candidates: Array<[number, number, number]> = [];
  base.forEach((b, i) => {
    if (usedB.has(i)) return;
    version.forEach((v, j) => {
      const d = usedV.has(j) ? 0 : dice(b, v);
      if (d >= BASELINE.minDice) candidates.push([d, i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedV.has(j)) continue;
    usedB.add(i);
    usedV.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** The baseline's answer in the shape the scorer reads, with paragraphs as blocks. */
export function baselinePair(
  base: readonly string[],
  version: readonly string[],
  offsets: { base: Array<[number, number]>; version: Array<[number, number]> },
): { engine: EnginePair; baseBlocks: Block[]; versionBlocks: Block[] } {
  const pairs = baselinePairs(base, version);
  const linked = new Set(pairs.map((p) => p[0]));
  const toBlocks = (o: Array<[number, number]>): Block[] =>
    o.map(([start, end]) => ({ start, end, kind: 'body' }));
  return {
    engine: {
      links: pairs.map(([b, v]) => ({ base: [b], version: [v] })),
      droppedBlocks: base.map((_, i) => i).filter((i) => !linked.has(i)),
      attributions: [],
      quotes: [],
      derivation: { label: pairs.length > 0 ? 'partially' : 'none', score: pairs.length },
    },
    baseBlocks: toBlocks(offsets.base),
    versionBlocks: toBlocks(offsets.version),
  };
}
