// The API of "Group my unsorted articles" and its review (issue 12, items 3 and 6), spread into
// contract/methods.ts. Proposals come from the near-duplicate grouping (`grouping.propose`) or
// from passim's clusters (`retold import --passim-clusters`); both are kept in the library
// until the person accepts, splits, merges or dismisses them. Nothing moves before `accept`.
import { z } from 'zod';
import { idSchema } from './schemas';

/** Why a version is presumed to be the original of a proposal. */
export const originalReasonSchema = z.object({
  kind: z.enum(['earliest-date', 'containment', 'agency-credit', 'passim']),
  /** The reason in words a reader can check. */
  text: z.string(),
});

/** How a version relates to the presumed original (all null for the original itself). */
const relationFields = {
  /** Share of this version's wording found in the original (0..1). */
  containedInOriginal: z.number().min(0).max(1).nullable(),
  /** Share of the original's wording found in this version (0..1). */
  containsOriginal: z.number().min(0).max(1).nullable(),
  /** The engine's derivation label of this version against the original. */
  derivation: z.enum(['wholly', 'partially', 'none']).nullable(),
};

/** One article of a pending proposal, with what the review screen shows of it. */
export const proposalMemberSchema = z.object({
  versionId: idSchema,
  /** The one-version story the article is in now (it moves only on accept). */
  storyId: idSchema,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  isOriginal: z.boolean(),
  ...relationFields,
});

/** A pending story proposal. */
export const proposalSchema = z.object({
  id: idSchema,
  title: z.string(),
  source: z.enum(['near-duplicates', 'passim']),
  originalId: idSchema,
  reasons: z.array(originalReasonSchema),
  /** The presumed original first, then the others by date. */
  members: z.array(proposalMemberSchema),
  createdAt: z.string(),
});

/** What the last read cleaned out: articles moved or deleted since they were proposed. */
const cleanedSchema = z.object({ proposals: z.number().int(), members: z.number().int() });

const groupingJobId = z.string().regex(/^[0-9a-z-]{1,64}$/);

/** Where a grouping run is: articles examined of all, the stage, rate and time left. */
export const groupingProgressSchema = z.object({
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Reading the near-duplicate index, comparing candidate texts, storing the proposals. */
  stage: z.enum(['candidates', 'verifying', 'storing', 'ended']),
  articlesDone: z.number().int().nonnegative(),
  /** The unsorted articles examined in all; null until they are counted. */
  articles: z.number().int().nonnegative().nullable(),
  /** Groups of similar articles compared so far, of all. */
  groupsDone: z.number().int().nonnegative(),
  groups: z.number().int().nonnegative().nullable(),
  elapsedMs: z.number(),
  /** Articles examined per second so far. */
  perSecond: z.number(),
  /** Estimated from the comparing so far; null before it and once stopped. */
  secondsLeft: z.number().nullable(),
  /** Why the run stopped, when `state` is 'failed'. */
  error: z.string().nullable(),
});

/** What a finished run stored. */
export const groupingResultSchema = z.object({
  proposals: z.number().int(),
  articles: z.number().int(),
  /** Articles left out because another pending proposal (from passim) holds them. */
  skipped: z.number().int(),
  ms: z.number(),
});

/** Methods of grouping and proposal review. */
export const groupingMethods = {
  /**
   * Starts proposing stories for every unsorted article (one alone in its story), in the
   * background, and returns at once with the job's id; `grouping.status` follows it. At the
   * end the proposals are stored for review, in one transaction, replacing earlier pending
   * proposals of the grouping (passim's are kept). While a run is going, this returns its id.
   */
  'grouping.propose': {
    input: z.object({}).strict(),
    output: z.object({ jobId: groupingJobId }),
  },
  /** Where a run is; once it is done, what it stored (`result`). */
  'grouping.status': {
    input: z.object({ jobId: groupingJobId }).strict(),
    output: z.object({ progress: groupingProgressSchema, result: groupingResultSchema.nullable() }),
  },
  /** Stops a run at its next pause; nothing of it is stored, earlier proposals stay. */
  'grouping.cancel': {
    input: z.object({ jobId: groupingJobId }).strict(),
    output: z.object({ progress: groupingProgressSchema }),
  },
  /** Pending proposals, largest first; stale members are cleaned out first. */
  'grouping.list': {
    input: z
      .object({
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    output: z.object({
      proposals: z.array(proposalSchema),
      total: z.number().int(),
      cleaned: cleanedSchema,
      /**
       * Why "Accept all" is not offered, or null when it is safe: every pending article is
       * wholly derived from its proposal's original.
       */
      acceptAllBlocked: z.string().nullable(),
    }),
  },
  /**
   * Makes the proposal a story: the original's story takes the proposal's title (or `title`),
   * the other articles move into it and the original becomes its base. Emptied stories are
   * deleted unless they hold notes; those are kept and listed.
   */
  'grouping.accept': {
    input: z.object({ id: idSchema, title: z.string().trim().min(1).max(500).optional() }).strict(),
    output: z.object({
      storyId: idSchema,
      moved: z.number().int(),
      keptStories: z.array(z.object({ id: idSchema, title: z.string() })),
    }),
  },
  /** Accepts every pending proposal, when `grouping.list` says it is safe. */
  'grouping.acceptAll': {
    input: z.object({}).strict(),
    output: z.object({ stories: z.number().int(), moved: z.number().int() }),
  },
  /**
   * Takes `versionIds` out of a proposal: into a new proposal of their own ('new-proposal', two
   * or more), or back to the unsorted articles ('unsorted'). A proposal left with one article
   * is dissolved.
   */
  'grouping.split': {
    input: z
      .object({
        id: idSchema,
        versionIds: z.array(idSchema).min(1).max(10_000),
        to: z.enum(['new-proposal', 'unsorted']),
      })
      .strict(),
    output: z.object({ kept: idSchema.nullable(), created: idSchema.nullable() }),
  },
  /** Merges proposal `otherId` into `id`; the original is chosen again over all the articles. */
  'grouping.merge': {
    input: z.object({ id: idSchema, otherId: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  },
  /** Drops a proposal; its articles stay unsorted. */
  'grouping.dismiss': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
} as const;
