// Derivation, decided before any word diff: is the version a (rewritten) copy of the base,
// or an independent report of the same event? One feature cannot tell: heavily spun copies
// (reporting verbs and adjectives swapped for synonyms, quotes cut and spliced) share few
// exact 4-grams, while independent reports written from the same press release share its
// quoted statement, company and product names, codes and lists of places. Following the
// METER work (Clough, Gaizauskas, Piao and Wilks 2002, see signals.ts), the label comes from
// several signals measured on the writer's own wording (quotes, names, numbers and codes
// left out): containment in both directions, the longest shared run, folded wording shared
// after synonyms are merged, whether the matched wording keeps the base's order, how
// widely it spreads over the version's sentences, and whether the version's figures are the
// base's.
// Everything runs in linear time over hashed n-grams.

import type { Derivation } from '../../types.js';
import type { Signals } from './signals.js';

/**
 * Weights and thresholds of the derivation score (one place, each with why). Calibrated on
 * the seeds (003 → 002 and 004 wholly derived; 000 and 001 independent), on invented spun,
 * partial and independent stories (tests/unit/engine/relations/) and on the real-copy
 * development set (bench/devset: 30 derived pairs, 15 independent controls).
 */
export const DERIVATION = {
  /** Folded own 3-grams: the signal that survives synonym spinning, so it weighs most. */
  folded: 0.55,
  /** Exact own 4-grams: verbatim own wording is stronger evidence than folded wording. */
  own: 0.2,
  /** Base's own wording found in the version: a copy keeps much of its source. */
  reverse: 0.1,
  /** Longest shared own run: long tiles (METER's GST) are rarely shared by chance. */
  run: 0.15,
  /** A run of this many words or more earns the full run weight (one 4-gram earns none). */
  runFull: 12,
  /**
   * Order factor: score × (1 − orderWeight + orderWeight × ordered), where `ordered` is how
   * far the matched wording keeps the base's order beyond chance: a copy keeps the order of
   * its facts, while phrases that independent writers take from one statement land in any
   * order. Placed at random, m matches keep about 2√m of them in order (the expected longest
   * increasing subsequence), so `ordered` = (order − chance) / (1 − chance), chance = 2/√m;
   * with four matches or fewer, order proves nothing.
   */
  orderWeight: 0.5,
  /**
   * Spread: a copy carries its source through most of its sentences; one restated official
   * statement (or a stock phrase here and there) is one sentence of an independent report.
   * The score is scaled by spread / spreadFull (at most 1) unless a long verbatim run (the
   * run score) vouches for the reuse on its own: a local paper that keeps two wire
   * paragraphs word for word and adds eight of its own is partially derived.
   */
  spreadFull: 0.5,
  /**
   * Below this many own words the own-wording signals have too little to go on (a version
   * made mostly of quotes, names and numbers): the score leans on plain 4-gram coverage.
   */
  ownFull: 30,
  /**
   * Figures: a copy carries its source's amounts, tonnages, dates and codes, even when spun
   * (a spinner swaps words, not numbers); an independent report sourced its own figures
   * ("6,825-ton" where the base says "6,800-ton") and shares only the event's headline ones.
   * The score is scaled by 1 − figureWeight × (1 − run) × (1 − min(1, share / figureFull)),
   * where `share` is the version's figures found in the base, once both texts have at least
   * `figureMin` of them (one figure proves nothing, and a version that adds figures to a
   * base without any added them). A copy that updated some figures (a rising toll) keeps
   * others, so half of them count as all; and as with spread, a long verbatim run (the run
   * score) vouches for the copy whatever its figures (a reprint with a new page timestamp).
   */
  figureWeight: 0.5,
  figureFull: 0.5,
  figureMin: 2,
  /**
   * Score thresholds of the METER labels. `partially` sits in the gap on the real-copy
   * development set (bench/devset): independent reports score up to 0.10 (a Kyodo report
   * that restates an official briefing's wording scored 0.18 until its own figures counted
   * against it), derived copies from 0.16 (a heavy rewrite) up; the invented spun copies
   * score 0.23 and 0.28.
   */
  wholly: 0.6,
  partially: 0.13,
} as const;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The combined derivation score, 0..1: about the share of the version derived from the base. */
export function derivationScore(s: Signals, shingle: number): number {
  const D = DERIVATION;
  const run = clamp((s.longestRun - shingle) / (D.runFull - shingle));
  const evidence = D.folded * s.folded + D.own * s.own + D.reverse * s.reverse + D.run * run;
  const chance = s.matches === 0 ? 1 : Math.min(1, 2 / Math.sqrt(s.matches));
  const order = chance >= 1 ? 0 : clamp((s.order - chance) / (1 - chance));
  const spread = Math.max(run, Math.min(1, s.spread / D.spreadFull));
  const multi = evidence * (1 - D.orderWeight + D.orderWeight * order) * spread;
  const w = Math.min(1, s.ownWords / D.ownFull);
  const figures =
    Math.min(s.figureCount, s.baseFigureCount) < D.figureMin
      ? 1
      : 1 - D.figureWeight * (1 - run) * (1 - Math.min(1, s.figures / D.figureFull));
  return clamp((w * multi + (1 - w) * s.coverage) * figures);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** METER label, score and signals of a version against the base. */
export function derivationOf(s: Signals, shingle: number): Derivation {
  const score = derivationScore(s, shingle);
  const label =
    score >= DERIVATION.wholly ? 'wholly' : score >= DERIVATION.partially ? 'partially' : 'none';
  return {
    label,
    score: round(score),
    signals: {
      coverage: round(s.coverage),
      own: round(s.own),
      reverse: round(s.reverse),
      folded: round(s.folded),
      longestRun: s.longestRun,
      order: round(s.order),
      spread: round(s.spread),
      figures: round(s.figures),
    },
  };
}
