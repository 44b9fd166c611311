// One-to-one pairing of base and version attributions, near-linear in their number.
// Candidates come from an index of the version's attributions by source word and, for
// claims, by content word, so only attributions that can score are ever compared. A key
// shared by very many attributions (4,000 copies of one quotation) yields only the MATCH.cap
// nearest by position; a base attribution left unpaired while one of its keys was cut is
// reported, so the pair can say its attribution pairing is coarse. Identical attributions
// that occur equally often on both sides are paired in text order first, which costs nothing
// and is what the reader expects. Then pairs are taken greedily: first those whose blocks are
// linked by the alignment, then by score, then by distance, then by text order, so the
// result is deterministic.

import { sourceWords } from './sources.js';
import type { FoundAttribution } from './found.js';

/** Tuning numbers of the pairing. */
export const MATCH = {
  /** Candidates taken from one index key, nearest to the expected position first. */
  cap: 64,
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
}

/** The result: version index and score per paired base index, and whether a cap bit. */
export interface Matching {
  pairs: Map<number, [number, number]>;
  coarse: boolean;
}

/** Index of the first entry of a sorted list that is ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  const cands: Cand[] = [];
  const cut = new Set<number>();
  base.forEach((b, i) => {
    if (pairs.has(i)) return;
    const at = base.length > 1 ? Math.round((i * (ver.length - 1)) / (base.length - 1)) : 0;
    const seen = new Set<number>();
    for (const k of spec.keys(b, 'base')) {
      const list = index.get(k) ?? [];
      if (list.length > MATCH.cap) cut.add(i);
      for (const j of nearest(list, at, MATCH.cap)) {
        if (seen.has(j)) continue;
        seen.add(j);
        const v = ver[j] as FoundAttribution;
        const s = spec.score(b, v);
        if (s >= 0) cands.push([spec.linked(b, v) ? 0 : 1, s, Math.abs(j - at), i, j]);
      }
    }
  });
  cands.sort((x, y) => x[0] - y[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3] || x[4] - y[4]);
  for (const [, s, , i, j] of cands) {
    if (pairs.has(i) || used.has(j)) continue;
    pairs.set(i, [j, s]);
    used.add(j);
  }
  const coarse = [...cut].some((i) => !pairs.has(i));
  return { pairs, coarse };
}

/** Index keys of a source: its name words (or its noun phrase when it names nobody). */
export function sourceKeys(source: string | null | undefined): string[] {
  if (!source) return [];
  const sw = sourceWords(source);
  return sw.named ? [...sw.words, ...sw.acronyms] : [sw.words.join(' ')];
}
