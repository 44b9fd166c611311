// How sure the copy chain is of each version's source (copy-chain.ts chose the sources), and
// why, in words. Three things weigh on a claim "v copies p":
//   - margin: how many 4-grams cheaper p explains v than the best other candidate (outside v's
//     own copies) does: the evidence for p over the rest;
//   - direction: when p is not the base, something must show that p came first. A date (p
//     published before v), or base wording p kept and v lacks while v keeps none that p lacks
//     (a copy cuts its source; it cannot restore what its source cut). Shared innovations alone
//     fit "v copies p" and "p copies v" equally well: then the claim is `ambiguous`;
//   - conflict: evidence the claim leaves unexplained: base wording v keeps that p lacks, or
//     innovations v shares with a version that is neither its source's line nor its copy (the
//     Washington Post's 004 shares an added sentence with 002 that the base lacks, yet keeps
//     base paragraphs 002 cut: both may copy a version that is not in the story). Any conflict
//     above noise caps the claim at `low` and names that version as an alternative. So does a
//     source with innovations of its own that the copy lacks (a copy usually keeps them; a
//     lost source that both copy explains what they share as well: the development set's
//     sunscreen copies share an earlier wording of the original, not one another).
// score = margin / (margin + conflict + CHAIN_CLAIMS.scoreScale) decides high, medium or low.

import type {
  CopyChainConfidence,
  CopyChainEntry,
  Pair,
  SharedEdit,
  VersionOut,
} from '../../types.js';
import { versionNumber } from '../../numbering.js';
import {
  marksOf,
  sharedInnovations,
  type PairCounts,
  type StoryGrams,
} from './copy-chain-grams.js';

/** Thresholds of the claims (4-grams unless said otherwise). */
export const CHAIN_CLAIMS = {
  /**
   * Shared wording at or under this many 4-grams is no evidence: stock phrases ("said in a
   * statement on") and chance collisions give a few.
   */
  noiseGrams: 3,
  /** score = margin / (margin + conflict + scoreScale): a margin of a few 4-grams is weak. */
  scoreScale: 6,
  /** Least score for `high`: a margin of about 25 4-grams, two shared sentences, and no conflict. */
  high: 0.8,
  /** Least score for `medium`: about one shared sentence. */
  medium: 0.6,
  /**
   * An independent version holding at least this share of another version's 4-grams is called
   * independent with `low` confidence only, that version listed as an alternative.
   */
  independentContainment: 0.2,
};

/** What the copy chain needs of the comparison compare() is building. */
export interface ChainComparison {
  base: number;
  versions: readonly VersionOut[];
  pairs: readonly Pair[];
  sharedEdits: readonly SharedEdit[];
}

/** A candidate source `u` of a version, what they share, and the parsimony cost. */
export interface Candidate {
  u: number;
  counts: PairCounts;
  cost: number;
}

/** Everything the claims read: the story, its 4-grams, candidates and chosen sources. */
export interface ChainContext {
  comparison: ChainComparison;
  base: number;
  /** Per version: derived from the base (the base itself counts as derived). */
  derived: boolean[];
  /** Publication times (ms), null when unknown. */
  times: (number | null)[];
  grams: StoryGrams;
  candidates: Candidate[][];
  /** Chosen source per version; -1 for the base and independent versions. */
  parent: number[];
}

/** "#3", or "#1 (the base)". */
export const name = (ctx: ChainContext, i: number) =>
  `#${versionNumber(ctx.comparison, i)}${i === ctx.base ? ' (the base)' : ''}`;

/** `before`/`after`: `source` was published before/after `v`; `unknown` otherwise. */
function dateOrder(
  ctx: ChainContext,
  source: number,
  v: number,
): CopyChainEntry['evidence']['dates'] {
  const a = ctx.times[source] ?? null;
  const b = ctx.times[v] ?? null;
  if (a === null || b === null || a === b) return 'unknown';
  return a < b ? 'before' : 'after';
}

