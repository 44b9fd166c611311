// Full-text search's SQL (the FTS5 index made by migrations/0001-initial.ts). Library wraps
// it; it is separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import { toFtsQuery } from './fts-query';
import type { NoteHitRow } from './notes';
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

/**
 * The same search over notes (migrations/0004-notes-corrections.ts): each story's own notes
 * first, then notes on findings (their text and the words they are anchored to, the text
 * weighing more). Snippets are of the note, marked as above.
 */
export function searchNotes(db: Db, q: string, limit: number): NoteHitRow[] {
  const match = toFtsQuery(q);
  if (!match) return [];
  const stories = db
    .prepare(
      `SELECT NULL AS noteId, s.id AS storyId, s.title AS storyTitle, NULL AS versionId,
              'story' AS kind, '' AS anchorText,
              snippet(story_notes_fts, 0, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
       FROM story_notes_fts f
       JOIN stories s ON s.id = f.rowid
       WHERE story_notes_fts MATCH ?
       ORDER BY bm25(story_notes_fts)
       LIMIT ?`,
    )
    .all(match, limit) as NoteHitRow[];
  const findings = db
    .prepare(
      `SELECT n.id AS noteId, n.story_id AS storyId, s.title AS storyTitle,
              n.version_id AS versionId, n.finding AS kind, n.anchor_text AS anchorText,
              snippet(finding_notes_fts, 0, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
       FROM finding_notes_fts f
       JOIN finding_notes n ON n.id = f.rowid
       JOIN stories s ON s.id = n.story_id
       WHERE finding_notes_fts MATCH ?
       ORDER BY bm25(finding_notes_fts, 2.0, 1.0)
       LIMIT ?`,
    )
    .all(match, limit) as NoteHitRow[];
  return [...stories, ...findings].slice(0, limit);
}
