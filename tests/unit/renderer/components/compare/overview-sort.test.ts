// Sorting the overview (issue 11 item 8) on the demo story's real comparison: every column
// sorts both ways, ties keep the engine's order, and a new column starts ascending.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../../engine/index.js';
import { demoStory } from '../../../../../backend/demo/demo-story.js';
import {
  nextSort,
  sortRows,
  type OverviewColumn,
  type OverviewRow,
} from '../../../../../renderer/src/components/compare/overview-sort';
import { pairFigures } from '../../../../../renderer/src/compare/model';
import type { VersionSummary } from '../../../../../renderer/src/lib/types';

const c = compare(
  demoStory.versions.map((v, i) => ({ id: String(i), text: v.text, published: v.published })),
);
const rows: OverviewRow[] = c.pairs.map((pair, index) => ({
  pair,
  index,
  version: {
    outlet: demoStory.versions[pair.version]?.outlet ?? null,
    title: null,
  } as VersionSummary,
}));

describe('overview sort', () => {
  it('keeps the engine order until a column is chosen', () => {
    expect(sortRows(rows, { column: null, direction: 'ascending' }).map((r) => r.index)).toEqual(
      rows.map((r) => r.index),
    );
  });

  it('sorts by similarity both ways', () => {
    const up = sortRows(rows, { column: 'similar', direction: 'ascending' });
    const sims = up.map((r) => pairFigures(r.pair).similarity);
    expect(sims).toEqual([...sims].sort((a, b) => a - b));
    const down = sortRows(rows, { column: 'similar', direction: 'descending' });
    const downSims = down.map((r) => pairFigures(r.pair).similarity);
    expect(downSims).toEqual([...sims].sort((a, b) => b - a));
    // equal figures (the demo's two runs of one agency copy) keep the engine order both ways
    for (const sorted of [up, down]) {
      sorted.forEach((r, i) => {
        const prev = sorted[i - 1];
        if (prev && pairFigures(prev.pair).similarity === pairFigures(r.pair).similarity) {
          expect(prev.index).toBeLessThan(r.index);
        }
      });
    }
  });

  it('sorts names as words', () => {
    const names = sortRows(rows, { column: 'version', direction: 'ascending' }).map(
      (r) => r.version.outlet,
    );
    expect(names).toEqual(
      [...names].sort((a, b) =>
        (a ?? '').localeCompare(b ?? '', undefined, { sensitivity: 'base' }),
      ),
    );
  });

  it('is stable: equal figures keep the engine order', () => {
    const tied = rows.map((r) => ({ ...r, pair: { ...r.pair, quotes: [] } }));
    const sorted = sortRows(tied, { column: 'quotes', direction: 'descending' });
    expect(sorted.map((r) => r.index)).toEqual(rows.map((r) => r.index));
  });

  it('starts a new column ascending and flips the same one', () => {
    const cols: OverviewColumn[] = [
      'version',
      'similar',
      'derivation',
      'paragraphs',
      'sources',
      'quotes',
    ];
    for (const col of cols) {
      const first = nextSort({ column: null, direction: 'descending' }, col);
      expect(first).toEqual({ column: col, direction: 'ascending' });
      expect(nextSort(first, col).direction).toBe('descending');
      expect(sortRows(rows, first)).toHaveLength(rows.length);
    }
  });
});
