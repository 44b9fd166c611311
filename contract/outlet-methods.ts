// The API of the library as data (issue 12, item 5): findings summed by outlet across every
// story, spread into contract/methods.ts. Each story with two versions or more is compared
// (through the comparison cache), and what each non-base version did to the base is kept as one
// row per version in the library (db/outlet-summaries.ts), so the totals are a query, not a
// recomputation. `outlets.refresh` brings those rows up to date a slice at a time and says how
// many stories are left, so the UI can show progress and a large library never blocks the
// backend for long; `outlets.summary` sums what is there.
import { z } from 'zod';
import { OUTLET_MEASURES } from './outlet-measures';
import { idSchema } from './schemas';

export { OUTLET_MEASURES, OUTLET_MEASURE_WORDS, type OutletMeasure } from './outlet-measures';

/** A measure or the similarity, for sorting and drilling down. */
export const outletMeasureSchema = z.enum(OUTLET_MEASURES);

/** One outlet's totals. `counts[m]` is how many of its reprints show measure m. */
export const outletRowSchema = z.object({
  /** The outlet as written on its versions (first spelling seen); '' for versions with none. */
  outlet: z.string(),
  /** Stories in which this outlet has a reprint. */
  stories: z.number().int(),
  /** Its reprints: non-base versions compared with their story's base. */
  reprints: z.number().int(),
  counts: z.record(outletMeasureSchema, z.number().int()),
  /** Median similarity to the base (0–1) over its reprints. */
  medianSimilarity: z.number(),
});

/** How far the per-story summaries are. */
export const outletProgressSchema = z.object({
  /** Stories with two versions or more. */
  total: z.number().int(),
  /** Of those, how many still need a comparison (new, changed or never summarised). */
  pending: z.number().int(),
});

/** One reprint behind a bar: which story and version, and what it did. */
export const outletReprintSchema = z.object({
  storyId: idSchema,
  storyTitle: z.string(),
  /** The version's number (#n) and its base's. */
  version: z.number().int(),
  baseVersion: z.number().int(),
  similarity: z.number(),
  counts: z.record(outletMeasureSchema, z.number().int()),
});

/** Methods of the outlets view. */
export const outletMethods = {
  /**
   * Summarises stories that are new or changed since their last summary, for at most about
   * `budgetMs` (a story is never cut in half), and says how many are left.
   */
  'outlets.refresh': {
    input: z.object({ budgetMs: z.number().int().min(1).max(60_000).optional() }).strict(),
    output: outletProgressSchema,
  },
  /** The totals per outlet from the summaries as they are (call refresh until nothing is pending). */
  'outlets.summary': {
    input: z.object({}).strict(),
    output: z.object({ outlets: z.array(outletRowSchema), progress: outletProgressSchema }),
  },
  /** The reprints of one outlet, optionally only those that show `measure`. */
  'outlets.reprints': {
    input: z
      .object({ outlet: z.string().max(500), measure: outletMeasureSchema.optional() })
      .strict(),
    output: z.object({ reprints: z.array(outletReprintSchema) }),
  },
  /** The totals as CSV (the CLI's `export --outlets`), with the file name to offer. */
  'outlets.csv': {
    input: z.object({ bom: z.boolean().optional() }).strict(),
    output: z.object({ filename: z.string(), text: z.string() }),
  },
} as const;
