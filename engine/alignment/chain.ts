// The heaviest ordered chain of sentence candidates: a weighted longest common subsequence
// over candidate pairs, O(P log P) with a Fenwick tree over base positions. Used by the
// alignment's step (1) and, inside each gap of that chain, by rewrite pairing (rewrites.ts).

import type { Candidate } from './similarity.js';

/** Heaviest chain strictly increasing in both b and v. */
export function heaviestChain(cands: readonly Candidate[], nBase: number): Candidate[] {
  const sorted = [...cands].sort((x, y) => x.v - y.v || y.b - x.b);
  const treeVal = new Float64Array(nBase + 1);
  const treeIdx = new Int32Array(nBase + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const back = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((c, i) => {
    let val = 0;
    let idx = -1;
    for (let j = c.b; j > 0; j -= j & -j) {
      if ((treeVal[j] ?? 0) > val) {
        val = treeVal[j] ?? 0;
        idx = treeIdx[j] ?? -1;
      }
    }
    best[i] = val + c.shared;
    back[i] = idx;
    for (let j = c.b + 1; j <= nBase; j += j & -j) {
      if ((best[i] ?? 0) > (treeVal[j] ?? 0)) {
        treeVal[j] = best[i] ?? 0;
        treeIdx[j] = i;
      }
    }
  });
  let end = -1;
  best.forEach((v, i) => {
    if (end === -1 || v > (best[end] ?? 0)) end = i;
  });
  const chain: Candidate[] = [];
  for (let i = end; i !== -1; i = back[i] ?? -1) {
    const c = sorted[i];
    if (c !== undefined) chain.push(c);
  }
  return chain.reverse();
}
