// Rewritten sentences between anchors, for versions that derive from the base. A summary, a
// heavy rewrite or a spun copy ("She and different native advocates agreed that children
// deserve enriching actions") keeps a sentence's place and some of its phrasing but swaps
// enough words for synonyms, or cuts enough of a long sentence, that its weighted Dice falls
// below the candidate cutoff and the chain bar. Order is the evidence the Dice lacks: between
// two consecutive pairs of the ordered chain (or a chain end and a text end), a free base
// sentence and a free version sentence that share wording after synonym folding, AND several
// word pairs of phrasing, are paired, in order (a heaviest chain inside the gap).
//
// Only for derived pairs (pair.ts decides the label first): an independent report of the same
// event may say the same things in the same order, and keeps the strict bar of
// engine/relations/derivation/independent.ts. Phrasing is counted on word pairs that are neither two
// stopwords ("of the" is in every sentence) nor two names or numbers (every report of the
// event shares "Mike Krzyzewski" and "South Korea", not the writer's word pairs).
//
// Bounded: each version sentence is tried against at most `2 × window + 1` base sentences
// near its proportional place in the gap, so a text with no anchors at all costs O(N × window).

import { tokenRaw, type Prepared, type Sentence } from '../text/prepare.js';
import { PUNCT } from '../text/tokenize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { foldWord } from '../relations/derivation/synonyms.js';
import { heaviestChain } from './chain.js';
import type { Candidate, Weights } from './similarity.js';

/** Thresholds of rewrite pairing, in one place. */
export const REWRITES = {
  /**
   * Weighted Dice over synonym-folded content words. Lower than the chain's 0.35: on the
   * development set, true rewrites in gaps scored 0.26–0.34, and the unrelated in-gap pairs
   * that also share phrasing scored up to 0.37, so the Dice alone does not decide; the
   * phrasing below does.
   */
  minDice: 0.25,
  /**
   * Distinct folded word pairs (see `phrasesOf`) the two sentences share: on the odd-numbered
   * development clusters, rewrites in gaps kept 4–5, unrelated in-gap neighbours that pass
   * the Dice at most 1 (a dateline, "at Duke"), and those that fail it at most 3.
   */
  minPhrases: 4,
  /** Base sentences tried on each side of a version sentence's proportional place in its gap. */
  window: 8,
} as const;

/** A sentence pair found by rewrite pairing. */
export interface RewritePair {
  b: number;
  v: number;
  shared: number;
}

/** One side of the pair as rewrite pairing reads it, with per-sentence caches. */
interface Side {
  p: Prepared;
  totals: readonly number[];
  folded: Map<number, Map<string, number>>;
  phrases: Map<number, Set<string>>;
}

/** What rewrite pairing reads. */
export interface RewriteSides {
  base: Prepared;
  ver: Prepared;
  w: Weights;
  freeB: (b: number) => boolean;
  freeV: (v: number) => boolean;
}

/** Content weight of a sentence per folded word ("stated" and "said" add up in one slot). */
function foldedOf(side: Side, i: number, w: Weights): Map<string, number> {
  let m = side.folded.get(i);
  if (m === undefined) {
    m = new Map();
    for (const [k, c] of side.p.sentences[i]?.content ?? []) {
      const f = foldWord(k);
      m.set(f, (m.get(f) ?? 0) + c * w.weight(k));
    }
    side.folded.set(i, m);
  }
  return m;
}

/**
 * A name or a number: a capitalised word past the sentence start, a word in capitals (an
 * acronym, a dateline), or a word with a digit. Every report of an event shares these.
 */
function isName(p: Prepared, s: Sentence, t: number): boolean {
  const raw = tokenRaw(p, t);
  return /\d/.test(raw) || /^\p{Lu}{2}/u.test(raw) || (t > s.t0 && /^\p{Lu}/u.test(raw));
}

