import { useMemo } from 'react';
import type { Comparison, Pair } from '../../../engine';
import { factGroups, factMarks } from './correspondence';
import { pairFindings, type PairFindings } from './findings';
import { changeMarks, navStops, type Filters, type Mark, type NavStop } from './marks';
import { pairRows, type PairRow } from './rows';

/** Where to open a pair: at a base or version paragraph, optionally picking a source there. */
export interface PairTarget {
  base?: number;
  version?: number;
  source?: { kind: 'attribution' | 'quote'; start: number };
}

/** One line of the (virtualized) pair view: an aligned row or a collapsed run of rows. */
export type Item =
  | { type: 'row'; r: number }
  | { type: 'collapsed'; what: 'furniture' | 'unchanged'; count: number };

/** Rows, marks, visible items and change stops of a pair under the filters. */
export interface PairLayout {
  rows: PairRow[];
  items: Item[];
  itemOfRow: Map<number, number>;
  baseMarks: Mark[];
  versionMarks: Mark[];
  stops: NavStop[];
  /** Stops of the filters that lie in folded rows (page furniture, unchanged rows). */
  folded: number;
  /** The pair's findings: what the chips, the counter and the panel count. */
  found: PairFindings;
  /** For a moved row, the row of its counterpart on the other side. */
  counterpart: Map<number, number>;
  /** "Same facts" rows the pair has, shown or not (the filter chip's number). */
  factRows: number;
}

/** Lays a pair out for the view; recomputed only when the pair or filters change. */
export function usePairLayout(c: Comparison, pair: Pair, filters: Filters): PairLayout {
  const found = useMemo(() => pairFindings(pair), [pair]);
  const facts = useMemo(
    () => ({
      groups: factGroups(pair),
      base: factMarks(c, pair, 'base'),
      version: factMarks(c, pair, 'version'),
    }),
    [c, pair],
  );
  return useMemo(() => {
    const same = filters.sameFacts;
    const rows = pairRows(c, pair, same ? facts.groups : []);
    const baseMarks = [...changeMarks(pair, 'base', filters, found), ...(same ? facts.base : [])];
    const versionMarks = [
      ...changeMarks(pair, 'version', filters, found),
      ...(same ? facts.version : []),
    ];
    // A row is changed when it holds a finding of a shown class, dimmed or not.
    const changedRows = new Set(
      navStops(c, pair, rows, { ...filters, dimMinor: false }, found).map((s) => s.row),
    );
    const items: Item[] = [];
    const itemOfRow = new Map<number, number>();
    const collapse = (what: 'furniture' | 'unchanged'): void => {
      const last = items[items.length - 1];
      if (last?.type === 'collapsed' && last.what === what) last.count += 1;
      else items.push({ type: 'collapsed', what, count: 1 });
    };
    rows.forEach((row, r) => {
      if (row.furniture && !filters.showFurniture) return collapse('furniture');
      const unchanged = row.kind === 'linked' && !changedRows.has(r);
      if (unchanged && filters.changesOnly) return collapse('unchanged');
      itemOfRow.set(r, items.length);
      items.push({ type: 'row', r });
    });
    const all = navStops(c, pair, rows, filters, found);
    const stops = all.filter((s) => itemOfRow.has(s.row));
    const counterpart = new Map<number, number>();
    const movedRow = new Map<number, number>();
    rows.forEach((row, r) => {
      if (row.link === null || (row.kind !== 'moved-from' && row.kind !== 'moved-to')) return;
      const other = movedRow.get(row.link);
      if (other === undefined) movedRow.set(row.link, r);
      else {
        counterpart.set(r, other);
        counterpart.set(other, r);
      }
    });
    const folded = all.length - stops.length;
    const factRows = facts.groups.length;
    return {
      ...{ rows, items, itemOfRow, baseMarks, versionMarks, stops, folded, found, counterpart },
      factRows,
    };
  }, [c, pair, filters, found, facts]);
}
