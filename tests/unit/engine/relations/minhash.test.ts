import { describe, expect, it } from 'vitest';
import {
  MINHASH,
  bandKeys,
  contentWordHashes,
  estimateContainment,
  estimateJaccard,
  exactJaccard,
  minhashOf,
  shingleHashes,
  signatureBytes,
  signatureFromBytes,
} from '../../../../engine/relations/derivation/minhash';

/** Invented content words (none is a stopword), so every shingle is distinct. */
const WORDS = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}x`);

/**
 * A pair of 300-word texts built to share `shared` of their words in one run, the rest their
 * own: their shingle sets overlap by about shared / (2 − shared) in Jaccard terms.
 */
function pair(shared: number, seed: number): [string, string] {
  const n = 300;
  const common = Math.round(n * shared);
  const at = (k: number) => WORDS[(seed * 613 + k) % WORDS.length] ?? 'x';
  const a = Array.from({ length: n }, (_, i) => at(i));
  const b = [...a.slice(0, common), ...Array.from({ length: n - common }, (_, i) => at(n + i))];
  return [a.join(' '), b.join(' ')];
}

/** Standard error of the MinHash estimate at Jaccard j with k hash functions. */
const se = (j: number) => Math.sqrt((j * (1 - j)) / MINHASH.permutations);

describe('MinHash signatures', () => {
  it('estimates the Jaccard similarity within tolerance of the exact value', () => {
    // The estimate is a mean of k = 128 Bernoulli(J) trials: standard error sqrt(J(1−J)/k),
    // at most 0.044. Each pair must be within 4 standard errors (plus 0.01 for J near 0 or 1,
    // where the error is not normal), and the mean error over all pairs within 1.
    const errors: number[] = [];
    for (const shared of [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1]) {
      for (let seed = 0; seed < 8; seed += 1) {
        const [a, b] = pair(shared, seed);
        const exact = exactJaccard(shingleHashes(a), shingleHashes(b));
        const est = estimateJaccard(minhashOf(a), minhashOf(b));
        expect(Math.abs(est - exact)).toBeLessThanOrEqual(4 * se(exact) + 0.01);
        errors.push(Math.abs(est - exact) / Math.max(se(exact), 0.01));
      }
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    expect(mean).toBeLessThan(1);
  });

  it('estimates containment both ways for a trimmed copy', () => {
    const [a] = pair(0, 1);
    const trimmed = a.split(' ').slice(0, 100).join(' ');
    const [trimmedInA, aInTrimmed] = estimateContainment(minhashOf(trimmed), minhashOf(a));
    expect(trimmedInA).toBeGreaterThan(0.85);
    expect(aInTrimmed).toBeGreaterThan(0.2);
    expect(aInTrimmed).toBeLessThan(0.5);
  });

  it('is deterministic: the same text gives the same signature in any order of calls', () => {
    const [a, b] = pair(0.5, 3);
    const first = minhashOf(a).signature;
    minhashOf(b);
    expect(minhashOf(a).signature).toEqual(first);
    // Stored signatures depend on these exact values: changing the hashing must bump
    // MINHASH.scheme so libraries recompute theirs.
    const fixed = minhashOf('Harbour council votes on the undersea cable plan');
    expect(MINHASH.scheme).toBe(1);
    expect([fixed.shingles, fixed.signature[0], fixed.signature[127]]).toMatchInlineSnapshot(`
      [
        5,
        251144256,
        125014577,
      ]
    `);
  });

  it('folds case, apostrophes and figure separators, and skips stopwords', () => {
    expect(contentWordHashes('Don’t PANIC')).toEqual(contentWordHashes("don't panic"));
    expect(contentWordHashes('6,800 tons')).toEqual(contentWordHashes('6800 tons'));
    expect(contentWordHashes('the cable of the harbour')).toEqual(
      contentWordHashes('cable harbour'),
    );
    // a full stop after a figure still ends it
    expect(contentWordHashes('in 2024. Ferry').length).toBe(2);
    expect(contentWordHashes('Zürich Übersee')).toEqual(contentWordHashes('zürich übersee'));
  });

  it('round-trips a signature through its stored bytes', () => {
    const m = minhashOf(pair(0.3, 2)[0]);
    const back = signatureFromBytes(signatureBytes(m), m.shingles);
    expect(back.signature).toEqual(m.signature);
    expect(signatureBytes(m).byteLength).toBe(4 * MINHASH.permutations);
  });

  it('gives an empty text no shingles and no bands', () => {
    const empty = minhashOf('the and of');
    expect(empty.shingles).toBe(0);
    expect(bandKeys(empty).length).toBe(0);
    expect(estimateJaccard(empty, empty)).toBe(0);
  });
});

describe('LSH bands', () => {
  /** Share of pairs with this word overlap that share at least one band. */
  function candidateRate(shared: number): { rate: number; jaccard: number } {
    let hits = 0;
    let j = 0;
    const n = 60;
    for (let seed = 0; seed < n; seed += 1) {
      const [a, b] = pair(shared, seed + 100);
      j += exactJaccard(shingleHashes(a), shingleHashes(b));
      const ka = bandKeys(minhashOf(a));
      const kb = bandKeys(minhashOf(b));
      if (ka.some((k, i) => k === kb[i])) hits += 1;
    }
    return { rate: hits / n, jaccard: j / n };
  }

  it('finds pairs above the threshold and rarely pairs below it', () => {
    // P(candidate) = 1 − (1 − J^rows)^bands: 64 × 2 gives 0.88 at J = 0.2, 0.006 at J = 0.01
    const high = candidateRate(0.5); // J ≈ 0.33
    expect(high.jaccard).toBeGreaterThan(0.3);
    expect(high.rate).toBeGreaterThanOrEqual(0.95);
    const mid = candidateRate(0.3); // J ≈ 0.18
    expect(mid.rate).toBeGreaterThan(0.6);
    const none = candidateRate(0); // J = 0
    expect(none.rate).toBe(0);
    const low = candidateRate(0.04); // J ≈ 0.02
    expect(low.jaccard).toBeLessThan(0.03);
    expect(low.rate).toBeLessThanOrEqual(0.1);
  });

  it('keys each band by its rows only', () => {
    const m = minhashOf(pair(0.2, 5)[0]);
    const keys = bandKeys(m);
    expect(keys.length).toBe(MINHASH.bands);
    const changed = { ...m, signature: Uint32Array.from(m.signature) };
    changed.signature[0] = (changed.signature[0] ?? 0) ^ 1;
    const after = bandKeys(changed);
    expect(after[0]).not.toBe(keys[0]);
    expect([...after.slice(1)]).toEqual([...keys.slice(1)]);
  });
});
