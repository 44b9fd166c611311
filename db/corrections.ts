// Corrections of findings (table made by migrations/0004-notes-corrections.ts), exposed as
// `library.corrections`. A correction is an override on top of the engine's output, applied
// by engine/overrides/apply.ts; this file only stores it. Removing one is the undo.
import type { Database as Db } from 'better-sqlite3';
import type { z } from 'zod';
import type { correctionSchema, newCorrectionSchema } from '../contract/annotations';
import { AppError } from '../contract/errors';
import { ANCHOR_COLUMNS, anchorOf, readAnchor, type AnchorRow } from './anchor-read';

/** A correction as the library returns it. */
export type CorrectionRow = z.infer<typeof correctionSchema>;
/** A new correction. */
export type NewCorrection = z.infer<typeof newCorrectionSchema>;

type Stored = AnchorRow & {
  id: number;
  storyId: number;
  kind: CorrectionRow['kind'];
  status: CorrectionRow['status'];
  otherVersionId: number | null;
  createdAt: string;
  oHash: string | null;
  oStart: number | null;
  oEnd: number | null;
  oText: string | null;
  oBefore: string | null;
  oAfter: string | null;
};

const COLUMNS = `k.id, k.story_id AS storyId, k.kind, k.status, k.other_version_id AS otherVersionId,
  k.created_at AS createdAt, ${ANCHOR_COLUMNS('k')}, k.other_content_hash AS oHash,
  k.other_start AS oStart, k.other_end AS oEnd, k.other_text AS oText,
  k.other_before AS oBefore, k.other_after AS oAfter`;

function toCorrection(r: Stored): CorrectionRow {
  const other =
    r.oHash !== null && r.oStart !== null && r.oEnd !== null
      ? {
          versionId: r.otherVersionId,
          hash: r.oHash,
          start: r.oStart,
          end: r.oEnd,
          text: r.oText ?? '',
          before: r.oBefore ?? '',
          after: r.oAfter ?? '',
        }
      : null;
  return {
    id: r.id,
    storyId: r.storyId,
    kind: r.kind,
    status: r.status,
    anchor: anchorOf(r),
    other,
    otherVersionId: r.otherVersionId,
    createdAt: r.createdAt,
  };
}

/** What each kind needs besides its anchor, in words for the person. */
function check(input: NewCorrection): void {
  const paragraphs = input.kind === 'link' || input.kind === 'unlink';
  if (paragraphs && !input.other) {
    throw new AppError(
      'bad_input',
      'Linking or unlinking needs two paragraphs, one of each version.',
    );
  }
  if (input.kind === 'attribution-status' && !input.status) {
    throw new AppError('bad_input', 'Say what the attribution’s status should be.');
  }
  if (!paragraphs && !input.otherVersionId) {
    throw new AppError('bad_input', 'Say which pair of versions this correction is about.');
  }
}

/** The store of corrections. */
export class CorrectionStore {
  constructor(private readonly db: Db) {}

  /** A story's corrections, in the order they were made (the order they are applied in). */
  list(storyId: number): CorrectionRow[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM corrections k WHERE k.story_id = ? ORDER BY k.id`)
      .all(storyId) as Stored[];
    return rows.map(toCorrection);
  }

  /** One correction; throws not_found. */
  get(id: number): CorrectionRow {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM corrections k WHERE k.id = ?`).get(id);
    if (!row) throw new AppError('not_found', 'That correction is no longer in the library.');
    return toCorrection(row as Stored);
  }

  /** Stores a correction; both anchors must be words of versions of one story. */
  create(input: NewCorrection): CorrectionRow {
    check(input);
    const a = readAnchor(this.db, input.anchor);
    const o = input.other ? readAnchor(this.db, input.other) : null;
    if (o && o.storyId !== a.storyId) {
      throw new AppError('bad_input', 'Both paragraphs must belong to the same story.');
    }
    const info = this.db
      .prepare(
        `INSERT INTO corrections (story_id, kind, status, version_id, other_version_id,
           content_hash, anchor_start, anchor_end, anchor_text, context_before, context_after,
           other_content_hash, other_start, other_end, other_text, other_before, other_after,
           created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.storyId,
        input.kind,
        input.status ?? null,
        a.versionId,
        o?.versionId ?? input.otherVersionId ?? null,
        a.hash,
        a.start,
        a.end,
        a.text,
        a.before,
        a.after,
        o?.hash ?? null,
        o?.start ?? null,
        o?.end ?? null,
        o?.text ?? null,
        o?.before ?? null,
        o?.after ?? null,
        new Date().toISOString(),
      );
    return this.get(Number(info.lastInsertRowid));
  }

  /** Removes a correction (the undo): the engine's finding shows again. */
  delete(id: number): void {
    this.get(id);
    this.db.prepare('DELETE FROM corrections WHERE id = ?').run(id);
  }
}
