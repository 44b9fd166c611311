// The outlets view's data: brings the library's per-story summaries up to date a slice at a
// time (`outlets.refresh`, each call bounded in time on the backend, so the window and other
// requests keep being answered), showing how many stories are left, then reads the totals.
// A library change (revision) starts again; only stories that changed are compared again.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../contract/methods';
import { ApiError, call } from '../api/client';

/** What the view shows while and after the summaries are brought up to date. */
export interface OutletsState {
  /** Comparable stories, and how many still need summarising; null once done. */
  progress: { total: number; pending: number } | null;
  summary: MethodOutput<'outlets.summary'> | null;
  error: string | null;
}

/** Loads the totals per outlet, refreshing stale summaries first. */
export function useOutlets(revision: number): OutletsState {
  const [state, setState] = useState<OutletsState>({
    progress: null,
    summary: null,
    error: null,
  });

  useEffect(() => {
    let live = true;
    const run = async (): Promise<void> => {
      for (;;) {
        const p = await call('outlets.refresh', {});
        if (!live) return;
        setState((s) => ({ ...s, progress: p }));
        if (p.pending === 0) break;
      }
      const summary = await call('outlets.summary', {});
      if (live) setState({ progress: null, summary, error: null });
    };
    run().catch((err: unknown) => {
      const message = err instanceof ApiError ? err.message : 'The outlets could not be summed up.';
      if (live) setState((s) => ({ ...s, progress: null, error: message }));
    });
    return () => {
      live = false;
    };
  }, [revision]);

  return state;
}
