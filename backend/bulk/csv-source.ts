// The rows of a CSV file as bulk-import entries. csv-parse streams the file (a 100,000-row export
// is never held whole), takes the first line as column names, and handles quoting, doubled
// quotes and newlines inside quoted fields. A row it cannot read (a wrong number of cells) is
// reported on its own and the rest of the file goes on; an error that leaves the rest of the
// file unreadable (a quote never closed) ends the file with one entry saying so.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { BulkEntry } from './sources';

/** The columns that carry an article; one of them is required. */
const CONTENT_COLUMNS = ['text', 'html'];

class NoContentColumn extends Error {}

function explain(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return 'This row has a different number of cells from the header row.';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted cell is never closed, so the rest of the file cannot be read.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'A quote in this row is not where CSV allows one (a quote inside a cell must be doubled).';
    default:
      return 'This row could not be read as CSV.';
  }
}

/** The entries of one CSV file. */
export async function* csvEntries(file: string): AsyncGenerator<BulkEntry> {
  const name = path.basename(file);
  // Rows csv-parse skipped, with their line; it reads ahead, so they are yielded in line order.
  const skipped: { line: number; entry: BulkEntry }[] = [];
  const before = (line: number): BulkEntry[] => {
    const n = skipped.findIndex((s) => s.line >= line);
    return skipped.splice(0, n < 0 ? skipped.length : n).map((s) => s.entry);
  };
  let header: string[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      columns: (first: string[]) => {
        header = first.map((h) => h.trim().toLowerCase());
        if (!header.some((h) => CONTENT_COLUMNS.includes(h))) throw new NoContentColumn();
        return header;
      },
      on_skip: (error: CsvError | undefined) => {
        if (!error) return;
        const line = typeof error.lines === 'number' ? error.lines : 0;
        const source = line > 0 ? `${name}, line ${line}` : name;
        const entry: BulkEntry = { kind: 'refused', source, reason: explain(error), weight: 0 };
        skipped.push({ line, entry });
      },
    }),
  );
  let bytesSoFar = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: Info;
    }>) {
      yield* before(info.lines);
      const weight = info.bytes - bytesSoFar;
      bytesSoFar = info.bytes;
      yield { kind: 'row', source: `${name}, line ${info.lines}`, fields: record, weight };
    }
    yield* before(Infinity);
  } catch (error) {
    yield* before(Infinity);
    const reason =
      error instanceof NoContentColumn ||
      (error as { cause?: unknown }).cause instanceof NoContentColumn
        ? `This file has no column named “text” or “html”, so Retold cannot tell where the articles are (its columns: ${header.join(', ') || 'none'}).`
        : explain(error as CsvError);
    yield { kind: 'refused', source: name, reason, weight: 0 };
  }
}
