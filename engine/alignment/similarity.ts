// Sentence candidates across the whole text, not only in order. Each version sentence is
// scored against the base sentences that share content words with it, found through an
// inverted index, with rare words weighing more (an IDF weight), so "Huawei" counts for more
// than "report". A candidate also needs two shared word pairs (bigrams): an independent report
// shares names and numbers, but rarely the same phrasing.
//
// Bounded work. Sentences with identical words are paired first, in order (exact.ts), and
// are not searched again. For the rest, a word found in more than `postingCap` base sentences
// is looked up only in the `postingCap` sentences nearest where the version sentence is
// expected in the base (between its exactly paired neighbours): such a word is weak evidence
// (its IDF weight is low) and walking its whole list made repeated lines cost O(N²). Ties are
// broken by nearness to that position too, never by lowest index, which sent every copy of a
// repeated line to the same few base copies. The search says when it cut a list (`limited`).

import type { Prepared, Sentence } from '../text/prepare.js';
import { PUNCT } from '../text/tokenize.js';
import { keyIdsOf, keyTable, lowerKeysOf } from '../text/key-ids.js';
import { exactPairs, expectedPositions, sentenceKeys, type ExactPairs } from './exact.js';

/** A candidate correspondence between base sentence `b` and version sentence `v`. */
export interface Candidate {
  b: number;
  v: number;
  /** Weighted Dice coefficient of the two content-word multisets, 0..1. */
  dice: number;
  /** Weight of the shared content words (how much content the two sentences share). */
  shared: number;
}

/** Word weights and sentence weights for one pair of versions. */
export interface Weights {
  weight: (key: string) => number;
  base: number[];
  version: number[];
}

/** Thresholds and limits of the candidate search, in one place. */
export const SIMILARITY = {
  /** Dice below which a base sentence is not a candidate at all. */
  minDice: 0.3,
  /**
   * Postings walked per word and version sentence, nearest the expected position first. No
   * word of an ordinary article is in this many sentences, so only degenerate or book-length
   * texts are cut (and the result says so).
   */
  postingCap: 200,
  /** Weight of a stopword-only sentence's exact match per word: never outweighs content. */
  stopwordWeight: 0.1,
} as const;

/** Candidates of one pair, and whether a limit cut the search (then the pair is coarse). */
export interface CandidateSearch {
  candidates: Candidate[];
  exact: ExactPairs;
  /** Why the search is not exhaustive, in words; null when it is. */
  limited: string | null;
}

/**
 * IDF weights over the sentences of both versions. Sentences of a paragraph the reprint
 * repeats share one content map (prepare-block.ts), so document frequencies and sentence
 * weights are computed once per distinct map: the same sums, in the same order.
 */
export function computeWeights(base: Prepared, version: Prepared): Weights {
  const maps = new Map<ReadonlyMap<string, number>, number>();
  for (const side of [base.sentences, version.sentences]) {
    for (const s of side) maps.set(s.content, (maps.get(s.content) ?? 0) + 1);
  }
  const df = new Map<string, number>();
  for (const [content, times] of maps) {
    for (const k of content.keys()) df.set(k, (df.get(k) ?? 0) + times);
  }
  const n = base.sentences.length + version.sentences.length;
  // Computed once per word: the scoring loop asks for the same few words again and again.
  const weights = new Map<string, number>();
  const weight = (key: string): number => {
    let x = weights.get(key);
    if (x === undefined) {
      x = Math.log(1 + n / (df.get(key) ?? 1));
      weights.set(key, x);
    }
    return x;
  };
  const totals = new Map<ReadonlyMap<string, number>, number>();
  const total = (s: Sentence): number => {
    let w = totals.get(s.content);
    if (w === undefined) {
      w = 0;
      for (const [k, c] of s.content) w += c * weight(k);
      totals.set(s.content, w);
    }
    return w;
  };
  return { weight, base: base.sentences.map(total), version: version.sentences.map(total) };
}

/** Weight of the content shared by two sentences (multiset intersection). */
export function sharedWeight(a: Sentence, b: Sentence, weight: (k: string) => number): number {
  let w = 0;
  const [small, large] = a.content.size <= b.content.size ? [a, b] : [b, a];
  for (const [k, c] of small.content) {
    const d = large.content.get(k);
    if (d !== undefined) w += Math.min(c, d) * weight(k);
  }
  return w;
}

