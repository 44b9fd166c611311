// The matrix shows an addition several versions share (the engine's sharedEdits) as one row
// with a cell in each of their columns (issue 13), on a short story written for this test.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine';
import { addedRows } from '../../../../renderer/src/compare/model';

const BASE = [
  'The Port Ellis harbour board voted on Tuesday to sell the disused ferry terminal to Kestrel Logistics.',
  'Fishermen had asked the board to keep the slipway open to small boats during the winter months.',
];
const LINE = 'Kestrel Logistics did not answer a request for comment on Wednesday morning.';
const text = (paras: readonly string[]) => paras.join('\n\n');

describe('added rows of the matrix', () => {
  const c = compare(
    [
      { id: 'base', text: text(BASE) },
      { id: 'v1', text: text([...BASE, LINE]) },
      { id: 'v2', text: text([...BASE, 'Tickets for the summer regatta go on sale next month.']) },
      { id: 'v3', text: text([...BASE, `The Coastal Press said that ${LINE}`]) },
    ],
    { base: 0 },
  );
  const rows = addedRows(c);

  it('folds a shared addition into one row with a cell for each version', () => {
    const shared = rows.filter((r) => r.cells.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.cells.map((x) => x.pairIndex)).toEqual([0, 2]);
    expect(shared[0]?.after).toBe(1);
  });

  it('keeps an addition of one version as its own row', () => {
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.cells.length === 1)?.pairIndex).toBe(1);
  });

  it('without sharedEdits (an older cached result) shows one row per version', () => {
    const { sharedEdits: _, ...older } = c;
    expect(addedRows(older)).toHaveLength(3);
  });
});
