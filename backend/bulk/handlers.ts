// Handlers of bulk import (contract/bulk-import-methods.ts), spread into backend/handlers.ts.
// Imports of one backend are kept in a map by id; a finished one stays so its summary can be
// fetched, until BULK_JOBS.keepFinished newer ones have finished.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/errors';
import type { Handlers } from '../handlers';
import type { BackendContext } from '../context';
import { BulkImport } from './job';
import { summaryCsv } from './summary';

/** Limits on the imports a backend remembers. */
export const BULK_JOBS = {
  /** Finished imports kept for their summary; older ones are forgotten. */
  keepFinished: 20,
} as const;

const jobsOf = new WeakMap<BackendContext, Map<string, BulkImport>>();

function jobs(ctx: BackendContext): Map<string, BulkImport> {
  let map = jobsOf.get(ctx);
  if (!map) jobsOf.set(ctx, (map = new Map()));
  return map;
}

function find(ctx: BackendContext, id: string): BulkImport {
  const job = jobs(ctx).get(id);
  if (!job)
    throw new AppError(
      'not_found',
      'This import is not known: it may have finished long ago, or Retold was restarted.',
    );
  return job;
}

function forgetOld(map: Map<string, BulkImport>): void {
  const finished = [...map].filter(([, j]) => j.progress().state !== 'running');
  for (const [id] of finished.slice(0, Math.max(0, finished.length - BULK_JOBS.keepFinished)))
    map.delete(id);
}

/** The handlers of bulk import. */
export const bulkImportHandlers: Pick<
  Handlers,
  'imports.start' | 'imports.status' | 'imports.cancel'
> = {
  'imports.start': (ctx, { paths, story }) => {
    // In the desktop app the renderer must not name files for the backend to read: a page
    // that went wrong could read anything the user can. Folders will come from the native
    // dialog there (as files do); the CLI and browser mode (behind its key) take paths.
    if (ctx.shell === 'electron')
      throw new AppError(
        'unsupported',
        'In the desktop app, import a folder or table from the Import dialog; importing by path is for the command line and browser mode.',
      );
    const map = jobs(ctx);
    forgetOld(map);
    const jobId = randomUUID();
    map.set(jobId, new BulkImport(ctx, paths, story ? { story } : {}));
    return { jobId };
  },
  'imports.status': (ctx, { jobId, summary }) => {
    const job = find(ctx, jobId);
    const progress = job.progress();
    if (!summary) return { progress };
    const records = job.ordered();
    return { progress, records, csv: summaryCsv(records) };
  },
  'imports.cancel': (ctx, { jobId }) => {
    const job = find(ctx, jobId);
    job.cancel();
    return { progress: job.progress() };
  },
};
