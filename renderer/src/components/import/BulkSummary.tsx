import type { BulkController, BulkRecord } from '../../hooks/useBulkImport';
import { download } from '../export/run-export';
import { countsText, endText, n, shortSource } from './bulk-format';

interface BulkSummaryProps {
  bulk: BulkController;
}

/** Limits of the summary table. */
const SUMMARY = {
  /** Rows drawn in the dialog; a 100,000-line summary belongs in the CSV, not the DOM. */
  maxRows: 1000,
  /** The downloaded file's name. */
  filename: 'retold-import-summary.csv',
} as const;

/** What the last column says: where an article went, or why it was not imported. */
function detail(r: BulkRecord): string {
  if (r.outcome === 'not imported') return r.reason;
  const where = r.storyTitle ? `“${r.storyTitle}”` : 'the library';
  const version = r.versionNumber === null ? '' : ` (version #${r.versionNumber})`;
  return r.outcome === 'duplicate' ? `Already in ${where}${version}` : `Into ${where}${version}`;
}

const outcomeClass: Record<BulkRecord['outcome'], string> = {
  imported: 'status-imported',
  duplicate: 'status-duplicate',
  'not imported': 'status-refused',
};

/** The stopped import: the totals, a scrollable table of every entry, and the CSV download. */
export function BulkSummary({ bulk }: BulkSummaryProps) {
  const { progress, records, csv } = bulk.state;
  // Problems first: a person looks for what did not go in, then for duplicates.
  const order = { 'not imported': 0, duplicate: 1, imported: 2 } as const;
  const shown = [...records]
    .sort((a, b) => order[a.outcome] - order[b.outcome])
    .slice(0, SUMMARY.maxRows);
  return (
    <div className="bulk-summary">
      {progress ? (
        <>
          <p className="bulk-end">{endText(progress)}</p>
          <p className="bulk-counts" role="status">
            {countsText(progress)}
          </p>
        </>
      ) : null}
      {records.length > 0 ? (
        <div className="bulk-table-wrap" tabIndex={0} aria-label="Summary of the import">
          <table className="bulk-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Outcome</th>
                <th scope="col">Story or reason</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.source}-${i}`} className={outcomeClass[r.outcome]}>
                  <td className="bulk-source" title={r.source}>
                    {shortSource(r.source)}
                  </td>
                  <td className="import-status">{r.outcome}</td>
                  <td>{detail(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {records.length > shown.length ? (
        <p className="muted">
          The first {n(shown.length)} of {n(records.length)} lines are shown; the CSV has them all.
        </p>
      ) : null}
      <div className="panel-actions bulk-actions">
        <button type="button" className="button" onClick={bulk.reset}>
          Import more
        </button>
        <button
          type="button"
          className="button primary"
          disabled={csv === ''}
          onClick={() => download(csv, SUMMARY.filename, 'text/csv')}
        >
          Download summary (CSV)
        </button>
      </div>
    </div>
  );
}