/**
 * Folded word pairs of a sentence that carry the writer's phrasing: all but pairs of two
 * stopwords ("of the") and pairs of two names or numbers ("Mike Krzyzewski", "South Korea").
 */
function phrasesOf(side: Side, i: number): Set<string> {
  let out = side.phrases.get(i);
  if (out !== undefined) return out;
  out = new Set();
  const s = side.p.sentences[i];
  let prev: [string, boolean] | null = null;
  for (let t = s?.t0 ?? 0; s !== undefined && t < s.t1; t += 1) {
    if (side.p.tokens.kind[t] === PUNCT) continue;
    const k = (side.p.keys[t] ?? '').toLowerCase();
    const name = isName(side.p, s, t);
    if (prev !== null && !(STOPWORDS.has(prev[0]) && STOPWORDS.has(k)) && !(prev[1] && name)) {
      out.add(`${foldWord(prev[0])} ${foldWord(k)}`);
    }
    prev = [k, name];
  }
  side.phrases.set(i, out);
  return out;
}

/** The candidate for `b`–`v` when the two sentences qualify as a rewrite, else null. */
function score(b: number, v: number, sb: Side, sv: Side, w: Weights): Candidate | null {
  const fb = foldedOf(sb, b, w);
  const fv = foldedOf(sv, v, w);
  let shared = 0;
  for (const [k, x] of fv) shared += Math.min(x, fb.get(k) ?? 0);
  const total = (sb.totals[b] ?? 0) + (sv.totals[v] ?? 0);
  const dice = total > 0 ? (2 * shared) / total : 0;
  if (dice < REWRITES.minDice) return null;
  const pb = phrasesOf(sb, b);
  let common = 0;
  for (const x of phrasesOf(sv, v)) if (pb.has(x)) common += 1;
  return common >= REWRITES.minPhrases ? { b, v, dice, shared } : null;
}

/** Qualifying pairs of the free sentences strictly inside one gap. */
function gapCandidates(from: Candidate, to: Candidate, x: RewriteSides, sb: Side, sv: Side) {
  const out: Candidate[] = [];
  const nb = to.b - from.b - 1;
  const nv = to.v - from.v - 1;
  if (nb <= 0 || nv <= 0) return out;
  for (let v = from.v + 1; v < to.v; v += 1) {
    if (!x.freeV(v)) continue;
    const at = from.b + 1 + Math.floor(((v - from.v - 1) * nb) / nv);
    const lo = Math.max(from.b + 1, at - REWRITES.window);
    const hi = Math.min(to.b - 1, at + REWRITES.window);
    for (let b = lo; b <= hi; b += 1) {
      if (!x.freeB(b)) continue;
      const c = score(b, v, sb, sv, x.w);
      if (c !== null) out.push({ ...c, b: b - from.b - 1 });
    }
  }
  return heaviestChain(out, nb).map((c) => ({ ...c, b: c.b + from.b + 1 }));
}

/** Rewritten sentence pairs, in order, inside each gap of `chain` (sorted by v and b). */
export function pairRewrites(chain: readonly Candidate[], x: RewriteSides): RewritePair[] {
  const side = (p: Prepared, totals: readonly number[]): Side => ({
    p,
    totals,
    folded: new Map(),
    phrases: new Map(),
  });
  const sb = side(x.base, x.w.base);
  const sv = side(x.ver, x.w.version);
  const start: Candidate = { b: -1, v: -1, dice: 1, shared: 0 };
  const end: Candidate = {
    b: x.base.sentences.length,
    v: x.ver.sentences.length,
    dice: 1,
    shared: 0,
  };
  const stops = [start, ...chain, end];
  const out: RewritePair[] = [];
  for (let i = 0; i + 1 < stops.length; i += 1) {
    const from = stops[i] ?? start;
    const to = stops[i + 1] ?? end;
    for (const c of gapCandidates(from, to, x, sb, sv))
      out.push({ b: c.b, v: c.v, shared: c.shared });
  }
  return out;
}