/** True when the evidence shows `p` came before its copy `v` (see the header). */
function directionShown(ctx: ChainContext, p: number, v: number): boolean {
  if (p === ctx.base || dateOrder(ctx, p, v) === 'before') return true;
  const counts = ctx.candidates[v]?.find((c) => c.u === p)?.counts;
  return counts !== undefined && counts.dropped - counts.restored > CHAIN_CLAIMS.noiseGrams;
}

/** The versions below `v` in the chosen tree. */
function descendants(parent: readonly number[], v: number): Set<number> {
  const out = new Set<number>();
  let frontier = [v];
  while (frontier.length > 0) {
    const next: number[] = [];
    parent.forEach((p, i) => {
      if (frontier.includes(p) && !out.has(i) && i !== v) next.push(i);
    });
    next.forEach((i) => out.add(i));
    frontier = next;
  }
  return out;
}

/** The versions above `v` (its source, its source's source, …). */
function ancestors(parent: readonly number[], v: number): Set<number> {
  const out = new Set<number>();
  for (let at = parent[v] ?? -1; at >= 0 && !out.has(at); at = parent[at] ?? -1) out.add(at);
  return out;
}

/** Innovations `v` shares with a version outside its line that its source lacks: the most. */
function unexplained(ctx: ChainContext, v: number, p: number, line: Set<number>) {
  const skip = p === ctx.base ? undefined : marksOf(ctx.grams, p);
  let best = { u: -1, grams: 0 };
  ctx.derived.forEach((isDerived, u) => {
    if (!isDerived || u === v || u === ctx.base || line.has(u)) return;
    const grams = sharedInnovations(ctx.grams, v, u, skip);
    if (grams > best.grams) best = { u, grams };
  });
  return best;
}

/** 4-grams of version `p` that the base lacks. */
function sourceOwn(ctx: ChainContext, p: number): number {
  return (ctx.grams.ids[p]?.length ?? 0) - (ctx.grams.baseShared[p] ?? 0);
}

/** Indexes of the shared edits `v` makes with any of `others`. */
export function editsWith(ctx: ChainContext, v: number, others: readonly number[]): number[] {
  const out: number[] = [];
  ctx.comparison.sharedEdits.forEach((e, i) => {
    if (e.versions.includes(v) && others.some((o) => e.versions.includes(o))) out.push(i);
  });
  return out;
}

/** The best other candidate for `v` outside its own copies, and how much worse it is. */
function runnerUp(ctx: ChainContext, v: number, chosen: Candidate) {
  const below = descendants(ctx.parent, v);
  let alt: Candidate | undefined;
  for (const c of ctx.candidates[v] ?? []) {
    if (c.u !== chosen.u && !below.has(c.u) && (alt === undefined || c.cost < alt.cost)) alt = c;
  }
  const margin = Math.max(0, alt === undefined ? chosen.counts.both : alt.cost - chosen.cost);
  return { alt, margin, below };
}

/** Versions that could as well be `v`'s source if a copy went the other way round. */
function turnedOf(ctx: ChainContext, v: number, p: number): number[] {
  const out: number[] = [];
  if (!directionShown(ctx, p, v)) out.push(ctx.parent[p] ?? ctx.base);
  ctx.parent.forEach((q, k) => {
    if (q === v && !directionShown(ctx, v, k)) out.push(k);
  });
  return out;
}

/** The confidence from the score, capped by what argues against the claim (see header). */
function levelOf(score: number, capped: { own: number; conflict: number; after: boolean }) {
  const { noiseGrams } = CHAIN_CLAIMS;
  let level: CopyChainConfidence =
    score >= CHAIN_CLAIMS.high ? 'high' : score >= CHAIN_CLAIMS.medium ? 'medium' : 'low';
  // innovations of the source the copy lacks (see the header)
  if (capped.own > noiseGrams) level = 'low';
  if (capped.conflict > noiseGrams || capped.after) level = 'low';
  return level;
}

