// Handlers of bulk import (contract/bulk-import-methods.ts), spread into backend/handlers.ts.
// Imports of one backend are kept in a map by id; a finished one stays so its summary can be
// fetched, until BULK_JOBS.keepFinished newer ones have finished.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../contract/errors';
import type { Handlers } from '../handlers';
import type { BackendContext } from '../context';
import { FolderGrants } from './grants';
import { BulkImport } from './job';
import { summaryCsv } from './summary';
import { isUrl } from './url-list';

/** Limits on the imports a backend remembers. */
export const BULK_JOBS = {
  /** Finished imports kept for their summary; older ones are forgotten. */
  keepFinished: 20,
} as const;

const jobsOf = new WeakMap<BackendContext, Map<string, BulkImport>>();
const grantsByCtx = new WeakMap<BackendContext, FolderGrants>();

/** The folder grants this backend issued (grants.ts). */
function grantsOf(ctx: BackendContext): FolderGrants {
  let g = grantsByCtx.get(ctx);
  if (!g) grantsByCtx.set(ctx, (g = new FolderGrants()));
  return g;
}

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
  'imports.start' | 'imports.status' | 'imports.cancel' | 'dialog.openFolder'
> = {
  'imports.start': (ctx, { paths: named, grant, story }) => {
    // In the desktop app the renderer must not name files for the backend to read: a page
    // that went wrong could read anything the user can. Folders come from the native dialog
    // there, as a grant (grants.ts); the CLI and browser mode (behind its key) take paths. Web
    // addresses name nothing on this computer, so the desktop app takes those.
    const paths = grant !== undefined ? [grantsOf(ctx).redeem(grant)] : (named ?? []);
    if (ctx.shell === 'electron' && grant === undefined && !paths.every(isUrl))
      throw new AppError(
        'unsupported',
        'In the desktop app, choose the folder with “Choose a folder…” in the Import dialog; importing by path is for the command line and browser mode.',
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
  'dialog.openFolder': async (ctx) => {
    if (!ctx.openFolderDialog)
      throw new AppError('unsupported', 'The native folder dialog exists only in the desktop app.');
    const chosen = await ctx.openFolderDialog();
    if (chosen === null) return { grant: null, name: null };
    return { grant: grantsOf(ctx).issue(chosen), name: path.basename(chosen) || chosen };
  },
};
