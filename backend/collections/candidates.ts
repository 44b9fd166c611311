// Candidate pairs of near-duplicates among many articles, from the LSH index alone: versions
// that share a band key (db/minhash.ts), kept when their signatures estimate enough shared
// wording to be worth reading their texts. Nothing here reads a text, so it stays in seconds
// for 100,000 articles; verification (verify.ts) decides which candidates are copies.
import type { Library } from '../../db';
import { bandBucketsOf } from '../../db/band-buckets';
import { readSignature } from '../../db/minhash';
import {
  estimateContainment,
  estimateJaccard,
  MINHASH,
  type MinHash,
} from '../../engine/relations/derivation/minhash';

/** Tuning of candidate selection. */
export const CANDIDATES = {
  /**
   * A pair is kept when the signatures estimate that this share of the smaller text's
   * shingles is in the other. The lowest derived pair of the development set has a Jaccard
   * of 0.08 (so containment of at least that); unrelated articles stay near 0.01. The
   * estimate's standard error at these values is about 0.025 (sqrt(J(1 − J)/128)), so the bar
   * sits a little under the lowest copy.
   */
  minContainment: 0.06,
  /**
   * Buckets larger than this are linked as a star (every member to the first `maxBucket`),
   * not as all pairs: 500 reprints of one wire story would otherwise give 125,000 pairs
   * where 500 × 24 keep them connected.
   */
  maxBucket: 24,
  /** Pairs estimated between two pauses of candidateSteps (about a millisecond of work). */
  pairsPerStep: 500,
} as const;

/** A candidate pair and what the signatures estimate of it. */
export interface CandidatePair {
  a: number;
  b: number;
  jaccard: number;
  /** Estimated share of a's shingles in b, and of b's in a. */
  aInB: number;
  bInA: number;
}

/** Signatures read once each (512 bytes a version). */
export class SignatureCache {
  private readonly cache = new Map<number, MinHash | null>();
  constructor(private readonly lib: Library) {}
  get(id: number): MinHash | null {
    let m = this.cache.get(id);
    if (m === undefined) {
      m = readSignature(this.lib.db, id);
      this.cache.set(id, m);
    }
    return m;
  }
}

/** The estimate for one pair, or null when either has no signature. */
export function estimatePair(sigs: SignatureCache, a: number, b: number): CandidatePair | null {
  const ma = sigs.get(a);
  const mb = sigs.get(b);
  if (!ma || !mb) return null;
  const [aInB, bInA] = estimateContainment(ma, mb);
  return { a, b, jaccard: estimateJaccard(ma, mb), aInB, bInA };
}

/** Pairs of ids from LSH buckets: all pairs in small buckets, a star in large ones. */
function bucketPairs(buckets: readonly number[][]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    let s = out.get(a);
    if (!s) out.set(a, (s = new Set()));
    s.add(b);
  };
  for (const bucket of buckets) {
    const hubs = Math.min(bucket.length, CANDIDATES.maxBucket);
    for (let i = 0; i < hubs; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) add(bucket[i] ?? 0, bucket[j] ?? 0);
    }
  }
  return out;
}

/**
 * Candidate pairs among the versions in `among` (all versions when null), in a fixed order
 * (by first id, then second), each kept when the signatures estimate enough shared wording.
 */
export function candidatePairs(
  lib: Library,
  among: ReadonlySet<number> | null,
  sigs: SignatureCache = new SignatureCache(lib),
): CandidatePair[] {
  const steps = candidateSteps(lib, among, sigs);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * candidatePairs as steps: pauses (yields) after reading the index and after each
 * CANDIDATES.pairsPerStep pairs estimated, so a background job can answer calls meanwhile.
 */
export function* candidateSteps(
  lib: Library,
  among: ReadonlySet<number> | null,
  sigs: SignatureCache = new SignatureCache(lib),
): Generator<void, CandidatePair[]> {
  // one band at a time (db/band-buckets.ts): the same buckets as bandBuckets, with pauses
  const buckets: number[][] = [];
  for (let band = 0; band < MINHASH.bands; band += 1) {
    for (const bucket of bandBucketsOf(lib.db, band, among)) buckets.push(bucket);
    yield;
  }
  const pairs = bucketPairs(buckets);
  yield;
  const out: CandidatePair[] = [];
  let n = 0;
  for (const a of [...pairs.keys()].sort((x, y) => x - y)) {
    for (const b of [...(pairs.get(a) ?? [])].sort((x, y) => x - y)) {
      const e = estimatePair(sigs, a, b);
      if (e && Math.max(e.aInB, e.bInA) >= CANDIDATES.minContainment) out.push(e);
      if (++n % CANDIDATES.pairsPerStep === 0) yield;
    }
  }
  return out;
}
