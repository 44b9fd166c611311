// The INSERT of a new version. Library.insertVersion calls it inside its write transaction,
// after the duplicate check; it is separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import { foldForSearch } from '../engine/text/search-fold';
import { insertFetchEvidence, type FetchEvidence } from './fetch-evidence';
import { writeSignature } from './minhash';
import type { SourceKind } from './rows';
import type { TextSketch } from './sketch';
import { takeNumber } from './version-numbers';
import { storedRaw } from './raw-bytes';
import { stmt } from './statements';

/** Metadata fields of a version; undefined leaves a field as it is, null clears it. */
export interface VersionMeta {
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
}

/** Everything needed to write a new version. */
export interface NewVersion {
  storyId: number;
  meta: VersionMeta;
  sourceKind: SourceKind;
  sourceName: string | null;
  rawBytes: Uint8Array;
  encoding: string;
  format: 'text' | 'markdown' | 'html';
  text: string;
  wordCount: number;
  /** How it was fetched (URL import); its bytes are kept there, compressed, not in raw_bytes. */
  fetch?: FetchEvidence;
  /** The text's hash, sketch and word count computed already (bulk import, in its worker). */
  sketch?: TextSketch;
}

const NO_BYTES = new Uint8Array(0);

const INSERT_SQL = `INSERT INTO versions (story_id, number, outlet, url, title, byline, published,
    source_kind, source_name, raw_bytes, raw_form, encoding, format, text, content_hash,
    word_count, imported_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const FTS_SQL = 'INSERT INTO versions_fts (rowid, title, outlet, text) VALUES (?, ?, ?, ?)';

const foldOrNull = (s: string | null | undefined): string | null =>
  s === null || s === undefined ? null : foldForSearch(s);

/** A version's search entry: its id and its folded title, outlet and text. */
export type SearchEntry = [number, string | null, string | null, string];

/**
 * Writes search entries (after every other write of their batch: see insertVersionRow).
 */
export function writeSearchEntries(db: Db, entries: readonly SearchEntry[]): void {
  const insert = stmt(db, FTS_SQL);
  for (const e of entries) insert.run(e);
}

/**
 * Inserts the version row, its search entry and its signature; returns its id. `bulk`: part of a
 * bulk import, whose band keys join the band index in batches, and whose search entries are
 * left in `bulk.search` for the caller to write with writeSearchEntries once the batch's other
 * writes are done. FTS5 writes the terms it holds for a transaction to disk, as a segment of
 * its index, whenever a statement that may need undoing in part starts (a statement
 * savepoint: a multi-row INSERT, an INSERT OR REPLACE, a trigger), so a search entry written
 * before the signature and band rows became a segment of its own: a flush per article that
 * cost about 190 µs, and segments for the index to merge later. Written last, a batch's
 * entries make one segment at its commit.
 */
export function insertVersionRow(
  db: Db,
  input: NewVersion,
  hash: string,
  now: string,
  bulk: { search: SearchEntry[] } | null = null,
): number {
  const m = input.meta;
  // Bytes that are the text as UTF-8 are not stored twice (db/raw-bytes.ts).
  // A fetched page's bytes are in its evidence, compressed (db/fetch-evidence.ts).
  const raw = storedRaw(input.fetch ? NO_BYTES : input.rawBytes, input.text);
  const info = stmt(db, INSERT_SQL).run(
    input.storyId,
    takeNumber(db, input.storyId),
    m.outlet ?? null,
    m.url ?? null,
    m.title ?? null,
    m.byline ?? null,
    m.published ?? null,
    input.sourceKind,
    input.sourceName,
    raw.bytes,
    raw.form,
    input.encoding,
    input.format,
    input.text,
    hash,
    input.wordCount,
    now,
  );
  const id = Number(info.lastInsertRowid);
  if (input.fetch) insertFetchEvidence(db, id, input.fetch);
  // The near-duplicate index, in the same transaction: no version is ever without one.
  // A bulk import appends its band keys, to be merged in key order (db/minhash-recent.ts).
  writeSignature(db, id, input.text, {
    fresh: true,
    sketch: input.sketch,
    recent: bulk !== null,
  });
  // Its search entry, last (see above; no trigger since migration 0012: the fold is computed
  // with the sketch, in the import worker for a bulk import, not by a call inside SQLite).
  const entry: SearchEntry = [
    id,
    foldOrNull(m.title),
    foldOrNull(m.outlet),
    input.sketch?.folded ?? foldForSearch(input.text),
  ];
  if (bulk !== null) bulk.search.push(entry);
  else writeSearchEntries(db, [entry]);
  return id;
}
