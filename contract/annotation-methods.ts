// The API of notes on findings and corrections (issue 10), spread into contract/methods.ts.
import { z } from 'zod';
import {
  correctionSchema,
  findingNoteSchema,
  MAX_NOTE_CHARS,
  newCorrectionSchema,
  newNoteSchema,
} from './annotations';
import { idSchema } from './schemas';

const ok = z.object({ ok: z.literal(true) });
const byStory = z.object({ storyId: idSchema }).strict();
const byId = z.object({ id: idSchema }).strict();

/** Methods of notes and corrections. */
export const annotationMethods = {
  /** A story's notes on findings, oldest first (detached ones too: a note is never lost). */
  'notes.list': { input: byStory, output: z.object({ notes: z.array(findingNoteSchema) }) },
  /** Writes a note on words of a version; the backend reads the words from the library. */
  'notes.create': { input: newNoteSchema, output: findingNoteSchema },
  'notes.update': {
    input: z
      .object({
        id: idSchema,
        body: z.string().trim().min(1, 'A note cannot be empty.').max(MAX_NOTE_CHARS),
      })
      .strict(),
    output: findingNoteSchema,
  },
  'notes.delete': { input: byId, output: ok },
  /** A story's corrections, in the order they are applied. */
  'corrections.list': {
    input: byStory,
    output: z.object({ corrections: z.array(correctionSchema) }),
  },
  'corrections.create': { input: newCorrectionSchema, output: correctionSchema },
  /** Removes a correction (the undo). */
  'corrections.delete': { input: byId, output: ok },
} as const;
