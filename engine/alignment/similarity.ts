// Sentence candidates across the whole text, not only in order. Each version sentence is
// scored against the base sentences that share content words with it, found through an
// inverted index, with rare words weighing more (an IDF weight), so "Huawei" counts for more
// than "report". A candidate also needs two shared word pairs (bigrams): an independent report
// shares names and numbers, but rarely the same phrasing.

import type { Prepared, Sentence } from '../text/prepare.js';

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

const MIN_DICE = 0.3;

/** IDF weights over the sentences of both versions. */
export function computeWeights(base: Prepared, version: Prepared): Weights {
  const df = new Map<string, number>();
  for (const s of [...base.sentences, ...version.sentences]) {
    for (const k of s.content.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = base.sentences.length + version.sentences.length;
  const weight = (key: string): number => Math.log(1 + n / (df.get(key) ?? 1));
  const total = (s: Sentence): number => {
    let w = 0;
    for (const [k, c] of s.content) w += c * weight(k);
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
  let prev: string | null = null;
  for (let t = s.t0; t < s.t1; t += 1) {
    if (p.tokens[t]?.kind === 'punct') continue;
    const k = (p.keys[t] ?? '').toLowerCase();
    if (prev !== null) out.add(`${prev} ${k}`);
    prev = k;
  }
  return out;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/**
 * Inverted index of the base: for each content word, the base sentences that have it and how
 * often, interleaved as `[sentence, count, sentence, count, …]` (one array per word, no Map
 * lookup per posting when scoring).
 */
function postingsOf(base: Prepared): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  base.sentences.forEach((s, i) => {
    for (const [k, c] of s.content) {
      const list = postings.get(k);
      if (list === undefined) postings.set(k, [i, c]);
      else list.push(i, c);
    }
  });
  return postings;
}

/**
 * Base sentences sharing content with `vs`, with their Dice scores, best first. `acc` is a
 * scratch array (one slot per base sentence, all zero on entry and on exit): a shared weight
 * is a sum of positive terms, so zero means "not touched". The order of the additions is the
 * order of `vs.content`, as with a Map, so the sums are bit-for-bit the same.
 */
function scoreSentence(
  vs: Sentence,
  v: number,
  postings: Map<string, number[]>,
  w: Weights,
  acc: Float64Array,
): Candidate[] {
  const touched: number[] = [];
  for (const [k, c] of vs.content) {
    const list = postings.get(k);
    if (list === undefined) continue;
    const wk = w.weight(k);
    for (let i = 0; i < list.length; i += 2) {
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
    if (dice >= MIN_DICE) scored.push({ b, v, dice, shared });
  }
  // A total order (b breaks ties), so the order of `touched` does not matter.
  return scored.sort((x, y) => y.dice - x.dice || x.b - y.b);
}

/** Candidate pairs, best first per version sentence, at most `maxPerSentence` each. */
export function findCandidates(
  base: Prepared,
  version: Prepared,
  w: Weights,
  maxPerSentence: number,
): Candidate[] {
  const postings = postingsOf(base);
  const acc = new Float64Array(base.sentences.length);
  const baseBigrams = new Map<number, Set<string>>();
  const out: Candidate[] = [];
  version.sentences.forEach((vs, v) => {
    const scored = scoreSentence(vs, v, postings, w, acc);
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
  return out.concat(exactStopwordMatches(base, version));
}

/** The folded words of a sentence, joined: its identity once typography is folded. */
function sentenceKey(p: Prepared, s: Sentence): string {
  const words: string[] = [];
  for (let t = s.t0; t < s.t1; t += 1) {
    if (p.tokens[t]?.kind !== 'punct') words.push((p.keys[t] ?? '').toLowerCase());
  }
  return words.join(' ');
}

/**
 * Sentences made only of stopwords ("So it was.") have no content words, so the weighted
 * index above never proposes them. Without this, an unchanged short sentence would be reported
 * as dropped and added. They are matched only when their words are identical, with a small
 * weight, so they never outweigh real content in the chain.
 */
function exactStopwordMatches(base: Prepared, version: Prepared): Candidate[] {
  const byKey = new Map<string, number[]>();
  base.sentences.forEach((s, b) => {
    if (s.content.size > 0 || s.words === 0) return;
    const k = sentenceKey(base, s);
    byKey.set(k, [...(byKey.get(k) ?? []), b]);
  });
  const out: Candidate[] = [];
  if (byKey.size === 0) return out;
  version.sentences.forEach((vs, v) => {
    if (vs.content.size > 0 || vs.words === 0) return;
    for (const b of byKey.get(sentenceKey(version, vs)) ?? []) {
      out.push({ b, v, dice: 1, shared: 0.1 * vs.words });
    }
  });
  return out;
}
