// Handlers of "Find other versions" (contract/collection-methods.ts), spread into
// backend/handlers.ts.
import { dropEmptied } from '../../db/proposal-accept';
import type { BackendContext } from '../context';
import type { Handlers } from '../handlers';
import { findOtherVersions } from './find-versions';

type FindMethod = 'versions.findOthers' | 'versions.addToStory';

/** Moves a found version into a story; drops the story it leaves if empty and without notes. */
function addToStory(ctx: BackendContext, id: number, storyId: number) {
  const lib = ctx.library;
  const out = lib.transaction(() => {
    const from = lib.getStory(lib.getVersionSummary(id).storyId);
    const version = lib.moveVersion(id, storyId);
    const fate = from.id === storyId ? 'in use' : dropEmptied(lib.db, from.id);
    return {
      version,
      from: from.id,
      removedStory: fate === 'deleted' ? from.id : null,
      keptStory: fate === 'kept' ? { id: from.id, title: from.title } : null,
    };
  });
  const removed = out.removedStory === null ? [] : [out.removedStory];
  const stories = [storyId, ...(out.removedStory === null ? [out.from] : [])];
  ctx.events.emit('library:changed', { reason: 'version', stories, removed });
  return { version: out.version, removedStory: out.removedStory, keptStory: out.keptStory };
}

/** The handlers of finding versions. */
export const findHandlers: Pick<Handlers, FindMethod> = {
  'versions.findOthers': (ctx, { id }) => findOtherVersions(ctx.library, id),
  'versions.addToStory': (ctx, { id, storyId }) => addToStory(ctx, id, storyId),
};
