import { z } from 'zod';
import { annotationMethods } from './annotation-methods';
import { bulkImportMethods } from './bulk-import-methods';
import { groupingMethods } from './grouping-methods';
import { collectionMethods } from './collection-methods';
import { settingsMethods } from './settings-methods';
import { outletMethods } from './outlet-methods';
import { noteHitSchema } from './annotations';
import {
  cacheKeySchema,
  cachedComparisonSchema,
  exportFormatSchema,
  exportScopeSchema,
  idSchema,
  importItemSchema,
  importResultSchema,
  importTargetSchema,
  pickedFileSchema,
  searchHitSchema,
  storyDetailSchema,
  storyListQuerySchema,
  storyListSchema,
  storySummarySchema,
  versionMetaSchema,
  versionSchema,
  versionSummarySchema,
} from './schemas';

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

/**
 * The API between the UI (or CLI) and the backend: one table of `noun.verb` methods, each with
 * a zod input and output schema. Both transports (Electron IPC, browser-mode HTTP) go through
 * one dispatch function that parses the input and the output against these schemas.
 */
export const methods = {
  'library.info': {
    input: empty,
    output: z.object({
      path: z.string(),
      schemaVersion: z.number().int(),
      appVersion: z.string(),
      shell: z.enum(['electron', 'browser', 'cli']),
    }),
  },
  /** Integrity check of the open library (quick, or full with `full`), and its backups. */
  'library.check': {
    input: z.object({ full: z.boolean().optional() }).strict(),
    output: z.object({
      ok: z.boolean(),
      full: z.boolean(),
      /** SQLite's findings, empty when ok. */
      problems: z.array(z.string()),
      /** The result in plain words. */
      summary: z.string(),
      ms: z.number(),
      backups: z.array(
        z.object({ takenAt: z.string(), kind: z.enum(['daily', 'before-migration']) }),
      ),
    }),
  },
  /**
   * The story list, or one page of it (issue 12: the sidebar asks for pages as it scrolls), in
   * the order the person chose (default: last update). Without `limit`, every story from
   * `offset` on, as before paging existed. `total` counts the whole library.
   */
  'stories.list': { input: storyListQuerySchema, output: storyListSchema },
  'stories.get': { input: z.object({ id: idSchema }).strict(), output: storyDetailSchema },
  'stories.create': {
    input: z.object({ title: z.string().trim().min(1).max(500) }).strict(),
    output: storySummarySchema,
  },
  'stories.rename': {
    input: z.object({ id: idSchema, title: z.string().trim().min(1).max(500) }).strict(),
    output: storySummarySchema,
  },
  'stories.update': {
    input: z
      .object({
        id: idSchema,
        notes: z.string().max(100_000).nullable().optional(),
        baseVersionId: idSchema.nullable().optional(),
      })
      .strict(),
    output: storySummarySchema,
  },
  'stories.delete': { input: z.object({ id: idSchema }).strict(), output: ok },
  'versions.get': { input: z.object({ id: idSchema }).strict(), output: versionSchema },
  'versions.import': {
    input: z.object({ target: importTargetSchema, item: importItemSchema }).strict(),
    output: importResultSchema,
  },
  'versions.update': {
    input: z.object({ id: idSchema, meta: versionMetaSchema }).strict(),
    output: versionSummarySchema,
  },
  'versions.move': {
    input: z.object({ id: idSchema, storyId: idSchema }).strict(),
    output: versionSummarySchema,
  },
  'versions.delete': { input: z.object({ id: idSchema }).strict(), output: ok },
  'search.query': {
    input: z.object({ q: z.string().trim().min(1).max(500) }).strict(),
    /** `notes`: notes on findings that match (absent from an older backend). */
    output: z.object({ hits: z.array(searchHitSchema), notes: z.array(noteHitSchema).optional() }),
  },
  'comparisons.get': {
    input: z.object({ key: cacheKeySchema }).strict(),
    output: z.object({ comparison: cachedComparisonSchema.nullable() }),
  },
  'comparisons.put': {
    input: z
      .object({
        key: cacheKeySchema,
        comparison: cachedComparisonSchema,
        /** Content hashes of the compared versions, so the entry goes when they do. */
        contentHashes: z
          .array(z.string().regex(/^[0-9a-f]{64}$/))
          .max(1000)
          .optional(),
      })
      .strict(),
    output: ok,
  },
  /**
   * An export as text, for the browser's download (and its print, for a PDF): JSON, CSV or the
   * HTML report, with the file name to offer. `bom` starts a CSV with a byte-order mark.
   */
  'exports.content': {
    input: z
      .object({
        scope: exportScopeSchema,
        format: exportFormatSchema.exclude(['pdf']),
        bom: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      filename: z.string(),
      mime: z.string(),
      text: z.string(),
      summary: z.string(),
    }),
  },
  /**
   * Desktop only: asks where to save with the native dialog, then writes the export there (a
   * PDF is the HTML report printed by the shell). `path` is null when the person cancelled.
   */
  'exports.save': {
    input: z
      .object({ scope: exportScopeSchema, format: exportFormatSchema, bom: z.boolean().optional() })
      .strict(),
    output: z.object({ path: z.string().nullable(), summary: z.string() }),
  },
  ...annotationMethods,
  ...bulkImportMethods,
  ...groupingMethods,
  ...collectionMethods,
  ...settingsMethods,
  ...outletMethods,
  'dialog.openFiles': {
    input: empty,
    output: z.object({ files: z.array(pickedFileSchema) }),
  },
} as const;

/** A contract method name, e.g. `stories.list`. */
export type MethodName = keyof typeof methods;
/** The input type of a method. */
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
/** The parsed input type of a method, as handlers receive it. */
export type ParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
/** The output type of a method. */
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;

/** All method names, for allowlists (preload, HTTP router). */
export const methodNames = Object.keys(methods) as MethodName[];

/** True when `name` is a contract method. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
