// Sums the stored reprint summaries by outlet: for each outlet, in how many stories it has a
// reprint, how many reprints, how many of them show each measure, and their median similarity
// to the base. An outlet is matched with letter case and spacing folded ("Coast Ledger" and
// "coast  ledger" are one outlet) and shown as most often spelled; versions with no outlet are one
// row under ''. Only stories whose summary is current are counted (see refresh.ts), so a story
// changed since is never counted under an outlet it may no longer have.
import { stringify } from 'csv-stringify/sync';
import {
  OUTLET_MEASURES,
  OUTLET_MEASURE_WORDS,
  type OutletMeasure,
} from '../../contract/outlet-methods';
import type { PairSummaryRow } from '../../db';
import { neutraliseCell, type CsvOptions } from '../export/csv';

/** One outlet's totals (contract/outlet-methods.ts outletRowSchema). */
export interface OutletTotals {
  outlet: string;
  stories: number;
  reprints: number;
  counts: Record<OutletMeasure, number>;
  medianSimilarity: number;
}

/** The key two spellings of one outlet share. */
export function outletKey(outlet: string | null): string {
  return (outlet ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The median of numbers (0 for none). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The spelling used most often (the first seen on a tie). */
function commonest(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [s, n] of spellings) if (n > most) [best, most] = [s, n];
  return best;
}

const zeroCounts = (): Record<OutletMeasure, number> =>
  Object.fromEntries(OUTLET_MEASURES.map((m) => [m, 0])) as Record<OutletMeasure, number>;

/** The totals per outlet, most reprints first (then by name). */
export function outletTotals(rows: readonly PairSummaryRow[]): OutletTotals[] {
  const groups = new Map<
    string,
    {
      spellings: Map<string, number>;
      stories: Set<number>;
      sims: number[];
      counts: Record<OutletMeasure, number>;
    }
  >();
  for (const r of rows) {
    const key = outletKey(r.outlet);
    let g = groups.get(key);
    if (!g) {
      g = { spellings: new Map(), stories: new Set(), sims: [], counts: zeroCounts() };
      groups.set(key, g);
    }
    const spelt = (r.outlet ?? '').trim();
    g.spellings.set(spelt, (g.spellings.get(spelt) ?? 0) + 1);
    g.stories.add(r.storyId);
    g.sims.push(r.similarity);
    // "How often": a reprint counts once for a measure, however many quotes it altered.
    for (const m of OUTLET_MEASURES) if (r[m] > 0) g.counts[m] += 1;
  }
  return [...groups.values()]
    .map((g) => ({
      outlet: commonest(g.spellings),
      stories: g.stories.size,
      reprints: g.sims.length,
      counts: g.counts,
      medianSimilarity: median(g.sims),
    }))
    .sort((a, b) => b.reprints - a.reprints || a.outlet.localeCompare(b.outlet));
}

/** The rows of one outlet, optionally only those that show `measure`. */
export function reprintsOf(
  rows: readonly PairSummaryRow[],
  outlet: string,
  measure?: OutletMeasure,
): PairSummaryRow[] {
  const key = outletKey(outlet);
  return rows.filter(
    (r) => outletKey(r.outlet) === key && (measure === undefined || r[measure] > 0),
  );
}

/** The CSV's name for versions without an outlet. */
export const NO_OUTLET = '(no outlet)';

/** The totals as CSV: counts and shares (0–1, 3 decimals) of each measure, then similarity. */
export function outletsCsv(totals: readonly OutletTotals[], options: CsvOptions = {}): string {
  const header = [
    'outlet',
    'stories',
    'reprints',
    ...OUTLET_MEASURES.flatMap((m) => {
      const t = OUTLET_MEASURE_WORDS[m].title.toLowerCase();
      return [`${t} (reprints)`, `${t} (share)`];
    }),
    'median similarity',
  ];
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const body = totals.map((t) => [
    t.outlet === '' ? NO_OUTLET : neutraliseCell(t.outlet),
    t.stories,
    t.reprints,
    ...OUTLET_MEASURES.flatMap((m) => [t.counts[m], round(t.counts[m] / Math.max(1, t.reprints))]),
    round(t.medianSimilarity),
  ]);
  return stringify([header, ...body], { bom: options.bom === true, record_delimiter: 'windows' });
}
