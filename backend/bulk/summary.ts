// The summary of a bulk import as CSV: one line per entry, in the order read, so a person can
// open it in a spreadsheet and filter on the outcome. csv-stringify does the quoting, as for
// the findings export.
import { stringify } from 'csv-stringify/sync';
import type { BulkRecord } from './job';

const COLUMNS = ['source', 'outcome', 'reason', 'story_id', 'story', 'version'];

/** The summary CSV (with a header line). */
export function summaryCsv(records: readonly BulkRecord[]): string {
  const rows = records.map((r) => [
    r.source,
    r.outcome,
    r.reason,
    r.storyId ?? '',
    r.storyTitle ?? '',
    r.versionNumber === null ? '' : `#${r.versionNumber}`,
  ]);
  return stringify([COLUMNS, ...rows]);
}
