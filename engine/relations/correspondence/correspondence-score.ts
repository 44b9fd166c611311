// The scoring of correspondences (correspondence.ts): items weighed by kind and IDF, candidate
// paragraph pairs by the cosine of their weighted items, then kept one-to-one-ish. Split from
// correspondence.ts, which finds the paragraphs and their items, to keep each file short.

import type { ItemKind, Items } from './correspondence-items.js';

/** Tuning of correspondences (see the module comment; figures in the README). */
export const CORRESPONDENCE = {
  /** Weight of a shared item by kind, before IDF. Speakers and quotations are the strongest. */
  weights: { entity: 1, number: 1, speaker: 1.5, quote: 2, word: 0.5 } satisfies Record<
    ItemKind,
    number
  >,
  /** Least cosine score of a correspondence (tuned on the seeds and the development set). */
  threshold: 0.12,
  /** Least number of shared items (names, numbers, words…). */
  minShared: 2,
  /**
   * Least number of distinct shared facts (a name, however many words, counts once): one
   * name alone is the story's topic ("South Korea"), not evidence that two paragraphs agree.
   */
  minFacts: 2,
  /**
   * A single shared fact is enough when the two paragraphs also share this many content
   * words: the same speaker saying the same thing in other words ("heat an empty building"
   * and "heating a vacant hall").
   */
  oneFactWords: 2,
  /** Body paragraphs read per side; past it the rest are left out and the pair says so. */
  maxParagraphs: 1500,
  /** An item in more version paragraphs than this is not looked up (it is everywhere). */
  maxPosting: 64,
  /**
   * Free paragraph pairs at most for the quick test that any shares enough items (mayShare);
   * beyond it the test could cost more than it saves, and candidates decide alone.
   */
  maxPrecheck: 64,
};

/**
 * True when some free paragraph pair shares `minShared` items, one a fact: what a candidate
 * needs before any weighing (so a pair without one is done before its other paragraphs are
 * read). `base` and `ver` hold the free paragraphs' items only.
 */
export function mayShare(base: Map<number, Items>, ver: Map<number, Items>): boolean {
  for (const bi of base.values()) {
    for (const vi of ver.values()) {
      let shared = 0;
      let fact = false;
      for (const [k, it] of bi) {
        if (!vi.has(k)) continue;
        shared += 1;
        fact ||= it.kind !== 'word';
        if (shared >= CORRESPONDENCE.minShared && fact) return true;
      }
    }
  }
  return false;
}

/** Weighted items of every paragraph, with the weight of each key. */
interface Weighted {
  base: Map<number, Items>;
  ver: Map<number, Items>;
  weight: Map<string, number>;
  norm: (items: Items) => number;
}

/**
 * The weights of the items of the free paragraphs (`baseFree`, `verFree`), the only ones
 * candidates and their norms read, from their document frequency over every paragraph of
 * both texts. An item's key tells its kind ("e:", "n:", "w:", "s:", "q:").
 */
export function weigh(
  base: Map<number, Items>,
  ver: Map<number, Items>,
  baseFree: number[],
  verFree: number[],
): Weighted {
  const df = new Map<string, number>();
  const kinds = new Map<string, ItemKind>();
  for (const [side, free] of [
    [base, baseFree],
    [ver, verFree],
  ] as const) {
    for (const b of free) {
      for (const [k, it] of side.get(b) ?? []) {
        df.set(k, 0);
        kinds.set(k, it.kind);
      }
    }
  }
  for (const side of [base, ver]) {
    for (const items of side.values()) {
      for (const k of items.keys()) {
        const d = df.get(k);
        if (d !== undefined) df.set(k, d + 1);
      }
    }
  }
  const n = base.size + ver.size;
  const weight = new Map<string, number>();
  for (const [k, d] of df) {
    const w = CORRESPONDENCE.weights[kinds.get(k) ?? 'word'] * Math.log(1 + n / d);
    weight.set(k, w * w);
  }
  const norms = new WeakMap<Items, number>();
  const norm = (items: Items) => {
    let s = norms.get(items);
    if (s === undefined) {
      s = 0;
      for (const k of items.keys()) s += weight.get(k) ?? 0;
      s = Math.sqrt(s);
      norms.set(items, s);
    }
    return s;
  };
  return { base, ver, weight, norm };
}

/** A scored candidate: base block, version block, score. */
export type Cand = [number, number, number];

/** Candidate pairs over the unlinked paragraphs that pass the threshold. */
export function candidates(w: Weighted, baseFree: number[], verFree: number[]): Cand[] {
  const posting = new Map<string, number[]>();
  for (const v of verFree) {
    for (const k of w.ver.get(v)?.keys() ?? []) {
      const list = posting.get(k);
      if (list === undefined) posting.set(k, [v]);
      else list.push(v);
    }
  }
  const out: Cand[] = [];
  for (const b of baseFree) {
    const items = w.base.get(b) ?? new Map();
    const dot = new Map<number, { sum: number; shared: number; fact: boolean }>();
    for (const [k, it] of items) {
      const list = posting.get(k);
      if (list === undefined || list.length > CORRESPONDENCE.maxPosting) continue;
      for (const v of list) {
        const d = dot.get(v) ?? { sum: 0, shared: 0, fact: false };
        d.sum += w.weight.get(k) ?? 0;
        d.shared += 1;
        d.fact ||= it.kind !== 'word';
        dot.set(v, d);
      }
    }
    const nb = w.norm(items);
    for (const [v, d] of dot) {
      if (d.shared < CORRESPONDENCE.minShared || !d.fact) continue;
      const score = d.sum / (nb * w.norm(w.ver.get(v) ?? new Map()) || 1);
      if (score >= CORRESPONDENCE.threshold) out.push([b, v, score]);
    }
  }
  return out;
}

/**
 * One-to-one first: candidates by score, each taken when both paragraphs are still free.
 * Then each paragraph left without a partner joins its best candidate, so a paragraph the
 * other writer split in two answers both halves, but a paired paragraph gathers no tail of
 * weaker look-alikes.
 */
export function oneToOneish(cands: Cand[]): Cand[] {
  // ties go to the earlier paragraphs, so the result does not depend on iteration order
  const ranked = [...cands].sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedBase = new Set<number>();
  const usedVer = new Set<number>();
  const kept = new Set<Cand>();
  for (const c of ranked) {
    if (usedBase.has(c[0]) || usedVer.has(c[1])) continue;
    kept.add(c);
    usedBase.add(c[0]);
    usedVer.add(c[1]);
  }
  const lonely = new Set<string>();
  for (const c of ranked) {
    const b = `b${c[0]}`;
    const v = `v${c[1]}`;
    if (!usedBase.has(c[0]) && !lonely.has(b)) {
      kept.add(c);
      lonely.add(b);
    } else if (!usedVer.has(c[1]) && !lonely.has(v)) {
      kept.add(c);
      lonely.add(v);
    }
  }
  return [...kept].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
