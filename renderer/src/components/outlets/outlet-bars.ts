// The bars of the outlets view's charts, from the backend's totals (outlets.summary): one
// chart per measure plus one for the median similarity, a bar per outlet. Sorting is shared by
// every chart and the table: by the chart's own value (largest first), by outlet name, or by the
// number of stories an outlet has reprints in. Ties fall back to the name, so the order is
// stable and predictable.
import type { MethodOutput } from '../../../../contract/methods';
import {
  OUTLET_MEASURES,
  OUTLET_MEASURE_WORDS,
  type OutletMeasure,
} from '../../../../contract/outlet-measures';

/** One outlet's totals, as `outlets.summary` returns them. */
export type OutletRow = MethodOutput<'outlets.summary'>['outlets'][number];

/** A chart: one per measure, and the median similarity. */
export type ChartId = OutletMeasure | 'similarity';

/** Every chart, in the order shown. */
export const CHARTS: readonly ChartId[] = [...OUTLET_MEASURES, 'similarity'];

/** How the bars are ordered. */
export type OutletSort = 'value' | 'name' | 'stories';

/** The sort choices, as the toolbar names them. */
export const SORT_WORDS: Record<OutletSort, string> = {
  value: 'Value',
  name: 'Name',
  stories: 'Number of stories',
};

/** What a chart is called and what it shows. */
export function chartWords(chart: ChartId): { title: string; means: string } {
  return chart === 'similarity'
    ? {
        title: 'Similarity to the original',
        means: 'median share of the base’s words each reprint kept',
      }
    : OUTLET_MEASURE_WORDS[chart];
}

/** The name shown for an outlet ('' is versions without one). */
export const outletName = (outlet: string): string => outlet || 'No outlet';

/** One bar: a share (0–1) of an outlet's reprints, or its median similarity. */
export interface Bar {
  outlet: string;
  value: number;
  /** Reprints that show the measure; null on the similarity chart. */
  count: number | null;
  reprints: number;
  stories: number;
}

/** The bars of one chart, in the backend's order. */
export function barsOf(rows: readonly OutletRow[], chart: ChartId): Bar[] {
  return rows.map((r) => {
    const count = chart === 'similarity' ? null : (r.counts[chart] ?? 0);
    return {
      outlet: r.outlet,
      value: count === null ? r.medianSimilarity : count / Math.max(1, r.reprints),
      count,
      reprints: r.reprints,
      stories: r.stories,
    };
  });
}

const byName = (a: { outlet: string }, b: { outlet: string }): number =>
  outletName(a.outlet).localeCompare(outletName(b.outlet), undefined, { sensitivity: 'base' });

/** Bars (or anything with an outlet, a value and stories) in the chosen order. */
export function sortBars<T extends { outlet: string; value: number; stories: number }>(
  bars: readonly T[],
  sort: OutletSort,
): T[] {
  const out = [...bars];
  if (sort === 'name') return out.sort(byName);
  if (sort === 'stories') return out.sort((a, b) => b.stories - a.stories || byName(a, b));
  return out.sort((a, b) => b.value - a.value || byName(a, b));
}

/** A share as a whole percentage ("67%"). */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The value a bar shows, in words: "67% (2 of 3 reprints)", "median 87% (3 reprints)". */
export function barValue(bar: Bar): string {
  const n = `${bar.reprints} reprint${bar.reprints === 1 ? '' : 's'}`;
  return bar.count === null
    ? `median ${percent(bar.value)} (${n})`
    : `${percent(bar.value)} (${bar.count} of ${n})`;
}

/** The value as drawn beside a bar, short: "67% · 2 of 3", "87% · 3 reprints". */
export function barLabel(bar: Bar): string {
  return bar.count === null
    ? `${percent(bar.value)} · ${bar.reprints} reprint${bar.reprints === 1 ? '' : 's'}`
    : `${percent(bar.value)} · ${bar.count} of ${bar.reprints}`;
}
