// The derivation signals of one version against the base, after the METER work (Clough,
// Gaizauskas, Piao and Wilks, "METER: MEasuring TExt Reuse", ACL 2002, and Clough et al.,
// "Measuring text reuse in a journalistic domain", 2002): n-gram containment in both
// directions, the longest shared runs (their Greedy String Tiling tiles), the order in which
// the matched material appears, and wording shared once synonyms are folded. Every signal
// except `coverage` is measured on the writer's own wording only (see fingerprint.ts), so
// shared quotations, names, numbers and codes cannot make an independent report look
// derived.

import { FINGERPRINT, NONE, type Fingerprint } from './fingerprint.js';
import { firstAt, gramTable, hasGram, type GramTable } from './gram-table.js';
import type { DerivationSignals } from '../../types.js';

/**
 * Raw signals: the ones the result reports (`DerivationSignals`, each 0..1 except
 * `longestRun` in words) plus the counts the score needs to weigh them.
 */
export interface Signals extends DerivationSignals {
  /** Number of matched folded 3-grams (how much evidence `order` rests on). */
  matches: number;
  /** Number of own words in the version. */
  ownWords: number;
  /** Distinct figures of the version and of the base (how much evidence `figures` rests on). */
  figureCount: number;
  baseFigureCount: number;
}

/** Share of the version's figures that the base also has (1 when either has none). */
function figureShare(b: Fingerprint, v: Fingerprint): number {
  if (v.figures.size === 0 || b.figures.size === 0) return 1;
  let hit = 0;
  for (const f of v.figures) if (b.figures.has(f)) hit += 1;
  return hit / v.figures.size;
}

/** Base-side tables, built once per comparison. */
export interface BaseGrams {
  fp: Fingerprint;
  raw: GramTable;
  own: GramTable;
  /** Folded own 3-grams, with the first position of each in the base. */
  folded: GramTable;
}

/** The base's tables. */
export function baseGrams(fp: Fingerprint): BaseGrams {
  return {
    fp,
    raw: gramTable(fp.raw, NONE),
    own: gramTable(fp.ownGrams, NONE),
    folded: gramTable(fp.foldGrams, NONE),
  };
}

/**
 * Share of the words covered by a gram found in `table` (or, given as a Uint8Array, whose
 * index is marked found: see hitsIn). With `own`, only the own words that some own gram of
 * this text covers count, so an own word stranded between two names (it cannot be in any own
 * n-gram) neither helps nor hurts.
 */
function covered(grams: Int32Array, n: number, table: GramTable | Uint8Array, own: boolean) {
  // one pass: a gram starting at i covers words i..i+n-1, so word i is covered when some
  // gram starting in (i-n, i] is; `canUntil`/`hitUntil` remember the furthest such reach
  const hits = table instanceof Uint8Array ? table : null;
  let canUntil = 0;
  let hitUntil = 0;
  let num = 0;
  let den = 0;
  for (let i = 0; i < grams.length; i += 1) {
    const h = grams[i] ?? NONE;
    if (h !== NONE) {
      canUntil = i + n;
      if (hits !== null ? hits[i] === 1 : hasGram(table as GramTable, h)) hitUntil = i + n;
    }
    if (own && i >= canUntil) continue;
    den += 1;
    if (i < hitUntil) num += 1;
  }
  return den === 0 ? 0 : num / den;
}

/** Longest strictly increasing subsequence length (patience sorting, O(m log m)). */
function lis(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/** 1 where the gram at each index is found in `table` (NONE is never found). */
function hitsIn(grams: Int32Array, table: GramTable): Uint8Array {
  const out = new Uint8Array(grams.length);
  for (let i = 0; i < grams.length; i += 1) {
    const h = grams[i] ?? NONE;
    if (h !== NONE && hasGram(table, h)) out[i] = 1;
  }
  return out;
}

/** Longest run of consecutive own n-grams found in the base (`hits`: see hitsIn), in words. */
function longestRun(hits: Uint8Array, n: number): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < hits.length; i += 1) {
    run = hits[i] === 1 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best === 0 ? 0 : best + n - 1;
}

/** The signals of a version against the base. */
export function signalsOf(b: BaseGrams, v: Fingerprint): Signals {
  const positions: number[] = [];
  const sentences = (v.sentenceOf[v.sentenceOf.length - 1] ?? 0) + 1;
  const withOwn = new Uint8Array(sentences);
  const withMatch = new Uint8Array(sentences);
  // the folded grams found in the base, for `folded` too: each looked up once
  const foldHits = new Uint8Array(v.foldGrams.length);
  for (let i = 0; i < v.foldGrams.length; i += 1) {
    const h = v.foldGrams[i] ?? NONE;
    if (h === NONE) continue;
    const sentence = v.sentenceOf[i] ?? 0;
    withOwn[sentence] = 1;
    const at = firstAt(b.folded, h);
    if (at < 0) continue;
    foldHits[i] = 1;
    positions.push(at);
    withMatch[sentence] = 1;
  }
  const owning = withOwn.reduce((n, x) => n + x, 0);
  const matching = withMatch.reduce((n, x) => n + x, 0);
  // the own grams found in the base serve two signals: looked up once
  const ownHits = hitsIn(v.ownGrams, b.own);
  return {
    coverage: covered(v.raw, FINGERPRINT.raw, b.raw, false),
    own: covered(v.ownGrams, FINGERPRINT.own, ownHits, true),
    reverse: covered(b.fp.ownGrams, FINGERPRINT.own, gramTable(v.ownGrams, NONE), true),
    folded: covered(v.foldGrams, FINGERPRINT.folded, foldHits, true),
    longestRun: longestRun(ownHits, FINGERPRINT.own),
    order: positions.length === 0 ? 0 : lis(positions) / positions.length,
    matches: positions.length,
    ownWords: v.ownWords,
    figures: figureShare(b.fp, v),
    figureCount: v.figures.size,
    baseFigureCount: b.fp.figures.size,
    spread: owning === 0 ? 0 : matching / owning,
  };
}
