// Exact sentence pairs, found before any similarity search. Two sentences whose folded words
// are identical are the strongest evidence there is, and pairing them in order is what makes
// repeated lines come out right: scored one by one, the 4,000 copies of "word." all tie, and
// any tie-break by index sends every version copy to the same few base copies. So the two
// lists of sentence keys are diffed first (Myers, step for step as jsdiff's diffArrays does
// it: myers.ts, with an edit budget instead of a clock), which pairs equal runs in order; when
// the texts differ too much for the budget, sentences whose key is unique on both sides are paired instead (patience
// diff's anchors) and the longest ordered run of them is kept. The pairs then serve twice:
// as candidates of certain weight, and as the anchors that say where in the base an unpaired
// version sentence is expected (see `expectedPositions`), which bounds and orders the search.

import { diffIds } from './myers.js';
import type { Prepared, Sentence } from '../text/prepare.js';
import { PUNCT } from '../text/tokenize.js';
import { keyIdsOf, keyTable, lowerKeysOf } from '../text/key-ids.js';

/** Limits of the exact pass, in one place. */
export const EXACT = {
  /**
   * Edit budget of the sentence-key diff (insertions + deletions of whole sentences). Myers
   * costs about (N + M) × D time and, in jsdiff, D² path objects; past this budget the
   * unique-key anchors take over.
   */
  maxEdits: 1000,
} as const;

/** Exact pairs of one base/version pair: `baseOf[v]` and `verOf[b]`, -1 when unpaired. */
export interface ExactPairs {
  baseOf: Int32Array;
  verOf: Int32Array;
  /** False when the diff exceeded its budget and only unique-key anchors were paired. */
  complete: boolean;
}

const keyCache = new WeakMap<Prepared, string[]>();

/** The folded words of a sentence, joined: its identity once typography is folded. */
export function sentenceKey(p: Prepared, s: Sentence): string {
  const ids = keyIdsOf(p);
  const lower = lowerKeysOf(keyTable(p.session));
  const words: string[] = [];
  for (let t = s.t0; t < s.t1; t += 1) {
    if (p.tokens.kind[t] !== PUNCT) words.push(lower[ids[t] ?? -1] ?? '');
  }
  return words.join(' ');
}

/**
 * Keys by the content map of their sentence. Sentences of identical paragraphs share that map
 * (prepare-block.ts memoises blocks by text), and so their tokens and keys: a reprint's
 * repeated sentences take the base's key instead of joining their words again.
 */
const byContent = new WeakMap<ReadonlyMap<string, number>, string>();

/** Sentence keys of a version, computed once per prepared version (the base serves every pair). */
export function sentenceKeys(p: Prepared): string[] {
  let keys = keyCache.get(p);
  if (keys === undefined) {
    keys = p.sentences.map((s) => {
      let k = byContent.get(s.content);
      if (k === undefined) byContent.set(s.content, (k = sentenceKey(p, s)));
      return k;
    });
    keyCache.set(p, keys);
  }
  return keys;
}

/**
 * Integer ids of both key lists (equal keys, equal ids). A sentence without words gets an id
 * of its own, so punctuation-only sentences never pair by accident.
 */
function keyIds(base: Prepared, ver: Prepared): [number[], number[]] {
  const ids = new Map<string, number>();
  let fresh = -1;
  const idsOf = (p: Prepared): number[] =>
    sentenceKeys(p).map((k, i) => {
      if ((p.sentences[i]?.words ?? 0) === 0) return (fresh -= 1);
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
      }
      return id;
    });
  return [idsOf(base), idsOf(ver)];
}

/** Pairs the equal runs of a Myers diff of the two id lists; false past the budget. */
function pairByDiff(bk: number[], vk: number[], out: ExactPairs): boolean {
  const parts = diffIds(bk, vk, EXACT.maxEdits);
  if (parts === undefined) return false;
  let b = 0;
  let v = 0;
  for (const part of parts) {
    const n = part.count;
    if (part.removed) b += n;
    else if (part.added) v += n;
    else {
      for (let k = 0; k < n; k += 1) {
        out.baseOf[v + k] = b + k;
        out.verOf[b + k] = v + k;
      }
      b += n;
      v += n;
    }
  }
  return true;
}

/** Patience anchors: keys unique on both sides, the longest run increasing in both texts. */
function pairUnique(bk: number[], vk: number[], out: ExactPairs): void {
  const count = new Map<number, [number, number, number]>(); // id → [base n, ver n, base index]
  bk.forEach((id, b) => {
    const c = count.get(id);
    if (c === undefined) count.set(id, [1, 0, b]);
    else c[0] += 1;
  });
  const pairs: Array<[number, number]> = [];
  for (const id of vk) {
    const c = count.get(id);
    if (c !== undefined) c[1] += 1;
  }
  vk.forEach((id, v) => {
    const c = count.get(id);
    if (c !== undefined && c[0] === 1 && c[1] === 1) pairs.push([c[2], v]);
  });
  // Longest increasing subsequence of base indexes (pairs are in version order), O(n log n).
  const tails: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([b], i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[0] ?? 0) < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = back[i] ?? -1) {
    const [b, v] = pairs[i] ?? [0, 0];
    out.baseOf[v] = b;
    out.verOf[b] = v;
  }
}

/** Sentences of `base` and `ver` with identical folded words, paired in order. */
export function exactPairs(base: Prepared, ver: Prepared): ExactPairs {
  const [bk, vk] = keyIds(base, ver);
  return pairIds(bk, vk);
}

/** Equal strings of two lists paired in order, as `exactPairs` does with sentence keys. */
export function pairKeyLists(base: readonly string[], ver: readonly string[]): ExactPairs {
  const ids = new Map<string, number>();
  const idOf = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    return id;
  };
  return pairIds(base.map(idOf), ver.map(idOf));
}

function pairIds(bk: number[], vk: number[]): ExactPairs {
  const out: ExactPairs = {
    baseOf: new Int32Array(vk.length).fill(-1),
    verOf: new Int32Array(bk.length).fill(-1),
    complete: true,
  };
  if (!pairByDiff(bk, vk, out)) {
    out.complete = false;
    pairUnique(bk, vk, out);
  }
  return out;
}

/**
 * Where each version sentence is expected in the base: exactly its partner when it has one,
 * else interpolated between the nearest exact pairs before and after it (the text's ends
 * count as pairs), so a reworded sentence between two kept ones is looked for between them.
 */
export function expectedPositions(exact: ExactPairs, nBase: number): Float64Array {
  const nv = exact.baseOf.length;
  const out = new Float64Array(nv);
  let pb = -1;
  let pv = -1;
  let v = 0;
  while (v < nv) {
    let nextV = v;
    while (nextV < nv && (exact.baseOf[nextV] ?? -1) < 0) nextV += 1;
    const nb = nextV < nv ? (exact.baseOf[nextV] ?? nBase) : nBase;
    for (let k = v; k < nextV; k += 1) {
      out[k] = pb + ((k - pv) * (nb - pb)) / (nextV - pv);
    }
    if (nextV < nv) {
      out[nextV] = nb;
      pb = nb;
      pv = nextV;
    }
    v = nextV + 1;
  }
  return out;
}