/** Lower-case word bigrams of a sentence, stopwords included. */
function bigrams(p: Prepared, s: Sentence): Set<string> {
  const out = new Set<string>();
  const ids = keyIdsOf(p);
  const lower = lowerKeysOf(keyTable(p.session));
  let prev: string | null = null;
  for (let t = s.t0; t < s.t1; t += 1) {
    if (p.tokens.kind[t] === PUNCT) continue;
    const k = lower[ids[t] ?? -1] ?? '';
    if (prev !== null) out.add(`${prev} ${k}`);
    prev = k;
  }
  return out;
}

/** Word pairs that base sentence `b` and version sentence `v` share (their phrasing). */
export function sharedBigrams(base: Prepared, b: number, ver: Prepared, v: number): number {
  const bs = base.sentences[b];
  const vs = ver.sentences[v];
  return bs && vs ? sharedCount(bigrams(base, bs), bigrams(ver, vs)) : 0;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

const postingCache = new WeakMap<Prepared, Map<string, number[]>>();

/**
 * Inverted index of the base: for each content word, the base sentences that have it and how
 * often, interleaved as `[sentence, count, sentence, count, …]` in sentence order (one array
 * per word, no Map lookup per posting when scoring). Built once per base, shared by its pairs.
 */
function postingsOf(base: Prepared): Map<string, number[]> {
  const cached = postingCache.get(base);
  if (cached !== undefined) return cached;
  const postings = new Map<string, number[]>();
  base.sentences.forEach((s, i) => {
    for (const [k, c] of s.content) {
      const list = postings.get(k);
      if (list === undefined) postings.set(k, [i, c]);
      else list.push(i, c);
    }
  });
  postingCache.set(base, postings);
  return postings;
}

/** First index (in entries of `stride`) of a sorted list whose value is >= `x`. */
function lowerBound(list: ArrayLike<number>, x: number, stride: number): number {
  let lo = 0;
  let hi = list.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid * stride] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entry range `[from, to)` of a posting list to walk: all of it, or `cap` around `at`. */
function walkRange(length: number, at: number, cap: number): [number, number] {
  if (length <= cap) return [0, length];
  const from = Math.min(Math.max(0, at - (cap >> 1)), length - cap);
  return [from, from + cap];
}

/** Search state of one pair. */
interface Search {
  postings: Map<string, number[]>;
  w: Weights;
  /** Scratch: one slot per base sentence, all zero between sentences. */
  acc: Float64Array;
  limited: boolean;
}

/** Best first; among equals, the one nearest the expected position, then the lowest index. */
function byScore(e: number): (x: Candidate, y: Candidate) => number {
  return (x, y) => y.dice - x.dice || Math.abs(x.b - e) - Math.abs(y.b - e) || x.b - y.b;
}

/**
 * Base sentences sharing content with `vs`, with their Dice scores, best first. A shared
 * weight is a sum of positive terms, so a zero in the scratch array means "not touched". The
 * order of the additions is the order of `vs.content`, as with a Map, so sums are repeatable.
 */
function scoreSentence(vs: Sentence, v: number, e: number, s: Search): Candidate[] {
  const { acc, w } = s;
  const touched: number[] = [];
  for (const [k, c] of vs.content) {
    const list = s.postings.get(k);
    if (list === undefined) continue;
    const wk = w.weight(k);
    const [from, to] = walkRange(list.length / 2, lowerBound(list, e, 2), SIMILARITY.postingCap);
    if (to - from < list.length / 2) s.limited = true;
    for (let i = 2 * from; i < 2 * to; i += 2) {
      const b = list[i] as number;
      if (acc[b] === 0) touched.push(b);
      acc[b] = (acc[b] as number) + Math.min(c, list[i + 1] as number) * wk;
    }
  }
  const vw = w.version[v] ?? 0;
  const scored: Candidate[] = [];
  for (const b of touched) {
    const shared = acc[b] as number;
    acc[b] = 0;
    const dice = (2 * shared) / (vw + (w.base[b] ?? 0) || 1);
    if (dice >= SIMILARITY.minDice) scored.push({ b, v, dice, shared });
  }
  // A total order, so the order of `touched` does not matter.
  return scored.sort(byScore(e));
}

/** The candidate of an exact pair: identical words, so Dice 1 and all of its weight shared. */
function exactCandidate(b: number, v: number, ver: Prepared, w: Weights): Candidate {
  const words = ver.sentences[v]?.words ?? 0;
  const shared = w.version[v] || SIMILARITY.stopwordWeight * words;
  return { b, v, dice: 1, shared };
}

/**
 * Candidate pairs: the exact pairs, then for every other version sentence its best base
 * sentences (at most `maxPerSentence`), then identical stopword-only sentences.
 */
export function findCandidates(
  base: Prepared,
  version: Prepared,
  w: Weights,
  maxPerSentence: number,
): CandidateSearch {
  const exact = exactPairs(base, version);
  const expected = expectedPositions(exact, base.sentences.length);
  const search: Search = {
    postings: postingsOf(base),
    w,
    acc: new Float64Array(base.sentences.length),
    limited: false,
  };
  const baseBigrams = new Map<number, Set<string>>();
  const out: Candidate[] = [];
  version.sentences.forEach((vs, v) => {
    const paired = exact.baseOf[v] ?? -1;
    if (paired >= 0) {
      out.push(exactCandidate(paired, v, version, w));
      return;
    }
    const scored = scoreSentence(vs, v, expected[v] ?? 0, search);
    if (scored.length === 0) return;
    const vb = bigrams(version, vs);
    for (const c of scored.slice(0, maxPerSentence)) {
      let bb = baseBigrams.get(c.b);
      const bs = base.sentences[c.b];
      if (bb === undefined && bs !== undefined) {
        bb = bigrams(base, bs);
        baseBigrams.set(c.b, bb);
      }
      const common = sharedCount(vb, bb ?? new Set());
      if (common >= 2 || (c.dice >= 0.8 && common >= Math.min(1, vb.size))) out.push(c);
    }
  });
  // A loop, not push(...xs): a spread of 100,000 candidates overflows the call stack.
  for (const c of stopwordMatches(base, version, exact, expected, maxPerSentence)) out.push(c);
  const limited = search.limited
    ? `words found in more than ${SIMILARITY.postingCap} sentences were looked for only near ` +
      'where each sentence is expected, so a far move of a sentence made only of such words can be missed'
    : null;
  return { candidates: out, exact, limited };
}

/**
 * Sentences made only of stopwords ("So it was.") have no content words, so the weighted
 * index above never proposes them. Without this, an unchanged short sentence would be reported
 * as dropped and added. Those not paired exactly are matched only to base sentences with the
 * same words, the `max` nearest the expected position (all of them made "It was so." × 5,000
 * cost 25 million candidates), with a small weight, so they never outweigh real content.
 */
function stopwordMatches(
  base: Prepared,
  version: Prepared,
  exact: ExactPairs,
  expected: Float64Array,
  max: number,
): Candidate[] {
  const out: Candidate[] = [];
  const isStopwordOnly = (s: Sentence): boolean => s.content.size === 0 && s.words > 0;
  const free = version.sentences.flatMap((s, v) =>
    isStopwordOnly(s) && (exact.baseOf[v] ?? -1) < 0 ? [v] : [],
  );
  if (free.length === 0) return out;
  const byKey = new Map<string, number[]>();
  const baseKeys = sentenceKeys(base);
  base.sentences.forEach((s, b) => {
    if (!isStopwordOnly(s)) return;
    const k = baseKeys[b] ?? '';
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [b]);
    else list.push(b);
  });
  const verKeys = sentenceKeys(version);
  for (const v of free) {
    const list = byKey.get(verKeys[v] ?? '') ?? [];
    const e = expected[v] ?? 0;
    const [from, to] = walkRange(list.length, lowerBound(list, e, 1), max);
    const words = version.sentences[v]?.words ?? 0;
    for (let i = from; i < to; i += 1) {
      out.push({ b: list[i] as number, v, dice: 1, shared: SIMILARITY.stopwordWeight * words });
    }
  }
  return out;
}
