// The outlets view's bars from the backend's totals: a share per measure, the median on the
// similarity chart, and the three sort orders every chart and the table share.
import { describe, expect, it } from 'vitest';
import {
  CHARTS,
  barValue,
  barsOf,
  sortBars,
  type OutletRow,
} from '../../../../../renderer/src/components/outlets/outlet-bars';

const counts = (creditDropped: number) => ({
  creditDropped,
  endingTrimmed: 0,
  quotesAltered: 0,
  quotesDropped: 0,
  sourcesAdded: 0,
  sourcesDropped: 0,
});

const rows: OutletRow[] = [
  { outlet: 'b Times', stories: 2, reprints: 4, counts: counts(1), medianSimilarity: 0.9 },
  { outlet: 'A Courier', stories: 5, reprints: 5, counts: counts(5), medianSimilarity: 0.5 },
  { outlet: '', stories: 1, reprints: 2, counts: counts(1), medianSimilarity: 0.7 },
];

describe('outlet bars', () => {
  it('has a chart per measure and one for similarity', () => {
    expect(CHARTS).toHaveLength(7);
    expect(CHARTS.at(-1)).toBe('similarity');
  });

  it('takes a share of reprints per measure, and the median for similarity', () => {
    expect(barsOf(rows, 'creditDropped').map((b) => b.value)).toEqual([0.25, 1, 0.5]);
    expect(barsOf(rows, 'similarity').map((b) => [b.value, b.count])).toEqual([
      [0.9, null],
      [0.5, null],
      [0.7, null],
    ]);
  });

  it('sorts by value (largest first), by name (case ignored), or by stories', () => {
    const bars = barsOf(rows, 'creditDropped');
    const names = (s: 'value' | 'name' | 'stories') => sortBars(bars, s).map((b) => b.outlet);
    expect(names('value')).toEqual(['A Courier', '', 'b Times']);
    // Versions without an outlet sort as "No outlet".
    expect(names('name')).toEqual(['A Courier', 'b Times', '']);
    expect(names('stories')).toEqual(['A Courier', 'b Times', '']);
    // Ties fall back to the name.
    const tie = barsOf(rows, 'similarity').map((b) => ({ ...b, value: 1 }));
    expect(sortBars(tie, 'value').map((b) => b.outlet)).toEqual(['A Courier', 'b Times', '']);
  });

  it('says a value in words', () => {
    const [times, courier] = barsOf(rows, 'creditDropped');
    expect(times && barValue(times)).toBe('25% (1 of 4 reprints)');
    expect(courier && barValue(courier)).toBe('100% (5 of 5 reprints)');
    const [sim] = barsOf(rows, 'similarity');
    expect(sim && barValue(sim)).toBe('median 90% (4 reprints)');
  });
});
