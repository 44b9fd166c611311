// Who copied whom (issue 13, item 4): for each version, its most likely immediate source among
// the story's versions, reasoned as a textual scholar builds a stemma from shared variants.
//   1. Evidence, over each version's distinct word 4-grams (copy-chain-grams.ts): a version
//      that carries wording another version added or changed, and the base lacks (a shared
//      innovation: an added sentence, a reworded phrase, a new credit), copies that version, is
//      copied by it, or both copy a source that is not in the story. A version that keeps base
//      wording a candidate dropped cannot have copied that candidate alone (a copy cannot
//      restore what its source lost), which is also what gives a direction.
//   2. Each version gets the candidate that explains it most cheaply (maximum parsimony): cost =
//      4-grams the version has that the candidate lacks (wording it would have written or
//      restored) + COPY_CHAIN.dropWeight × 4-grams the candidate has that it lacks (cuts are
//      cheap and common; shared omissions are weak evidence, as in stemmatics). Candidates are
//      the base and the other derived versions not published after it. A cycle is broken where
//      re-attaching one of its versions costs least, so the sources form a tree rooted at the
//      base (copy-chain-claims.ts then weighs each claim).
//   3. A version not derived from the base (derivation `none`) gets no source: an independent
//      report. Its copies, if any, would be independent too, so they get none either.
// Pure and deterministic: ties go to the base, then to the lower version index.

import type { Prepared } from '../../text/prepare.js';
import type { CopyChain } from '../../types.js';
import { parseDate } from '../derivation/base.js';
import {
  CHAIN_CLAIMS,
  claimOf,
  type Candidate,
  type ChainComparison,
  type ChainContext,
} from './copy-chain-claims.js';
import { pairCounts, storyGrams } from './copy-chain-grams.js';
import { independentClaim } from './copy-chain-independent.js';
import { fingerprintOf } from '../derivation/fingerprint.js';

/** Tuning of the tree (the claims' thresholds are CHAIN_CLAIMS in copy-chain-claims.ts). */
export const COPY_CHAIN = {
  /**
   * Cost of one 4-gram the copy lacks, against 1 for a 4-gram it has that its source lacks:
   * a copy that cuts a paragraph makes one cheap edit, one that writes a sentence or restores
   * cut wording makes a rare one. Small enough that an excerpt still prefers its source to
   * another version, large enough that of two versions differing only by an addition, the one
   * without it is the likelier intermediate (additions accumulate down a chain).
   */
  dropWeight: 0.1,
};
// Another version replaces the base as a source only when it explains the copy by more than
// CHAIN_CLAIMS.noiseGrams: cuts the two share (0.1 a 4-gram) must add up to a paragraph or so,
// since two reprints often trim the same ending on their own.

export type { ChainComparison };

/** Candidate sources of each version, with their counts and cost; [] for the base. */
function candidatesOf(ctx: Omit<ChainContext, 'candidates' | 'parent'>): Candidate[][] {
  const { grams, base, derived, times } = ctx;
  const size = (i: number) => grams.ids[i]?.length ?? 0;
  return derived.map((isDerived, v) => {
    if (v === base || !isDerived) return [];
    const out: Candidate[] = [];
    for (let u = 0; u < derived.length; u += 1) {
      if (u === v || (u !== base && !derived[u])) continue;
      const tu = times[u] ?? null;
      const tv = times[v] ?? null;
      // a version published after this one cannot be its source (the base stays the root)
      if (u !== base && tu !== null && tv !== null && tu > tv) continue;
      const counts = pairCounts(grams, v, u);
      const cost = size(v) - counts.both + COPY_CHAIN.dropWeight * (size(u) - counts.both);
      out.push({ u, counts, cost });
    }
    // the base first, so on equal cost it wins; then version order
    return out.sort((a, b) => (a.u === base ? -1 : b.u === base ? 1 : a.u - b.u));
  });
}

/**
 * A version is a plausible source only if the copy keeps no more base wording it lacks than
 * innovations they share: a heavy rewrite of the base would otherwise "copy" whichever short
 * version it drops least of, cuts being cheap.
 */
function plausible(c: Candidate): boolean {
  return c.counts.restored <= CHAIN_CLAIMS.noiseGrams || c.counts.innovations > c.counts.restored;
}

/** True when `x` is `from` or one of its sources (walk bounded by the version count). */
function reaches(parent: readonly number[], from: number, x: number): boolean {
  let at = from;
  for (let k = 0; k <= parent.length && at >= 0; k += 1) {
    if (at === x) return true;
    at = parent[at] ?? -1;
  }
  return false;
}

/** The versions of one cycle of `parent`, or null when there is none. */
function findCycle(parent: readonly number[]): number[] | null {
  const done = new Uint8Array(parent.length);
  for (let start = 0; start < parent.length; start += 1) {
    const path: number[] = [];
    const onPath = new Map<number, number>();
    let at = start;
    while (at >= 0 && done[at] !== 1 && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parent[at] ?? -1;
    }
    if (at >= 0 && onPath.has(at)) return path.slice(onPath.get(at));
    for (const p of path) done[p] = 1;
  }
  return null;
}

/**
 * Each version's cheapest source, then cycles broken (Chu–Liu/Edmonds' first step, applied
 * until none is left): in a cycle, the version whose best source outside its own descendants
 * costs least extra is re-attached there. The base is always such a source, so it ends.
 */
function chooseSources(candidates: readonly Candidate[][]): number[] {
  const parent = candidates.map((cs) => {
    // the base is first; another version must beat it by more than noise (see COPY_CHAIN)
    let best: Candidate | undefined;
    for (const c of cs) {
      const bar = best === cs[0] ? CHAIN_CLAIMS.noiseGrams : 1e-9;
      if (best === undefined || (plausible(c) && c.cost < best.cost - bar)) best = c;
    }
    return best?.u ?? -1;
  });
  for (let cycle = findCycle(parent); cycle !== null; cycle = findCycle(parent)) {
    let pick: { x: number; u: number; extra: number } | null = null;
    for (const x of cycle) {
      const now = candidates[x]?.find((c) => c.u === parent[x])?.cost ?? 0;
      for (const c of candidates[x] ?? []) {
        if (c.u === parent[x] || reaches(parent, c.u, x)) continue;
        const extra = c.cost - now;
        if (pick === null || extra < pick.extra - 1e-9) pick = { x, u: c.u, extra };
      }
    }
    if (pick === null) break; // cannot happen: the base is a candidate of every cycle member
    parent[pick.x] = pick.u;
  }
  return parent;
}

/**
 * The story's copy chain (see the module comment): one entry per version but the base, in
 * version order. `prepared` holds every version, the base at `c.base`; `c` is the comparison
 * as compare() built it, pairs and shared edits included.
 */
export function copyChain(prepared: readonly Prepared[], c: ChainComparison): CopyChain {
  const derived = prepared.map((_, i) => {
    if (i === c.base) return true;
    const pair = c.pairs.find((p) => p.version === i);
    return pair !== undefined && pair.derivation.label !== 'none';
  });
  const partial = {
    comparison: c,
    base: c.base,
    derived,
    times: c.versions.map((v) => parseDate(v.published)),
    grams: storyGrams(prepared.map(fingerprintOf), c.base),
  };
  const candidates = candidatesOf(partial);
  const ctx: ChainContext = { ...partial, candidates, parent: chooseSources(candidates) };
  const entries = prepared.flatMap((_, v) => {
    if (v === c.base) return [];
    return [derived[v] ? claimOf(ctx, v) : independentClaim(ctx, v)];
  });
  return { root: c.base, entries };
}
