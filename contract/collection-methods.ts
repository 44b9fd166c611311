// The API of "Find other versions of this article" (issue 12, item 3), spread into
// contract/methods.ts: the library's near-duplicate index finds copies of one version (or the
// versions it copies) in other stories, verified by the engine's derivation; each can then be
// added to the version's story with one call.
import { z } from 'zod';
import { idSchema, versionSummarySchema } from './schemas';

const share = z.number().min(0).max(1);

/** A copy found elsewhere in the library, and how it relates to the version asked about. */
export const foundVersionSchema = z.object({
  versionId: idSchema,
  storyId: idSchema,
  storyTitle: z.string(),
  /** Versions in its story now (1: an unsorted article). */
  storyVersions: z.number().int().nonnegative(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  /** Share of the found version's wording that is in the version asked about. */
  inQuery: share,
  /** Share of the asked version's wording that is in the found one. */
  queryIn: share,
  /** The engine's derivation label, the stronger way: the found version is a copy, or copied. */
  derivation: z.enum(['wholly', 'partially']),
  /** `copies-query`: the found version is derived from the asked one; `copied-by-query`: the other way. */
  direction: z.enum(['copies-query', 'copied-by-query', 'both']),
  /** The derivation score of the stronger way (0..1): the ranking. */
  score: share,
});

/** Methods of finding versions. */
export const collectionMethods = {
  /**
   * Copies of version `id` in other stories, or versions it copies, best first. `candidates`
   * says how many shared a band of the index; `verified` how many of those were read and
   * checked with the engine (the closest ones, at most ten).
   */
  'versions.findOthers': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({
      versions: z.array(foundVersionSchema),
      candidates: z.number().int().nonnegative(),
      verified: z.number().int().nonnegative(),
    }),
  },
  /**
   * Moves version `id` into story `storyId` (as versions.move), then deletes the story it
   * left when that story is now empty and holds no notes or corrections; `keptStory` names
   * an emptied story kept for its notes.
   */
  'versions.addToStory': {
    input: z.object({ id: idSchema, storyId: idSchema }).strict(),
    output: z.object({
      version: versionSummarySchema,
      removedStory: idSchema.nullable(),
      keptStory: z.object({ id: idSchema, title: z.string() }).nullable(),
    }),
  },
} as const;
