// Reading every version's text in one pass, for exports of the whole library (passim's input,
// backend/collections/passim-export.ts), and finding a version by the start of its content
// hash (passim's ids carry one, so clusters can be read back into another copy of a library).
import type { Database as Db } from 'better-sqlite3';

/** A version as an export of the whole library needs it. */
export interface VersionText {
  id: number;
  contentHash: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  text: string;
}

/**
 * Every version in id order, one row at a time (the library may hold 100,000 articles; they
 * are never all in memory). `unsortedOnly` keeps the versions alone in their story.
 */
export function eachVersionText(db: Db, unsortedOnly = false): IterableIterator<VersionText> {
  const where = unsortedOnly
    ? 'WHERE (SELECT count(*) FROM versions w WHERE w.story_id = v.story_id) = 1'
    : '';
  return db
    .prepare(
      `SELECT v.id, v.content_hash AS contentHash, v.outlet, v.url, v.title, v.published, v.text
       FROM versions v ${where} ORDER BY v.id`,
    )
    .iterate() as IterableIterator<VersionText>;
}

/** Ids of the versions whose content hash starts with `prefix` (lower-case hex). */
export function versionsByHashPrefix(db: Db, prefix: string): number[] {
  if (!/^[0-9a-f]{1,64}$/.test(prefix)) return [];
  // A range over the hash index (versions_by_hash, 0006): LIKE would scan every row.
  const rows = db
    .prepare(
      'SELECT id FROM versions WHERE content_hash >= ? AND content_hash < ? ORDER BY id LIMIT 2',
    )
    .all(prefix, `${prefix}g`) as { id: number }[];
  return rows.map((r) => r.id);
}

/** The content hash of version `id`, or null when there is no such version. */
export function contentHashOf(db: Db, id: number): string | null {
  const row = db.prepare('SELECT content_hash AS h FROM versions WHERE id = ?').get(id) as
    { h: string } | undefined;
  return row?.h ?? null;
}
