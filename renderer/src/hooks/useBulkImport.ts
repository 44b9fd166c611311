// Bulk import by path (issue 12, item 1) from the Import dialog: starts a backend import job,
// polls its progress, cancels it, and fetches the summary once it stops. The job runs on the
// backend, so this hook only watches it; the library list refreshes itself on the
// `library:changed` event each written batch sends (hooks/useLibrary.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../contract/methods';
import { ApiError, call } from '../api/client';

type Status = MethodOutput<'imports.status'>;
/** Counts, rate and time left of a running or stopped import. */
export type BulkProgress = Status['progress'];
/** One line of the summary. */
export type BulkRecord = NonNullable<Status['records']>[number];

/** Tuning of the polling. */
export const BULK_POLL = {
  /** How often progress is asked for: often enough for a live bar, cheap for the backend. */
  intervalMs: 500,
  /** Failed polls in a row before the dialog says the backend is gone (a brief hiccup is not). */
  maxFailures: 6,
} as const;

/** Where the panel is: a form, a job running, or a job stopped with its summary. */
export type BulkPhase = 'idle' | 'starting' | 'running' | 'finished';

/** The form: paths as typed (one per line) and the optional story name. */
export interface BulkDraft {
  paths: string;
  story: string;
}

/** Everything the "Many articles" tab shows. */
export interface BulkState {
  phase: BulkPhase;
  progress: BulkProgress | null;
  records: BulkRecord[];
  csv: string;
  /** A sentence for the person when starting or watching failed; null otherwise. */
  error: string | null;
  cancelling: boolean;
}

const initial: BulkState = {
  phase: 'idle',
  progress: null,
  records: [],
  csv: '',
  error: null,
  cancelling: false,
};

function errorText(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}

/**
 * The bulk import controller used by the Import dialog's "Many articles" and "Web addresses"
 * tabs. With `live`, each poll also fetches the records so far, so a short list (pasted web
 * addresses) shows each entry's result as it arrives; a pile of files would not want that.
 */
export function useBulkImport(options: { live?: boolean } = {}) {
  const live = options.live === true;
  const [state, setState] = useState<BulkState>(initial);
  // The form as typed, kept across runs so "Import more" can re-run or amend the same paths.
  const [draft, setDraft] = useState<BulkDraft>({ paths: '', story: '' });
  const jobRef = useRef<string | null>(null);

  // The watch loop stops when the job it watches is no longer the current one: after reset,
  // another start, or when the dialog closes.
  useEffect(
    () => () => {
      jobRef.current = null;
    },
    [],
  );

  /** Fetches the summary of a stopped job; the records and CSV come in one call. */
  const finish = useCallback(async (jobId: string): Promise<void> => {
    try {
      const s = await call('imports.status', { jobId, summary: true });
      if (jobRef.current !== jobId) return;
      setState((st) => ({
        ...st,
        phase: 'finished',
        progress: s.progress,
        records: s.records ?? [],
        csv: s.csv ?? '',
        cancelling: false,
      }));
    } catch (err) {
      const message = errorText(err, 'The summary of this import could not be fetched.');
      setState((st) => ({ ...st, phase: 'finished', error: message, cancelling: false }));
    }
  }, []);

  /** Polls the job until it stops (then fetches the summary) or is no longer watched. */
  const watch = useCallback(
    async (jobId: string): Promise<void> => {
      let failures = 0;
      while (jobRef.current === jobId) {
        try {
          const { progress, records } = await call('imports.status', { jobId, summary: live });
          failures = 0;
          if (jobRef.current !== jobId) return;
          setState((st) => ({ ...st, progress, records: records ?? st.records }));
          if (progress.state !== 'running') return await finish(jobId);
        } catch (err) {
          failures += 1;
          // An ApiError is an answer (e.g. the job is unknown after a restart): no retry helps.
          if (failures >= BULK_POLL.maxFailures || err instanceof ApiError) {
            const message = errorText(err, 'Retold’s backend stopped answering during the import.');
            setState((st) => ({ ...st, phase: 'finished', error: message }));
            return;
          }
        }
        await new Promise((resolve) => window.setTimeout(resolve, BULK_POLL.intervalMs));
      }
    },
    [finish, live],
  );

  const start = useCallback(
    // Paths (browser mode), or the grant of a folder chosen in the desktop app's dialog.
    async (paths: string[] | { grant: string }, story: string): Promise<void> => {
      if (Array.isArray(paths) && paths.length === 0) {
        setState({ ...initial, error: 'Type or paste at least one folder or file path.' });
        return;
      }
      jobRef.current = null;
      setState({ ...initial, phase: 'starting' });
      try {
        const title = story.trim();
        const what = Array.isArray(paths) ? { paths } : paths;
        const { jobId } = await call('imports.start', title ? { ...what, story: title } : what);
        jobRef.current = jobId;
        setState((st) => ({ ...st, phase: 'running' }));
        void watch(jobId);
      } catch (err) {
        const message = errorText(err, 'The import could not be started; nothing was added.');
        setState({ ...initial, error: message });
      }
    },
    [watch],
  );

  const cancel = useCallback(async (): Promise<void> => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setState((st) => ({ ...st, cancelling: true }));
    try {
      const { progress } = await call('imports.cancel', { jobId });
      setState((st) => ({ ...st, progress }));
    } catch (err) {
      const message = errorText(err, 'The import could not be stopped.');
      setState((st) => ({ ...st, error: message, cancelling: false }));
    }
  }, []);

  const reset = useCallback((): void => {
    jobRef.current = null;
    setState(initial);
  }, []);

  const busy = state.phase === 'starting' || state.phase === 'running';
  return { state, busy, draft, setDraft, start, cancel, reset };
}

/** What useBulkImport returns, for components that take it as a prop. */
export type BulkController = ReturnType<typeof useBulkImport>;
