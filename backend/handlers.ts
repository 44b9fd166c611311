import { AppError } from '../contract/errors';
import { MAX_CACHED_COMPARISON_CHARS, cachedComparisonSchema } from '../contract/schemas';
import type { MethodName, MethodOutput, ParsedInput } from '../contract/methods';
import { describeCheck, listBackups } from '../db';
import { annotationHandlers } from './annotation-handlers';
import { bulkImportHandlers } from './bulk/handlers';
import { groupingHandlers } from './collections/grouping-handlers';
import { findHandlers } from './collections/find-handlers';
import { outletHandlers } from './outlets/handlers';
import type { BackendContext } from './context';
import { exportHandlers } from './export-handlers';
import { settingsHandlers } from './settings-handlers';
import { importItem } from './import';

/** One handler per contract method. */
export type Handlers = {
  [M in MethodName]: (
    ctx: BackendContext,
    input: ParsedInput<M>,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const ok = { ok: true as const };

/** What a write changed: the stories whose rows changed, and the ones deleted. */
interface Change {
  stories?: number[];
  removed?: number[];
}

/** Tells the UIs what to refresh after a write (contract/events.ts `library:changed`). */
function changed<T>(ctx: BackendContext, reason: string, value: T, what: Change = {}): T {
  ctx.events.emit('library:changed', { reason, ...what });
  return value;
}

/** The story a version belongs to (read before a write that may move or delete it). */
const storyOf = (ctx: BackendContext, versionId: number): number =>
  ctx.library.getVersionSummary(versionId).storyId;

/** The backend's handlers over the library: transport-independent. */
export const handlers: Handlers = {
  'library.info': (ctx) => ({
    path: ctx.library.file,
    schemaVersion: ctx.library.schemaVersion,
    appVersion: ctx.appVersion,
    shell: ctx.shell,
  }),
  'library.check': (ctx, { full }) => {
    const result = ctx.library.check(full === true);
    const backups = listBackups(ctx.library.file).map(({ takenAt, kind }) => ({ takenAt, kind }));
    return { ...result, summary: describeCheck(result), backups };
  },
  'stories.list': (ctx, query) => ctx.library.listStoryPage(query),
  'stories.get': (ctx, { id }) => ({
    ...ctx.library.getStory(id),
    versions: ctx.library.listVersions(id),
  }),
  'stories.create': (ctx, { title }) => {
    const story = ctx.library.createStory(title);
    return changed(ctx, 'story', story, { stories: [story.id] });
  },
  'stories.rename': (ctx, { id, title }) =>
    changed(ctx, 'story', ctx.library.renameStory(id, title), { stories: [id] }),
  'stories.update': (ctx, { id, ...patch }) =>
    changed(ctx, 'story', ctx.library.updateStory(id, patch), { stories: [id] }),
  'stories.delete': (ctx, { id }) => {
    ctx.library.deleteStory(id);
    return changed(ctx, 'story', ok, { removed: [id] });
  },
  'versions.get': (ctx, { id }) => ({
    ...ctx.library.getVersion(id),
    fetch: ctx.library.getFetchEvidence(id),
  }),
  'versions.import': (ctx, { target, item }) => importItem(ctx, target, item),
  'versions.update': (ctx, { id, meta }) => {
    const v = ctx.library.updateVersion(id, meta);
    return changed(ctx, 'version', v, { stories: [v.storyId] });
  },
  'versions.move': (ctx, { id, storyId }) => {
    const from = storyOf(ctx, id);
    const v = ctx.library.moveVersion(id, storyId);
    return changed(ctx, 'version', v, { stories: from === storyId ? [from] : [from, storyId] });
  },
  'versions.delete': (ctx, { id }) => {
    const from = storyOf(ctx, id);
    ctx.library.deleteVersion(id);
    return changed(ctx, 'version', ok, { stories: [from] });
  },
  'search.query': (ctx, { q }) => ({
    hits: ctx.library.search(q),
    notes: ctx.library.notes.search(q, 50),
  }),
  'comparisons.get': (ctx, { key }) => {
    const json = ctx.library.getCachedComparison(key);
    if (json === null) return { comparison: null };
    try {
      // A damaged entry, or one of another format (a /1 object cached by an older Retold), is
      // a cache miss: the app recomputes it and replaces the entry.
      const parsed = cachedComparisonSchema.safeParse(JSON.parse(json));
      return { comparison: parsed.success ? parsed.data : null };
    } catch {
      return { comparison: null };
    }
  },
  'comparisons.put': (ctx, { key, comparison, contentHashes }) => {
    const json = JSON.stringify(comparison);
    if (json.length > MAX_CACHED_COMPARISON_CHARS) {
      throw new AppError('too_large', 'This comparison is too large to keep in the library.');
    }
    ctx.library.putCachedComparison(key, contentHashes ?? [], json);
    return ok;
  },
  ...exportHandlers,
  ...annotationHandlers,
  ...bulkImportHandlers,
  ...groupingHandlers,
  ...findHandlers,
  ...settingsHandlers,
  ...outletHandlers,
  'dialog.openFiles': async (ctx) => {
    if (!ctx.openFilesDialog) {
      throw new AppError('unsupported', 'The native file dialog exists only in the desktop app.');
    }
    return { files: await ctx.openFilesDialog() };
  },
};
