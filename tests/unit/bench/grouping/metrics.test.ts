import { describe, expect, it } from 'vitest';
import { agreement } from '../../../../bench/grouping/metrics';

describe('grouping agreement', () => {
  it('gives the adjusted Rand index of the textbook examples', () => {
    // scikit-learn's adjusted_rand_score documentation: 0.57 and 0.24 (to 2 places)
    expect(agreement([0, 0, 1, 1], [0, 0, 1, 2]).ari).toBeCloseTo(4 / 7, 10);
    expect(agreement([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]).ari).toBeCloseTo(8 / 33, 10);
    // Hubert and Arabie's index is symmetric and ignores the names of the labels
    expect(agreement([0, 0, 1, 2], [0, 0, 1, 1]).ari).toBeCloseTo(4 / 7, 10);
    expect(agreement(['a', 'a', 'b', 'b'], [1, 1, 0, 0]).ari).toBe(1);
  });

  it('is negative for a grouping worse than chance', () => {
    expect(agreement([0, 0, 1, 1], [0, 1, 0, 1]).ari).toBeLessThan(0);
  });

  it('counts pairwise precision and recall', () => {
    // truth {0,1,2} {3}; grouping {0,1} {2,3}: pairs found 01 (right) and 23 (wrong)
    const a = agreement(['x', 'x', 'x', 'y'], [1, 1, 2, 2]);
    expect(a).toMatchObject({ predictedPairs: 2, truePairs: 3, sharedPairs: 1 });
    expect(a.precision).toBe(0.5);
    expect(a.recall).toBeCloseTo(1 / 3, 10);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => agreement([1, 2], [1])).toThrow(RangeError);
  });
});
