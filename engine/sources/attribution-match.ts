// One-to-one pairing of base and version attributions, near-linear in their number.
// Candidates come from an index of the version's attributions by source word and, for
// claims, by content word, so only attributions that can score are ever compared. A key
// shared by very many attributions (4,000 copies of one quotation) yields only the MATCH.cap
// nearest by position. The pairing is reported coarse only when a left-out candidate could
// have changed it (both its attributions were still free when the greedy pass reached its
// rank: see capChanged); otherwise it is exactly the uncapped one. Identical attributions
// that occur equally often on both sides are paired in text order first, which costs nothing
// and is what the reader expects. Then pairs are taken greedily: first those whose blocks are
// linked by the alignment, then by score, then by distance, then by text order, so the
// result is deterministic.

import { sourceWords } from './sources.js';
import type { FoundAttribution } from './found.js';
import { lowerBound } from '../sorted.js';

/** Tuning numbers of the pairing. */
export const MATCH = {
  /** Candidates taken from one index key, nearest to the expected position first. */
  cap: 64,
  /**
   * Left-out candidates looked at to prove the cap changed nothing (see capChanged); past
   * this many the pairing is called coarse without proof.
   */
  proofBudget: 200_000,
};

/** A scored candidate: [tier (0 = linked blocks), score, distance, base index, version index]. */
type Cand = [number, number, number, number, number];

/** What the pairing needs from the caller: keys, scores and block links. */
export interface MatchSpec {
  /** Index keys of an attribution; two attributions can score only if they share a key. */
  keys: (a: FoundAttribution, side: 'base' | 'version') => string[];
  /** Exact key: equal keys on both sides, equally often, pair in text order. */
  exact: (a: FoundAttribution) => string;
  /** Score of a pairing (≥ 0), or a negative number for none. */
  score: (b: FoundAttribution, v: FoundAttribution) => number;
  /** True when the blocks of the two attributions are linked by the alignment. */
  linked: (b: FoundAttribution, v: FoundAttribution) => boolean;
  /** The version blocks linked to a base attribution's block. */
  linkedBlocks: (b: FoundAttribution) => Iterable<number>;
}

/** The result: version index and score per paired base index, and whether a cap bit. */
export interface Matching {
  pairs: Map<number, [number, number]>;
  coarse: boolean;
}

/** Up to `cap` entries of a sorted list nearest to `x`. */
function nearest(xs: readonly number[], x: number, cap: number): number[] {
  if (xs.length <= cap) return [...xs];
  let hi = lowerBound(xs, x);
  let lo = hi - 1;
  const out: number[] = [];
  while (out.length < cap && (lo >= 0 || hi < xs.length)) {
    const a = xs[lo];
    const b = xs[hi];
    if (b === undefined || (a !== undefined && x - a <= b - x)) {
      out.push(a ?? 0);
      lo -= 1;
    } else {
      out.push(b);
      hi += 1;
    }
  }
  return out;
}

function push(m: Map<string, number[]>, k: string, x: number): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [x]);
  else list.push(x);
}

function exactPairs(base: FoundAttribution[], ver: FoundAttribution[], spec: MatchSpec) {
  const group = (xs: FoundAttribution[]) => {
    const m = new Map<string, number[]>();
    xs.forEach((a, i) => push(m, spec.exact(a), i));
    return m;
  };
  const vb = group(ver);
  const out = new Map<number, [number, number]>();
  for (const [k, is] of group(base)) {
    const js = vb.get(k);
    if (js === undefined || js.length !== is.length) continue;
    is.forEach((i, n) => {
      const j = js[n] ?? -1;
      const s = spec.score(base[i] as FoundAttribution, ver[j] as FoundAttribution);
      if (s >= 0) out.set(i, [j, s]);
    });
  }
  return out;
}

/** Candidate order: linked blocks first, then score, distance and text order. */
const byRank = (x: Cand, y: Cand): number =>
  x[0] - y[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3] || x[4] - y[4];

/** The state of a greedy pairing, for capChanged. */
interface Greedy {
  base: FoundAttribution[];
  ver: FoundAttribution[];
  spec: MatchSpec;
  /** Version attributions still to pair (not paired exactly) by index key. */
  index: Map<string, number[]>;
  /** Expected version position of a base attribution. */
  at: (i: number) => number;
  /** The candidate each base and version attribution was paired by. */
  byBase: Map<number, Cand>;
  byVer: Map<number, Cand>;
}

