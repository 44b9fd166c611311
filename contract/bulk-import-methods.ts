// The API of bulk import (issue 12), spread into contract/methods.ts. An import runs in the
// background: `imports.start` returns at once with its id; the UI polls `imports.status` for
// progress (and, at the end, the summary) and may call `imports.cancel` at any time. Each
// written batch also sends `library:changed`, so lists refresh as articles arrive.
import { z } from 'zod';

const jobId = z.string().regex(/^[0-9a-z-]{1,64}$/);
/** A folder grant: 128 random bits in hex (backend/bulk/grants.ts). */
const folderGrant = z.string().regex(/^[0-9a-f]{32}$/);

/** Where a bulk import is: counts, rate and time left. */
export const bulkProgressSchema = z.object({
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  processed: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  notImported: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  elapsedMs: z.number(),
  /** Entries (imported or not) per second so far. */
  perSecond: z.number(),
  /** Estimated from the bytes read so far; null before any, and once stopped. */
  secondsLeft: z.number().nullable(),
  /** Why the import stopped, when `state` is 'failed'. */
  error: z.string().nullable(),
});

/** One line of a bulk import's summary. */
export const bulkRecordSchema = z.object({
  source: z.string(),
  outcome: z.enum(['imported', 'duplicate', 'not imported']),
  reason: z.string(),
  storyId: z.number().int().nullable(),
  storyTitle: z.string().nullable(),
  versionNumber: z.number().int().nullable(),
});

/** Methods of bulk import. */
export const bulkImportMethods = {
  /**
   * Starts importing paths on the backend's machine: folders (recursively: .txt, .md, .html,
   * .htm), .csv and .jsonl files with named columns, .urls files and http(s) addresses.
   * `story` puts articles without a story column into that story (created when missing).
   */
  'imports.start': {
    input: z
      .object({
        paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000).optional(),
        /** Instead of paths: a folder chosen in the desktop app's dialog (`dialog.openFolder`). */
        grant: folderGrant.optional(),
        story: z.string().trim().min(1).max(500).optional(),
      })
      .strict()
      .refine((x) => (x.paths === undefined) !== (x.grant === undefined), {
        message: 'Give the paths to import, or a folder chosen in the dialog, not both.',
      }),
    output: z.object({ jobId }),
  },
  /**
   * Desktop only: the native folder dialog, in the main process. The renderer gets an opaque
   * grant for the chosen folder (good once, for a while) to pass to `imports.start`, never a
   * path it could have named itself; `name` is the folder's name, to show. Null when cancelled.
   */
  'dialog.openFolder': {
    input: z.object({}).strict(),
    output: z.object({ grant: folderGrant.nullable(), name: z.string().nullable() }),
  },
  /** Progress; with `summary`, the records so far and the summary as CSV text. */
  'imports.status': {
    input: z.object({ jobId, summary: z.boolean().optional() }).strict(),
    output: z.object({
      progress: bulkProgressSchema,
      records: z.array(bulkRecordSchema).optional(),
      csv: z.string().optional(),
    }),
  },
  /** Asks an import to stop; what was written stays. */
  'imports.cancel': {
    input: z.object({ jobId }).strict(),
    output: z.object({ progress: bulkProgressSchema }),
  },
} as const;
