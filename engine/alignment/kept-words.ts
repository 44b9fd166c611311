// Kept body words of one link, for the pair's stats. Links may now join any compared blocks
// (a headline with a headline, a body paragraph with the caption that repeats it), but the
// stats stay on body words, so a kept word counts only when both its base token and the
// version token it is matched to are body words. Counting base body words alone would let a
// body paragraph repeated as a caption count as kept while the caption's words are not in the
// version's word count, and `addedWords` could go negative.

import type { LinkDiff } from './diff.js';
import { isBodyToken, isWordAt, type Prepared } from '../text/prepare.js';
import type { PairStats } from '../types.js';

/**
 * Base body words of a link matched one to one with version body words: the equal runs
 * between the diff's changes, plus changes that are typography or spelling only (which
 * keep the word). Changes are in order in both token lists, as `diffLink` emits them.
 */
export function keptBodyWords(base: Prepared, ver: Prepared, d: LinkDiff): number {
  let kept = 0;
  let b = 0;
  let v = 0;
  for (const c of d.changes) {
    kept += keptIn(base, ver, d, b, v, Math.min(c.b0 - b, c.v0 - v));
    if (c.fold !== null) {
      kept += keptIn(base, ver, d, c.b0, c.v0, Math.min(c.b1 - c.b0, c.v1 - c.v0));
    }
    b = c.b1;
    v = c.v1;
  }
  return kept + keptIn(base, ver, d, b, v, Math.min(d.lb.length - b, d.lv.length - v));
}

/** Kept body words of `n` tokens matched in order from base `b0` and version `v0` of a link. */
function keptIn(base: Prepared, ver: Prepared, d: LinkDiff, b0: number, v0: number, n: number) {
  let kept = 0;
  for (let k = 0; k < n; k += 1) {
    const bt = d.lb[b0 + k] ?? -1;
    const vt = d.lv[v0 + k] ?? -1;
    if (isWordAt(base, bt) && isBodyToken(base, bt) && isBodyToken(ver, vt)) kept += 1;
  }
  return kept;
}

/** A pair's word counts from its two body word totals and the words kept between them. */
export function pairStats(baseWords: number, versionWords: number, kept: number): PairStats {
  return {
    baseWords,
    versionWords,
    keptWords: kept,
    addedWords: versionWords - kept,
    droppedWords: baseWords - kept,
    similarity: Math.round((2000 * kept) / Math.max(1, baseWords + versionWords)) / 1000,
  };
}
