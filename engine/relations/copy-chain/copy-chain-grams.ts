// The counts the copy chain (copy-chain.ts) reasons from, over each version's distinct word
// 4-grams (the fingerprint's `raw` grams, as dense ids from base.ts): what two versions share,
// how much of that the base lacks (an innovation both carry, the strongest sign that one copies
// the other or both copy a lost source), and how much base wording one keeps that the other
// lacks (a copy cannot restore what its source dropped, so that argues against the claim).
// One linear merge of two sorted id arrays per pair of versions, no strings.

import type { Fingerprint } from '../derivation/fingerprint.js';
import { gramIds } from '../derivation/base.js';

/** The 4-gram ids of a story's versions and which of them the base has. */
export interface StoryGrams {
  /** Distinct 4-gram ids of each version, sorted. */
  ids: Int32Array[];
  /** 1 at each id the base has. */
  inBase: Uint8Array;
  /** Number of each version's ids that the base has. */
  baseShared: number[];
}

/** What version `v` and a candidate source `u` share (see pairCounts). */
export interface PairCounts {
  /** 4-grams both have. */
  both: number;
  /** 4-grams both have that the base lacks: innovations they share. */
  innovations: number;
  /** Base 4-grams `v` has and `u` lacks: what `v` would have restored, were `u` its source. */
  restored: number;
  /** Base 4-grams `u` has and `v` lacks: what `v` dropped, were `u` its source. */
  dropped: number;
}

/** The story's 4-gram ids, the base's marked. */
export function storyGrams(fps: readonly Fingerprint[], base: number): StoryGrams {
  const ids = gramIds(fps);
  let size = 0;
  for (const a of ids) size = Math.max(size, (a[a.length - 1] ?? -1) + 1);
  const inBase = new Uint8Array(size);
  for (const id of ids[base] ?? []) inBase[id] = 1;
  const baseShared = ids.map((a) => {
    let n = 0;
    for (const id of a) n += inBase[id] ?? 0;
    return n;
  });
  return { ids, inBase, baseShared };
}

/** What one merge of two versions' ids finds (see merge). */
interface Merged {
  both: number;
  /** Shared ids the base has. */
  sharedBase: number;
  /** Shared ids the base lacks and `skip` does not hold. */
  innovations: number;
}

/** One linear merge of the sorted ids of `v` and `u`: every count pairCounts reads. */
function merge(g: StoryGrams, v: number, u: number, skip?: Uint8Array): Merged {
  const a = g.ids[v] ?? new Int32Array(0);
  const b = g.ids[u] ?? new Int32Array(0);
  let i = 0;
  let j = 0;
  const out: Merged = { both: 0, sharedBase: 0, innovations: 0 };
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i += 1;
    else if (x > y) j += 1;
    else {
      out.both += 1;
      if (g.inBase[x] === 1) out.sharedBase += 1;
      else if (skip?.[x] !== 1) out.innovations += 1;
      i += 1;
      j += 1;
    }
  }
  return out;
}

/**
 * What `v` and `u` share, one merge. With `skip` (1 at ids to leave out, e.g. the grams of
 * `v`'s claimed source), `innovations` counts only shared innovations `skip` does not hold.
 */
export function pairCounts(g: StoryGrams, v: number, u: number, skip?: Uint8Array): PairCounts {
  const { both, sharedBase, innovations } = merge(g, v, u, skip);
  return {
    both,
    innovations,
    restored: (g.baseShared[v] ?? 0) - sharedBase,
    dropped: (g.baseShared[u] ?? 0) - sharedBase,
  };
}

/**
 * `pairCounts(g, v, u, skip).innovations` alone: the innovations `v` and `u` share that `skip`
 * does not hold.
 */
export function sharedInnovations(g: StoryGrams, v: number, u: number, skip?: Uint8Array): number {
  return merge(g, v, u, skip).innovations;
}

/** A mark array of `v`'s ids (1 where `v` has the id), for pairCounts' `skip`. */
export function marksOf(g: StoryGrams, v: number): Uint8Array {
  const out = new Uint8Array(g.inBase.length);
  for (const id of g.ids[v] ?? []) out[id] = 1;
  return out;
}
