// The INSERT of a new version. Library.insertVersion calls it inside its write transaction,
// after the duplicate check; it is separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import type { SourceKind } from './rows';
import { takeNumber } from './version-numbers';

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
}

/** Inserts the version row (its index entry follows by trigger); returns its id. */
export function insertVersionRow(db: Db, input: NewVersion, hash: string, now: string): number {
  const m = input.meta;
  const bytes = input.rawBytes;
  const info = db
    .prepare(
      `INSERT INTO versions (story_id, number, outlet, url, title, byline, published,
         source_kind, source_name, raw_bytes, encoding, format, text, content_hash,
         word_count, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.storyId,
      takeNumber(db, input.storyId),
      m.outlet ?? null,
      m.url ?? null,
      m.title ?? null,
      m.byline ?? null,
      m.published ?? null,
      input.sourceKind,
      input.sourceName,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      input.encoding,
      input.format,
      input.text,
      hash,
      input.wordCount,
      now,
    );
  return Number(info.lastInsertRowid);
}