/** A share rounded to three decimals, as the result gives it. */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The claim for a version derived from the base: its chosen source, weighed (see header). */
export function claimOf(ctx: ChainContext, v: number): CopyChainEntry {
  const { noiseGrams, scoreScale } = CHAIN_CLAIMS;
  const p = ctx.parent[v] ?? ctx.base;
  const chosen = ctx.candidates[v]?.find((c) => c.u === p) as Candidate;
  const { alt, margin, below } = runnerUp(ctx, v, chosen);
  const turned = turnedOf(ctx, v, p);
  const other = unexplained(ctx, v, p, new Set([...ancestors(ctx.parent, v), ...below]));
  const conflict = (p === ctx.base ? 0 : chosen.counts.restored) + other.grams;
  const score = margin / (margin + conflict + scoreScale);
  const dates = dateOrder(ctx, p, v);
  const own = p === ctx.base ? 0 : sourceOwn(ctx, p) - chosen.counts.innovations;
  const ambiguous = turned.length > 0 || margin <= noiseGrams;
  const confidence = ambiguous
    ? 'ambiguous'
    : levelOf(score, { own, conflict, after: dates === 'after' });
  const alternatives = new Set(turned);
  if (alt !== undefined && margin / (margin + scoreScale) < CHAIN_CLAIMS.high) {
    alternatives.add(alt.u);
  }
  if (other.grams > noiseGrams) alternatives.add(other.u);
  alternatives.delete(p);
  const alts = [...alternatives].sort((a, b) => a - b);
  const size = Math.max(1, ctx.grams.ids[v]?.length ?? 0);
  return {
    version: v,
    source: p,
    confidence,
    score: round3(score),
    alternatives: alts,
    evidence: {
      sharedEdits: editsWith(ctx, v, [p, ...alts]),
      containment: round3(chosen.counts.both / size),
      baseContainment: round3((ctx.grams.baseShared[v] ?? 0) / size),
      dates,
    },
    reason: reasonOf(ctx, v, { p, chosen, confidence, turned, other, alts, own }),
  };
}

interface ReasonParts {
  p: number;
  chosen: Candidate;
  confidence: CopyChainConfidence;
  turned: number[];
  other: { u: number; grams: number };
  alts: number[];
  /** Innovations of the source that the copy lacks. */
  own: number;
}

/** The claim in plain words. */
function reasonOf(ctx: ChainContext, v: number, r: ReasonParts): string {
  const src = name(ctx, r.p);
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const size = Math.max(1, ctx.grams.ids[v]?.length ?? 0);
  const verb = {
    high: 'copies',
    medium: 'most likely copies',
    low: 'may copy',
    ambiguous: 'may copy',
  }[r.confidence];
  const what =
    r.p === ctx.base
      ? `${verb} ${src}: keeps ${pct(r.chosen.counts.both / size)} of its wording`
      : `${verb} ${src}: shares ${r.chosen.counts.innovations} four-word sequences with it that ` +
        `the base lacks` +
        (r.chosen.counts.restored <= CHAIN_CLAIMS.noiseGrams
          ? `, and keeps nothing of the base that ${src} cut`
          : `, though it keeps ${r.chosen.counts.restored} of the base's that ${src} lacks`);
  const parts = [what];
  if (r.turned.length > 0) {
    parts.push(
      `but nothing shows which came first (no dates, and neither kept base wording the other ` +
        `cut), so ${r.turned.map((t) => name(ctx, t)).join(' or ')} may be its source instead`,
    );
  }
  if (r.own > CHAIN_CLAIMS.noiseGrams && r.turned.length === 0) {
    parts.push(
      `${src} has ${r.own} sequences of its own that this copy lacks, so both may copy a ` +
        `version that is not in the story`,
    );
  }
  if (r.other.grams > CHAIN_CLAIMS.noiseGrams) {
    parts.push(
      `but it shares ${r.other.grams} four-word sequences with ${name(ctx, r.other.u)} that ` +
        `${src} lacks: both may copy a version that is not in the story`,
    );
  }
  if (r.confidence === 'ambiguous' && r.turned.length === 0 && r.alts.length > 0) {
    parts.push(`${r.alts.map((t) => name(ctx, t)).join(' and ')} fit about as well`);
  }
  return parts.join('; ');
}
