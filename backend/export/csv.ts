// Findings as CSV (RFC 4180: comma-separated, CRLF between records, fields quoted when they
// hold a comma, a quote or a line break, quotes doubled), UTF-8 with a header row, written by
// csv-stringify rather than by hand. No byte-order mark by default: R, pandas and most tools
// read UTF-8 as is, and a BOM glues itself to the first header for some of them; `bom: true`
// (`--bom`) adds one for Excel, which otherwise guesses a legacy code page.
//
// Article text is hostile input: a cell that starts with =, +, -, @, a tab or a carriage
// return is a formula to a spreadsheet (`=HYPERLINK(…)` can leak data when clicked). As OWASP
// advises for CSV injection, such a text cell gets a leading apostrophe, which spreadsheets
// show as text and never evaluate. Numbers are written as numbers and never prefixed.
import { stringify } from 'csv-stringify/sync';
import { FINDING_COLUMNS, type FindingRow } from './findings';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet: formula-like text gets a leading `'`. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Options of the CSV writer. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
}

/** The cells of one row, in column order. */
export function csvCells(row: FindingRow): (string | number)[] {
  return FINDING_COLUMNS.map(([, key]) => {
    const v = row[key];
    if (v === null || v === undefined) return '';
    return typeof v === 'number' ? v : neutraliseCell(v);
  });
}

/** Rows of findings as one CSV text (header first). */
export function findingsCsv(rows: readonly FindingRow[], options: CsvOptions = {}): string {
  return stringify([FINDING_COLUMNS.map(([name]) => name), ...rows.map(csvCells)], {
    bom: options.bom === true,
    record_delimiter: 'windows',
  });
}
