// Handlers of grouping and proposal review (contract/grouping-methods.ts), spread into
// backend/handlers.ts. `grouping.propose` starts a background job (grouping-job.ts) and answers
// at once; the review screen and other calls are served while it runs. One run at a time per
// backend: asking again while one runs returns that run.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/errors';
import { acceptProposal } from '../../db/proposal-accept';
import type { BackendContext } from '../context';
import type { Handlers } from '../handlers';
import { GroupingJob } from './grouping-job';
import { acceptAll, acceptAllBlocked, mergeProposals, splitProposal } from './review';

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

/** The last grouping run of each backend, by id (only the last is kept: it holds the result). */
const runs = new WeakMap<BackendContext, { id: string; job: GroupingJob }>();

function runOf(ctx: BackendContext, jobId: string): GroupingJob {
  const run = runs.get(ctx);
  if (!run || run.id !== jobId)
    throw new AppError(
      'not_found',
      'This grouping run is not known: a newer one replaced it, or Retold was restarted. Press “Find proposals” again.',
    );
  return run.job;
}

/** Paging of `grouping.list`. */
export const GROUPING_LIST = {
  /** Proposals per page when the caller does not say: enough for a screen of cards. */
  limit: 100,
} as const;

type GroupingMethod =
  | 'grouping.propose'
  | 'grouping.status'
  | 'grouping.cancel'
  | 'grouping.list'
  | 'grouping.accept'
  | 'grouping.acceptAll'
  | 'grouping.split'
  | 'grouping.merge'
  | 'grouping.dismiss';

/** The handlers of grouping and review. */
export const groupingHandlers: Pick<Handlers, GroupingMethod> = {
  'grouping.propose': (ctx) => {
    const last = runs.get(ctx);
    if (last && last.job.progress().state === 'running') return { jobId: last.id };
    const id = randomUUID();
    runs.set(ctx, { id, job: new GroupingJob(ctx) });
    return { jobId: id };
  },
  'grouping.status': (ctx, { jobId }) => {
    const job = runOf(ctx, jobId);
    return { progress: job.progress(), result: job.result };
  },
  'grouping.cancel': (ctx, { jobId }) => {
    const job = runOf(ctx, jobId);
    job.cancel();
    return { progress: job.progress() };
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
