// Notes on findings (table and index made by migrations/0004-notes-corrections.ts). Library
// exposes these as `library.notes`; they are separate to keep library.ts small. Anchors are
// read from the library's own text (anchor-read.ts), never taken from the caller.
import type { Database as Db } from 'better-sqlite3';
import type { z } from 'zod';
import type { findingNoteSchema, newNoteSchema, noteHitSchema } from '../contract/annotations';
import { AppError } from '../contract/errors';
import { readAnchor, ANCHOR_COLUMNS, anchorOf, type AnchorRow } from './anchor-read';
import { searchNotes } from './search';

/** A note as the library returns it. */
export type NoteRow = z.infer<typeof findingNoteSchema>;
/** A new note. */
export type NewNote = z.infer<typeof newNoteSchema>;
/** A note found by search. */
export type NoteHitRow = z.infer<typeof noteHitSchema>;

type Stored = AnchorRow & {
  id: number;
  storyId: number;
  kind: NoteRow['kind'];
  otherVersionId: number | null;
  body: string;
  createdAt: string;
  updatedAt: string;
};

const COLUMNS = `n.id, n.story_id AS storyId, n.finding AS kind, n.other_version_id AS otherVersionId,
  n.body, n.created_at AS createdAt, n.updated_at AS updatedAt, ${ANCHOR_COLUMNS('n')}`;

const toNote = ({
  id,
  storyId,
  kind,
  otherVersionId,
  body,
  createdAt,
  updatedAt,
  ...a
}: Stored): NoteRow => ({
  id,
  storyId,
  kind,
  anchor: anchorOf(a),
  otherVersionId,
  body,
  createdAt,
  updatedAt,
});

/** The store of notes on findings. */
export class NoteStore {
  constructor(private readonly db: Db) {}

  /** A story's notes, oldest first. */
  list(storyId: number): NoteRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM finding_notes n WHERE n.story_id = ? ORDER BY n.created_at, n.id`,
      )
      .all(storyId) as Stored[];
    return rows.map(toNote);
  }

  /** One note; throws not_found. */
  get(id: number): NoteRow {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM finding_notes n WHERE n.id = ?`).get(id);
    if (!row) throw new AppError('not_found', 'That note is no longer in the library.');
    return toNote(row as Stored);
  }

  /** Writes a note on words of a version; the story is the version's. */
  create(input: NewNote): NoteRow {
    const a = readAnchor(this.db, input.anchor);
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO finding_notes (story_id, version_id, other_version_id, finding, content_hash,
           anchor_start, anchor_end, anchor_text, context_before, context_after, body,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.storyId,
        a.versionId,
        input.otherVersionId ?? null,
        input.kind,
        a.hash,
        a.start,
        a.end,
        a.text,
        a.before,
        a.after,
        input.body.trim(),
        now,
        now,
      );
    return this.get(Number(info.lastInsertRowid));
  }

  /** Replaces a note's text. */
  update(id: number, body: string): NoteRow {
    this.get(id);
    this.db
      .prepare('UPDATE finding_notes SET body = ?, updated_at = ? WHERE id = ?')
      .run(body.trim(), new Date().toISOString(), id);
    return this.get(id);
  }

  /** Deletes a note. */
  delete(id: number): void {
    this.get(id);
    this.db.prepare('DELETE FROM finding_notes WHERE id = ?').run(id);
  }

  /** Full-text search over notes and the words they are on (db/search.ts). */
  search(q: string, limit: number): NoteHitRow[] {
    return searchNotes(this.db, q, limit);
  }
}
