// Clustering agreement between the truth and a grouping, both given as one label per article:
// pairwise precision and recall (of all pairs of articles put in one story, the share that the
// truth also puts together, and of all truly related pairs, the share found) and the adjusted
// Rand index (Hubert and Arabie, "Comparing partitions", 1985): the Rand index corrected for
// the agreement two random partitions with the same cluster sizes would have; 1 is perfect,
// about 0 is chance. All three come from one contingency table, so no pair is enumerated.

/** The agreement figures. */
export interface Agreement {
  precision: number;
  recall: number;
  ari: number;
  /** Pairs in one story by the grouping, by the truth, and by both. */
  predictedPairs: number;
  truePairs: number;
  sharedPairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Sizes of the groups of equal labels. */
function sizes<T>(labels: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const l of labels) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

/** Agreement of `predicted` with `truth` (same length, one label per article). */
export function agreement<A, B>(truth: readonly A[], predicted: readonly B[]): Agreement {
  if (truth.length !== predicted.length) throw new RangeError('one label per article in each');
  const cells = sizes(truth.map((t, i) => JSON.stringify([t, predicted[i]])));
  let shared = 0;
  for (const n of cells.values()) shared += pairs(n);
  let truePairs = 0;
  for (const n of sizes(truth).values()) truePairs += pairs(n);
  let predictedPairs = 0;
  for (const n of sizes(predicted).values()) predictedPairs += pairs(n);
  const all = pairs(truth.length);
  const expected = all === 0 ? 0 : (truePairs * predictedPairs) / all;
  const max = (truePairs + predictedPairs) / 2;
  return {
    precision: predictedPairs === 0 ? 1 : shared / predictedPairs,
    recall: truePairs === 0 ? 1 : shared / truePairs,
    // both partitions all singletons (or one cluster): they agree fully
    ari: max === expected ? 1 : (shared - expected) / (max - expected),
    predictedPairs,
    truePairs,
    sharedPairs: shared,
  };
}