/**
 * False when no candidate the cap left out could have been taken: the greedy pass takes a
 * candidate iff both its attributions are still free at its rank, so a left-out candidate
 * whose base or version attribution was paired by a candidate ranked before it changes
 * nothing, and then the capped pairing is the uncapped one. Past MATCH.proofBudget
 * candidates looked at, true (coarse without proof).
 */
function capChanged(cut: readonly number[], g: Greedy): boolean {
  let budget = MATCH.proofBudget;
  const verByBlock = new Map<string, number[]>();
  g.ver.forEach((v, j) => push(verByBlock, String(v.block), j));
  for (const i of cut) {
    const b = g.base[i] as FoundAttribution;
    const at = g.at(i);
    const lists = g.spec.keys(b, 'base').map((k) => g.index.get(k) ?? []);
    const taken = new Set(lists.flatMap((l) => nearest(l, at, MATCH.cap)));
    const mine = g.byBase.get(i);
    // Paired in linked blocks: only a left-out candidate in linked blocks ranks before it.
    const left =
      mine !== undefined && mine[0] === 0
        ? [...g.spec.linkedBlocks(b)].flatMap((blk) => verByBlock.get(String(blk)) ?? [])
        : [...new Set(lists.flatMap((l) => (l.length > MATCH.cap ? l : [])))];
    for (const j of left) {
      if ((budget -= 1) < 0) return true;
      if (taken.has(j) || !lists.some((l) => l[lowerBound(l, j)] === j)) continue;
      if (freeAt(g, b, i, j, at, mine)) return true;
    }
  }
  return false;
}

/** True when the left-out candidate (i, j) scores and both stay free until its rank. */
function freeAt(g: Greedy, b: FoundAttribution, i: number, j: number, at: number, mine?: Cand) {
  const v = g.ver[j] as FoundAttribution;
  const tier = g.spec.linked(b, v) ? 0 : 1;
  const theirs = g.byVer.get(j);
  if ((mine !== undefined && mine[0] < tier) || (theirs !== undefined && theirs[0] < tier)) {
    return false;
  }
  const s = g.spec.score(b, v);
  if (s < 0) return false;
  const c: Cand = [tier, s, Math.abs(j - at), i, j];
  return !(
    (mine !== undefined && byRank(mine, c) < 0) ||
    (theirs !== undefined && byRank(theirs, c) < 0)
  );
}

/** Pairs base and version attributions one to one (see the module comment). */
export function matchAttributions(
  base: FoundAttribution[],
  ver: FoundAttribution[],
  spec: MatchSpec,
): Matching {
  const pairs = exactPairs(base, ver, spec);
  const used = new Set([...pairs.values()].map(([j]) => j));
  const index = new Map<string, number[]>();
  ver.forEach((v, j) => {
    if (used.has(j)) return;
    for (const k of spec.keys(v, 'version')) push(index, k, j);
  });
  const at = (i: number): number =>
    base.length > 1 ? Math.round((i * (ver.length - 1)) / (base.length - 1)) : 0;
  const cands: Cand[] = [];
  const cut: number[] = [];
  base.forEach((b, i) => {
    if (pairs.has(i)) return;
    const seen = new Set<number>();
    let bit = false;
    for (const k of spec.keys(b, 'base')) {
      const list = index.get(k) ?? [];
      if (list.length > MATCH.cap) bit = true;
      for (const j of nearest(list, at(i), MATCH.cap)) {
        if (seen.has(j)) continue;
        seen.add(j);
        const v = ver[j] as FoundAttribution;
        const s = spec.score(b, v);
        if (s >= 0) cands.push([spec.linked(b, v) ? 0 : 1, s, Math.abs(j - at(i)), i, j]);
      }
    }
    if (bit) cut.push(i);
  });
  cands.sort(byRank);
  const byBase = new Map<number, Cand>();
  const byVer = new Map<number, Cand>();
  for (const c of cands) {
    const [, s, , i, j] = c;
    if (pairs.has(i) || used.has(j)) continue;
    pairs.set(i, [j, s]);
    used.add(j);
    byBase.set(i, c);
    byVer.set(j, c);
  }
  const g: Greedy = { base, ver, spec, index, at, byBase, byVer };
  return { pairs, coarse: cut.length > 0 && capChanged(cut, g) };
}

/** Index keys of a source: its name words (or its noun phrase when it names nobody). */
export function sourceKeys(source: string | null | undefined): string[] {
  if (!source) return [];
  const sw = sourceWords(source);
  return sw.named ? [...sw.words, ...sw.acronyms] : [sw.words.join(' ')];
}
