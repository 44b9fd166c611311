// Anchors read from the library: the client names a version and offsets, and the words, the
// context and the content hash are taken from the stored text (engine/overrides/anchor.ts), so
// an anchor always quotes the evidence exactly. Shared by notes.ts and corrections.ts.
import type { Database as Db } from 'better-sqlite3';
import type { z } from 'zod';
import type { anchorSchema } from '../contract/annotations';
import { AppError } from '../contract/errors';
import { anchorAt } from '../engine/overrides/anchor';

/** A stored anchor. */
export type AnchorData = z.infer<typeof anchorSchema>;

/** The anchor columns as selected by ANCHOR_COLUMNS. */
export interface AnchorRow {
  versionId: number | null;
  hash: string;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

/** The select list of a table's anchor columns (aliased `t`). */
export const ANCHOR_COLUMNS = (t: string): string =>
  `${t}.version_id AS versionId, ${t}.content_hash AS hash, ${t}.anchor_start AS start,
   ${t}.anchor_end AS "end", ${t}.anchor_text AS text, ${t}.context_before AS before,
   ${t}.context_after AS after`;

/** The anchor of a row. */
export const anchorOf = (r: AnchorRow): AnchorData => ({
  versionId: r.versionId,
  hash: r.hash,
  start: r.start,
  end: r.end,
  text: r.text,
  before: r.before,
  after: r.after,
});

/** Reads the anchor of `start`–`end` in a version's text, with the version's story. */
export function readAnchor(
  db: Db,
  at: { versionId: number; start: number; end: number },
): AnchorData & { versionId: number; storyId: number } {
  const v = db
    .prepare('SELECT story_id AS storyId, content_hash AS hash, text FROM versions WHERE id = ?')
    .get(at.versionId) as { storyId: number; hash: string; text: string } | undefined;
  if (!v) throw new AppError('not_found', `There is no version #${at.versionId} in the library.`);
  if (at.end > v.text.length || at.start >= at.end) {
    throw new AppError(
      'bad_input',
      'Those words are not in this version’s text; nothing was saved.',
    );
  }
  const a = anchorAt(v.text, v.hash, at.start, at.end);
  return { ...a, versionId: at.versionId, storyId: v.storyId };
}
