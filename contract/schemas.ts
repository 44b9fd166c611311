import { z } from 'zod';
import { fetchEvidenceSchema } from './fetch-evidence';

/** How a version arrived in the library. */
export const sourceKindSchema = z.enum(['paste', 'file', 'url', 'bulk', 'demo']);

/** A library id (SQLite rowid). */
export const idSchema = z.number().int().positive();

/** Optional metadata text: trimmed by the backend; empty means "not known". */
const optionalText = z.string().max(2000).nullable().optional();

/** A story as listed in the sidebar. */
export const storySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  notes: z.string().nullable(),
  baseVersionId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versionCount: z.number().int().nonnegative(),
});

/** The orders the story list offers: last update (newest first), title, number of versions. */
export const storySortSchema = z.enum(['updated', 'title', 'versions']);

/** Which page of the story list to send, in which order. */
export const storyListQuerySchema = z
  .object({
    sort: storySortSchema.optional(),
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

/** A page of the story list, with what the sidebar shows of the whole library. */
export const storyListSchema = z.object({
  stories: z.array(storySummarySchema),
  /** Stories in the library (all pages). */
  total: z.number().int().nonnegative(),
  /** The most recently updated story, which the app opens when the address names none. */
  newestId: idSchema.nullable(),
  /** Whether any story has two versions or more (something to compare and export). */
  anyComparable: z.boolean(),
});

/** A version without its text and bytes, as listed on a story page. */
export const versionSummarySchema = z.object({
  id: idSchema,
  storyId: idSchema,
  /**
   * The version's number within its story, as people cite it ("#3"): 1-based in import order,
   * kept when other versions are deleted and never reused; a version moved to another story
   * takes the next number there. Distinct from `id`, which counts across the whole library.
   */
  number: z.number().int().positive(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  sourceKind: sourceKindSchema,
  sourceName: z.string().nullable(),
  encoding: z.string(),
  contentHash: z.string(),
  importedAt: z.string(),
  wordCount: z.number().int().nonnegative(),
});

/**
 * A version with its extracted text, and for a page imported from the web the evidence of its
 * fetch (null otherwise; absent from an older backend).
 */
export const versionSchema = versionSummarySchema.extend({
  text: z.string(),
  fetch: fetchEvidenceSchema.nullable().optional(),
});

/** A story with its versions. */
export const storyDetailSchema = storySummarySchema.extend({
  versions: z.array(versionSummarySchema),
});

/** Editable metadata of a version; omitted fields stay as they are, null clears. */
export const versionMetaSchema = z.object({
  outlet: optionalText,
  url: optionalText,
  title: optionalText,
  byline: optionalText,
  published: optionalText,
});

/** Where an import goes: an existing story, or a new one with this title. */
export const importTargetSchema = z.union([
  z.object({ storyId: idSchema }),
  z.object({ newStoryTitle: z.string().trim().min(1).max(500) }),
]);

/** One article to import: pasted text, or a file's bytes (base64) with its name. */
export const importItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paste'),
    text: z.string().max(30_000_000),
    meta: versionMetaSchema.optional(),
  }),
  z.object({
    kind: z.literal('file'),
    name: z.string().min(1).max(1000),
    dataBase64: z.string().max(40_000_000),
    meta: versionMetaSchema.optional(),
  }),
]);

/** What an import did: a new version, or the same text was already in the story. */
export const importResultSchema = z.object({
  outcome: z.enum(['imported', 'duplicate']),
  storyId: idSchema,
  version: versionSummarySchema,
  /** Sentences for the person about a new version (an extraction that may have missed text). */
  warnings: z.array(z.string()).optional(),
});

/** One search hit: the story and version, with a short snippet around the match. */
export const searchHitSchema = z.object({
  storyId: idSchema,
  storyTitle: z.string(),
  versionId: idSchema,
  versionTitle: z.string().nullable(),
  outlet: z.string().nullable(),
  /** The version's number within its story ("#3"), as the story page shows it. */
  versionNumber: z.number().int().positive().optional(),
  snippet: z.string(),
});

/** A file picked in the native dialog (Electron only). */
export const pickedFileSchema = z.object({ name: z.string(), dataBase64: z.string() });

/** A comparison cache key: a SHA-256 hex digest computed by the renderer. */
export const cacheKeySchema = z.string().regex(/^[0-9a-f]{64}$/, 'a cache key is 64 hex digits');

/** The comparison format this build writes and reads (contract/comparison.schema.json). */
export const COMPARISON_FORMAT = 'retold.comparison/2';

/**
 * A `retold.comparison/2` object as the cache sees it: opaque JSON whose only checked field is
 * its format (the engine's result is validated by the engine's own tests, not per call). An
 * entry of another format (a /1 object cached by an older Retold) is not one: the backend
 * answers it as a miss, so the app recomputes and replaces it.
 */
export const cachedComparisonSchema = z.looseObject({ format: z.literal(COMPARISON_FORMAT) });

/** The largest comparison the cache stores, as JSON characters. */
export const MAX_CACHED_COMPARISON_CHARS = 30_000_000;

/** What an export covers: one story (against its base, or another base), or the whole library. */
export const exportScopeSchema = z.union([
  z.object({ storyId: idSchema, baseVersionId: idSchema.optional() }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

/** Export formats; the whole library exports as CSV only (one row per finding). */
export const exportFormatSchema = z.enum(['json', 'csv', 'html', 'pdf']);
