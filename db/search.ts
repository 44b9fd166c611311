// Full-text search's SQL (the FTS5 index made by migrations/0001-initial.ts). Library wraps
// it; it is separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import { toFtsQuery } from './fts-query';
import type { SearchHitRow } from './rows';

/** Snippet markers: control characters that cannot occur in imported text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * Full-text search over title, outlet and text. Each word the user typed must match (the last
 * one as a prefix, so results come while typing). Snippets mark matches with MARK_START and
 * MARK_END so the UI can highlight them without ever parsing markup.
 */
export function searchVersions(db: Db, q: string, limit: number): SearchHitRow[] {
  const match = toFtsQuery(q);
  if (!match) return [];
  return db
    .prepare(
      `SELECT v.story_id AS storyId, s.title AS storyTitle, v.id AS versionId,
              v.title AS versionTitle, v.outlet,
              snippet(versions_fts, 2, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
       FROM versions_fts f
       JOIN versions v ON v.id = f.rowid
       JOIN stories s ON s.id = v.story_id
       WHERE versions_fts MATCH ?
       ORDER BY bm25(versions_fts, 5.0, 2.0, 1.0)
       LIMIT ?`,
    )
    .all(match, limit) as SearchHitRow[];
}
