// Gap filling: between two consecutive pairs of the ordered chain, sentences left free on both
// sides are paired in order when they are near twins, as a line diff would pair them. The
// candidate search keeps at most a few base sentences per version sentence; on text made of
// a few near-identical lines repeated thousands of times those slots all go to exact twins
// elsewhere, and the near twin standing right across the gap was never proposed (two files of
// such lines scored 0.55 where most lines differ by one word). Greedy with a short lookahead,
// so it costs O(N × lookahead) whatever the input.

import type { Prepared } from '../text/prepare.js';
import { sharedBigrams, sharedWeight, type Candidate, type Weights } from './similarity.js';

/** Thresholds of gap filling, in one place. */
export const GAP_FILL = {
  /**
   * Dice a pair needs: near twins only (one word in four changed still passes), and as high
   * as what a version that does not derive from the base needs anyway (pair.ts).
   */
  minDice: 0.6,
  /** Free base sentences tried for each free version sentence, in order. */
  lookahead: 4,
} as const;

/** A gap-filling pair. */
export interface GapPair {
  b: number;
  v: number;
  shared: number;
}

interface Sides {
  base: Prepared;
  ver: Prepared;
  w: Weights;
  freeB: (b: number) => boolean;
  freeV: (v: number) => boolean;
}

/** Dice of base sentence `b` and version sentence `v`, with their shared weight. */
function dice(s: Sides, b: number, v: number): [number, number] {
  const bs = s.base.sentences[b];
  const vs = s.ver.sentences[v];
  if (bs === undefined || vs === undefined || bs.content.size === 0) return [0, 0];
  const shared = sharedWeight(bs, vs, s.w.weight);
  const total = (s.w.base[b] ?? 0) + (s.w.version[v] ?? 0);
  return [total > 0 ? (2 * shared) / total : 0, shared];
}

/** Pairs free near-twin sentences in order inside each gap of `chain` (sorted by v and b). */
export function fillGaps(chain: readonly Candidate[], sides: Sides): GapPair[] {
  const out: GapPair[] = [];
  const nb = sides.base.sentences.length;
  const nv = sides.ver.sentences.length;
  // Only gaps between two chain pairs: kept text on both sides is what makes a near twin
  // across the gap a correspondence. (The text's ends do not count: an independent report
  // with one restated sentence has no gap to fill.)
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const from = chain[i] ?? { b: nb, v: nv };
    const to = chain[i + 1] ?? { b: nb, v: nv };
    let b = from.b + 1;
    for (let v = from.v + 1; v < to.v && b < to.b; v += 1) {
      if (!sides.freeV(v)) continue;
      let tried = 0;
      for (let bb = b; bb < to.b && tried < GAP_FILL.lookahead; bb += 1) {
        if (!sides.freeB(bb)) continue;
        tried += 1;
        const [d, shared] = dice(sides, bb, v);
        // Shared phrasing too, as for any candidate: independent reports share names, not wording.
        if (d < GAP_FILL.minDice || sharedBigrams(sides.base, bb, sides.ver, v) < 2) continue;
        out.push({ b: bb, v, shared });
        b = bb + 1;
        break;
      }
    }
  }
  return out;
}
