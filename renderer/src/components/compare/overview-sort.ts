// Sorting the overview's rows by any column. The base row stays on top (every other row is
// measured against it); the others sort by the column's figure, ties keeping the engine's
// order (Array.prototype.sort is stable), so one click never shuffles equal rows.
import type { Pair } from '../../../../engine';
import { pairFigures } from '../../compare/model';
import { versionName } from '../../lib/format';
import type { VersionSummary } from '../../lib/types';

/** The overview's sortable columns. */
export type OverviewColumn =
  'version' | 'similar' | 'derivation' | 'paragraphs' | 'sources' | 'quotes';

/** A column and a direction; null column: the engine's order. */
export interface OverviewSort {
  column: OverviewColumn | null;
  direction: 'ascending' | 'descending';
}

/** One row to sort: the pair's index (what "Compare" opens) and its version. */
export interface OverviewRow {
  pair: Pair;
  index: number;
  version: VersionSummary;
}

/** What each column sorts by: a number, or a name compared as words. */
const KEYS: Record<OverviewColumn, (r: OverviewRow) => number | string> = {
  version: (r) => versionName(r.version),
  similar: (r) => pairFigures(r.pair).similarity,
  derivation: (r) => r.pair.derivation.score,
  // The paragraphs column sorts by how many of the base's paragraphs the version dropped.
  paragraphs: (r) => pairFigures(r.pair).dropped,
  sources: (r) => pairFigures(r.pair).attributionChanges,
  quotes: (r) => pairFigures(r.pair).quoteChanges,
};

/** Which figure a column sorts by, for its header's description. */
export const SORT_BY: Record<OverviewColumn, string> = {
  version: 'name',
  similar: 'share of the base kept',
  derivation: 'derivation score',
  paragraphs: 'paragraphs dropped',
  sources: 'attributions changed',
  quotes: 'quotes changed',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The rows in the order `sort` asks for (a new array). */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const { column } = sort;
  if (column === null) return [...rows];
  const key = KEYS[column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const d =
      typeof x === 'string' || typeof y === 'string'
        ? collator.compare(String(x), String(y))
        : x - y;
    return sign * d;
  });
}

/** The sort after a click on `column`: a new column sorts ascending, the same one flips. */
export function nextSort(sort: OverviewSort, column: OverviewColumn): OverviewSort {
  if (sort.column !== column) return { column, direction: 'ascending' };
  return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}
