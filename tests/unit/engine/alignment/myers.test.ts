// myers.ts must return exactly what jsdiff's diffArrays returns (the exact pairs and word
// diffs were pinned with jsdiff), budget included.
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffIds } from '../../../../engine/alignment/myers.js';

const runs = (
  parts: Array<{ added: boolean; removed: boolean; count?: number; value: unknown[] }> | undefined,
) => parts?.map((p) => [p.added, p.removed, p.count ?? p.value.length]);

describe('diffIds', () => {
  it('returns the runs of jsdiff diffArrays, also past the edit budget', () => {
    const list = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: 60 }), (a, b, max) => {
        const ours = diffIds(a, b, max)?.map((p) => [p.added, p.removed, p.count]);
        expect(ours).toEqual(runs(diffArrays(a, b, { maxEditLength: max })));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps equal lists as one run and gives up on a zero budget', () => {
    expect(diffIds([1, 2, 3], [1, 2, 3], 5)).toEqual([{ added: false, removed: false, count: 3 }]);
    expect(diffIds([1], [2], 0)).toBeUndefined();
  });
});
