// The outlets view as a table, the charts' alternative for screen readers, keyboards and
// copying: a row per outlet, a column per measure ("2 of 3 · 67%") and the median similarity.
// Each count is a button that lists the stories behind it, as a bar does.
import { OUTLET_MEASURES } from '../../../../contract/outlet-measures';
import {
  chartWords,
  outletName,
  percent,
  sortBars,
  type ChartId,
  type OutletRow,
  type OutletSort,
} from './outlet-bars';

interface OutletTableProps {
  rows: readonly OutletRow[];
  sort: OutletSort;
  onOpen: (outlet: string, chart: ChartId) => void;
}

/** Every outlet's totals in one table, sorted as the charts are (by reprints for "value"). */
export function OutletTable({ rows, sort, onOpen }: OutletTableProps) {
  const sorted = sortBars(
    rows.map((r) => ({ ...r, value: r.reprints })),
    sort,
  );
  return (
    <div className="outlet-table-scroll">
      <table className="outlet-table">
        <caption className="visually-hidden">Findings by outlet across the library</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Stories</th>
            <th scope="col">Reprints</th>
            {OUTLET_MEASURES.map((m) => (
              <th key={m} scope="col">
                {chartWords(m).title}
              </th>
            ))}
            <th scope="col">Median similarity</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.outlet}>
              <th scope="row">{outletName(r.outlet)}</th>
              <td>{r.stories}</td>
              <td>{r.reprints}</td>
              {OUTLET_MEASURES.map((m) => {
                const n = r.counts[m] ?? 0;
                return (
                  <td key={m}>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${outletName(r.outlet)}, ${chartWords(m).title.toLowerCase()}: ${n} of ${r.reprints}. Show the stories.`}
                      onClick={() => onOpen(r.outlet, m)}
                    >
                      {n} · {percent(n / Math.max(1, r.reprints))}
                    </button>
                  </td>
                );
              })}
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen(r.outlet, 'similarity')}
                >
                  {percent(r.medianSimilarity)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
