// Handlers of grouping and proposal review (contract/grouping-methods.ts), spread into
// backend/handlers.ts. `grouping.propose` runs the whole grouping before answering: it is one
// synchronous pass over the library (backend/collections/propose.ts), about two minutes at
// most for 100,000 articles, and the review screen says so while it runs.
import { acceptProposal } from '../../db/proposal-accept';
import type { BackendContext } from '../context';
import type { Handlers } from '../handlers';
import { proposeStories } from './propose';
import {
  acceptAll,
  acceptAllBlocked,
  mergeProposals,
  splitProposal,
  storeProposals,
} from './review';

/**
 * Tells the UIs to refresh after a write. Proposal changes name no story (`stories: []`): the
 * story list is unchanged, only the review screen reloads.
 */
function changed<T>(
  ctx: BackendContext,
  reason: string,
  value: T,
  what: { stories?: number[]; removed?: number[] } = {},
): T {
  ctx.events.emit('library:changed', { reason, ...what });
  return value;
}

const none = { stories: [] };

/** Paging of `grouping.list`. */
export const GROUPING_LIST = {
  /** Proposals per page when the caller does not say: enough for a screen of cards. */
  limit: 100,
} as const;

type GroupingMethod =
  | 'grouping.propose'
  | 'grouping.list'
  | 'grouping.accept'
  | 'grouping.acceptAll'
  | 'grouping.split'
  | 'grouping.merge'
  | 'grouping.dismiss';

/** The handlers of grouping and review. */
export const groupingHandlers: Pick<Handlers, GroupingMethod> = {
  'grouping.propose': (ctx) => {
    const started = performance.now();
    const proposals = proposeStories(ctx.library);
    const run = storeProposals(ctx.library, 'near-duplicates', proposals);
    const ms = Math.round(performance.now() - started);
    return changed(ctx, 'proposals', { ...run, ms }, none);
  },
  'grouping.list': (ctx, { offset, limit }) => {
    const lib = ctx.library;
    const cleaned = lib.transaction(() => lib.proposals.clean());
    return {
      proposals: lib.proposals.list(offset ?? 0, limit ?? GROUPING_LIST.limit),
      total: lib.proposals.count(),
      cleaned,
      acceptAllBlocked: acceptAllBlocked(lib),
    };
  },
  'grouping.accept': (ctx, { id, title }) => {
    const done = acceptProposal(ctx.library, id, title);
    return changed(ctx, 'story', done, { stories: [done.storyId], removed: done.removedStories });
  },
  'grouping.acceptAll': (ctx) => changed(ctx, 'story', acceptAll(ctx.library)),
  'grouping.split': (ctx, { id, versionIds, to }) =>
    changed(ctx, 'proposals', splitProposal(ctx.library, id, versionIds, to), none),
  'grouping.merge': (ctx, { id, otherId }) =>
    changed(ctx, 'proposals', mergeProposals(ctx.library, id, otherId), none),
  'grouping.dismiss': (ctx, { id }) => {
    const lib = ctx.library;
    lib.transaction(() => {
      lib.proposals.get(id);
      lib.proposals.remove(id);
    });
    return changed(ctx, 'proposals', { ok: true as const }, none);
  },
};
