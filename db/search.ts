// Full-text search's SQL (the FTS5 index made by migrations/0001-initial.ts). Library wraps
// it; it is separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import { toFtsQuery } from './fts-query';
import { stmt } from './statements';
import type { NoteHitRow } from './notes';
import type { SearchHitRow } from './rows';

/** Snippet markers: control characters that cannot occur in imported text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Limits of the library search. */
export const SEARCH = {
  /**
   * Matches ranked at most, the newest first: bm25 reads every match, so a word in most of
   * 100,000 articles took seconds to rank (bench/library-100k.bench.ts). Past this many
   * matches a query is too common for its ranking to mean much; the newest are what a person
   * most likely wants.
   */
  rankWindow: 2000,
  /** Letters the last word needs before it is also read as the start of longer words. */
  prefixMinChars: 4,
} as const;

/**
 * Full-text search over title, outlet and text. Each word the user typed must match (the last
 * one as a prefix, so results come while typing). Snippets mark matches with MARK_START and
 * MARK_END so the UI can highlight them without ever parsing markup.
 *
 * Ranked by bm25 (title × 5, outlet × 2, text × 1) over at most SEARCH.rankWindow matches,
 * FTS5 alone, then the story and version of the rows kept (issue 12: 100,000 articles; a join
 * in the ranked query, or FTS5's `rank` column, which ignores the rowid window, took seconds).
 */
export function searchVersions(db: Db, q: string, limit: number): SearchHitRow[] {
  const match = toFtsQuery(q, SEARCH.prefixMinChars);
  if (!match) return [];
  // A word in most articles ("the", "said") would rank every one of them: rank the newest
  // SEARCH.rankWindow matches instead, found by walking the index from its newest row.
  const edge = stmt(
    db,
    `SELECT rowid AS id FROM versions_fts WHERE versions_fts MATCH ?
     ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
  ).get(match, SEARCH.rankWindow - 1) as { id: number } | undefined;
  const best = stmt(
    db,
    `SELECT rowid AS id,
            snippet(versions_fts, 2, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet
     FROM versions_fts WHERE versions_fts MATCH ? AND rowid >= ?
     ORDER BY bm25(versions_fts, 5.0, 2.0, 1.0) LIMIT ?`,
  ).all(match, edge?.id ?? 0, limit) as { id: number; snippet: string }[];
  const where = stmt(
    db,
    `SELECT v.story_id AS storyId, s.title AS storyTitle, v.id AS versionId,
            v.title AS versionTitle, v.outlet, v.number AS versionNumber
     FROM versions v JOIN stories s ON s.id = v.story_id WHERE v.id = ?`,
  );
  return best.flatMap(({ id, snippet }) => {
    const hit = where.get(id) as Omit<SearchHitRow, 'snippet'> | undefined;
    return hit ? [{ ...hit, snippet }] : [];
  });
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
