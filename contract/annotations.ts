// Notes on findings and corrections of findings (issue 10): the shapes that cross the API.
// Both are anchored to words of a version's text (engine/overrides/anchor.ts). The client
// names only the version and the offsets; the backend reads the words, the context and the
// content hash from the library itself, so a stored anchor always quotes the real text.
import { z } from 'zod';
import { idSchema } from './schemas';

/** What a note can be about. */
export const findingKindSchema = z.enum(['paragraph', 'word change', 'attribution', 'quote']);

/** An attribution's status, as corrections set it. */
export const attributionStatusSchema = z.enum(['kept', 'added', 'dropped', 'changed']);

/** What a correction does (engine/overrides/apply.ts). */
export const correctionKindSchema = z.enum([
  'not-attribution',
  'attribution-status',
  'add-attribution',
  'link',
  'unlink',
]);

/** Words of a version, as the client names them: UTF-16 offsets, end exclusive. */
export const anchorInputSchema = z
  .object({
    versionId: idSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((a) => a.end > a.start, 'An anchor needs at least one character.');

/** A stored anchor: the version (null once deleted), its content hash, offsets, words, context. */
export const anchorSchema = z.object({
  versionId: idSchema.nullable(),
  hash: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  before: z.string(),
  after: z.string(),
});

/** The longest note, in characters. */
export const MAX_NOTE_CHARS = 20_000;

/** A note on a finding. */
export const findingNoteSchema = z.object({
  id: idSchema,
  storyId: idSchema,
  kind: findingKindSchema,
  anchor: anchorSchema,
  /** The pair's other version when it was written (null: any pair of its version). */
  otherVersionId: idSchema.nullable(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A correction of the engine's output. */
export const correctionSchema = z.object({
  id: idSchema,
  storyId: idSchema,
  kind: correctionKindSchema,
  status: attributionStatusSchema.nullable(),
  anchor: anchorSchema,
  /** For link and unlink, the other paragraph. */
  other: anchorSchema.nullable(),
  /** The pair's other version: the correction applies to that pair. */
  otherVersionId: idSchema.nullable(),
  createdAt: z.string(),
});

/** A note found by the full-text search: a note on a finding, or a story's own notes. */
export const noteHitSchema = z.object({
  /** The note on a finding; null for the story's own notes. */
  noteId: idSchema.nullable(),
  storyId: idSchema,
  storyTitle: z.string(),
  versionId: idSchema.nullable(),
  kind: z.union([findingKindSchema, z.literal('story')]),
  /** The note with the matches marked (MARK_START / MARK_END, as version snippets). */
  snippet: z.string(),
  /** The words the note is anchored to (empty for a story's notes). */
  anchorText: z.string(),
});

/** Input of notes.create. */
export const newNoteSchema = z
  .object({
    kind: findingKindSchema,
    anchor: anchorInputSchema,
    otherVersionId: idSchema.nullable().optional(),
    body: z.string().trim().min(1, 'A note cannot be empty.').max(MAX_NOTE_CHARS),
  })
  .strict();

/** Input of corrections.create. */
export const newCorrectionSchema = z
  .object({
    kind: correctionKindSchema,
    status: attributionStatusSchema.nullable().optional(),
    anchor: anchorInputSchema,
    other: anchorInputSchema.nullable().optional(),
    otherVersionId: idSchema.nullable().optional(),
  })
  .strict();
