// Correspondences (issue 13): body paragraphs of the base and of a version that report the
// same facts in their own words. Links (engine/alignment) pair reused wording; two independent
// reports of one event share none, yet "Amazon and Google are specifically accused of
// providing services to blacklisted companies, Dahua Technology and Hikvision" and "Reports
// are now saying that Amazon and Google are responsible for providing web services to
// US-blacklisted companies Dahua Technology and Hikvision" plainly tell the same thing.
//
// Only paragraphs that no link holds take part (every paragraph of most independent pairs,
// the leftovers of a derived one), so correspondences never touch links, stats or the
// derivation label. How it works:
//   1. Each body paragraph of both texts becomes a set of items (correspondence-items.ts):
//      entities, numbers and dates, content words after WordNet synonym folding, plus the
//      speakers its attributions and quotations name and the quotations the pair shares.
//   2. An item weighs its kind's weight times its IDF over the paragraphs of both texts, so
//      a name every paragraph repeats ("Top10VPN") counts little and a name two paragraphs
//      share ("Dahua") much.
//   3. A candidate pair scores the cosine of its two weighted item sets; it is kept when the
//      score reaches CORRESPONDENCE.threshold, it shares at least `minShared` items and at
//      least one of them is a fact (an entity, number, speaker or quotation), not a word only.
//   4. One-to-one-ish (see oneToOneish): pairs taken greedily by score, each paragraph once;
//      then a paragraph left alone may join its best candidate, so one paragraph may answer
//      two of the other text (the other writer split it) but never a tail of look-alikes.

import type { Prepared } from '../text/prepare.js';
import type { Correspondence, CorrespondenceEvidence, Pair } from '../types.js';
import {
  blockItems,
  memoOf,
  midSentenceNames,
  type ItemKind,
  type Items,
} from './correspondence-items.js';
import { furniture, pairItems } from './correspondence-pair.js';
import { evidenceOf } from './correspondence-evidence.js';
import { pairSources } from '../sources/pair-sources.js';
import { pairFacts } from './pair-facts.js';

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
};

/** The result of findCorrespondences: the pairs, and whether a limit left paragraphs out. */
export interface CorrespondenceResult {
  correspondences: Correspondence[];
  limited: boolean;
}

const isBody = (p: Prepared) => (b: number) => p.blocks[b]?.kind === 'body';

/** Body blocks of `p` (the caller reads at most CORRESPONDENCE.maxParagraphs of them). */
function bodyBlocks(p: Prepared): number[] {
  const out: number[] = [];
  p.blocks.forEach((b, i) => {
    if (b.kind === 'body') out.push(i);
  });
  return out;
}

/** Weighted items of every paragraph, with the weight of each key. */
interface Weighted {
  base: Map<number, Items>;
  ver: Map<number, Items>;
  weight: Map<string, number>;
  norm: (items: Items) => number;
}

function weigh(base: Map<number, Items>, ver: Map<number, Items>): Weighted {
  const df = new Map<string, number>();
  const kinds = new Map<string, ItemKind>();
  for (const side of [base, ver]) {
    for (const items of side.values()) {
      for (const [k, it] of items) {
        df.set(k, (df.get(k) ?? 0) + 1);
        kinds.set(k, it.kind);
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
type Cand = [number, number, number];

/** Candidate pairs over the unlinked paragraphs that pass the threshold. */
function candidates(w: Weighted, baseFree: number[], verFree: number[]): Cand[] {
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
function oneToOneish(cands: Cand[]): Cand[] {
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

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Distinct facts of an evidence: names (a full name once), numbers, quotations, speakers. */
function facts(e: CorrespondenceEvidence): number {
  // a speaker who is also among the shared names ("Hochul" and "Gov. Kathy Hochul") is one fact
  const named = new Set(e.entities.join(' ').toLowerCase().split(/\s+/));
  const speakers = e.speakers.filter(
    (s) =>
      !s
        .toLowerCase()
        .split(/\s+/)
        .some((w) => named.has(w)),
  );
  return e.entities.length + e.numbers.length + e.quotes.length + speakers.length;
}

/**
 * The correspondences of a pair already compared (`pair` as comparePair made it): body
 * paragraphs left in `droppedBlocks` and `addedBlocks` that share facts (see the module
 * comment). Pure and deterministic; reads only the texts and the pair's own findings.
 */
export function findCorrespondences(
  base: Prepared,
  ver: Prepared,
  pair: Pair,
): CorrespondenceResult {
  const none: CorrespondenceResult = { correspondences: [], limited: false };
  const baseFree = pair.droppedBlocks.filter(isBody(base));
  const verFree = pair.addedBlocks.filter(isBody(ver));
  if (baseFree.length === 0 || verFree.length === 0) return none;
  const max = CORRESPONDENCE.maxParagraphs;
  const [baseBody, verBody] = [bodyBlocks(base), bodyBlocks(ver)];
  const limited = baseBody.length > max || verBody.length > max;
  const [baseNames, verNames] = [midSentenceNames(base), midSentenceNames(ver)];
  const isName = (k: string) => baseNames.has(k) || verNames.has(k);
  const memo = memoOf(base.session);
  const itemsOf = (p: Prepared, blocks: number[], side: 'base' | 'version') => {
    const ctx = { isName, masked: furniture(pair, side), memo };
    return new Map(blocks.slice(0, max).map((b) => [b, blockItems(p, b, ctx)] as const));
  };
  const baseItems = itemsOf(base, baseBody, 'base');
  const verItems = itemsOf(ver, verBody, 'version');
  pairItems(base, ver, pair, baseItems, verItems);
  const w = weigh(baseItems, verItems);
  const evidence = new Map<Cand, CorrespondenceEvidence>();
  const cands = candidates(
    w,
    baseFree.filter((b) => baseItems.has(b)),
    verFree.filter((v) => verItems.has(v)),
  ).filter((c) => {
    const e = evidenceOf(base, baseItems.get(c[0]) ?? new Map(), verItems.get(c[1]) ?? new Map());
    evidence.set(c, e);
    const n = facts(e);
    return (
      n >= CORRESPONDENCE.minFacts || (n >= 1 && e.words.length >= CORRESPONDENCE.oneFactWords)
    );
  });
  const correspondences = oneToOneish(cands).map((c) => ({
    base: c[0],
    version: c[1],
    score: round(Math.min(1, c[2])),
    evidence: evidence.get(c) as CorrespondenceEvidence,
  }));
  return { correspondences, limited };
}

/**
 * `pair` with its `correspondences`, `sources` and `facts` set (issue 13), placed before `coarse` so
 * the JSON reads in the schema's order; when a limit left paragraphs out, `coarse` says so.
 */
export function withCorrespondences(base: Prepared, ver: Prepared, pair: Pair): Pair {
  const { correspondences, limited } = findCorrespondences(base, ver, pair);
  const { coarse, ...rest } = pair;
  const out: Pair = { ...rest, correspondences, sources: pairSources(pair) };
  out.facts = pairFacts(base, ver, out);
  const reason = limited
    ? `correspondences were looked for in the first ${CORRESPONDENCE.maxParagraphs} body paragraphs only`
    : null;
  if (coarse !== undefined || reason !== null) {
    out.coarse = {
      reason: [coarse?.reason, reason].filter((r) => r).join('; '),
      links: coarse?.links ?? [],
    };
  }
  return out;
}
