// The review screen's data and actions (components/grouping): the pending story proposals a
// page at a time, reloaded on every library change (revision), and the actions that change
// them. One action runs at a time (`busy` names it), so a second click cannot race the first.
// Finding proposals is a backend job: `propose` starts it and polls its progress until it
// stops, and `cancelRun` stops it (nothing of a cancelled run is stored).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../contract/methods';
import { ApiError, call } from '../api/client';

/** The list as `grouping.list` answers it. */
export type GroupingList = MethodOutput<'grouping.list'>;

/** Paging of the review screen. */
export const GROUPING_PAGE = {
  /** Proposals shown at first and added by "Show more". */
  size: 50,
} as const;

/** Where a run of `grouping.propose` is. */
export type GroupingRunProgress = MethodOutput<'grouping.status'>['progress'];
/** What a finished run stored. */
export type GroupingRunResult = NonNullable<MethodOutput<'grouping.status'>['result']>;

/** `busy` while proposals are being found (the screen shows the run's progress then). */
export const FINDING_PROPOSALS = 'Finding proposals…';

/** Polling of a grouping run. */
export const GROUPING_POLL = {
  /** Often enough for a live bar, cheap for the backend. */
  intervalMs: 400,
} as const;

/** What the review screen holds. */
export interface GroupingState {
  list: GroupingList | null;
  error: string | null;
  /** The action running ("Grouping…", "Accepting…"), or null. */
  busy: string | null;
  shown: number;
  showMore: () => void;
  /** The running grouping's progress, or null when none runs. */
  run: GroupingRunProgress | null;
  /** Finds proposals; resolves to what was stored, or null if cancelled or failed. */
  propose: () => Promise<GroupingRunResult | null>;
  /** Asks the running grouping to stop. */
  cancelRun: () => void;
  /** Runs an action; reloads the list after it; resolves to its answer, or null if it failed. */
  act: <M extends MethodName>(
    label: string,
    method: M,
    input: MethodInput<M>,
  ) => Promise<MethodOutput<M> | null>;
}

/** Loads the pending proposals and runs review actions. */
export function useGrouping(revision: number, onError: (m: string) => void): GroupingState {
  const [list, setList] = useState<GroupingList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [shown, setShown] = useState<number>(GROUPING_PAGE.size);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    call('grouping.list', { limit: shown })
      .then((r) => {
        if (!live) return;
        setList(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (live)
          setError(err instanceof ApiError ? err.message : 'The proposals could not be read.');
      });
    return () => {
      live = false;
    };
  }, [revision, reload, shown]);

  const act = useCallback(
    async <M extends MethodName>(label: string, method: M, input: MethodInput<M>) => {
      setBusy(label);
      try {
        return await call(method, input);
      } catch (err) {
        onError(err instanceof ApiError ? err.message : 'That did not work; nothing changed.');
        return null;
      } finally {
        setBusy(null);
        setReload((n) => n + 1);
      }
    },
    [onError],
  );

  const showMore = useCallback(() => setShown((n) => n + GROUPING_PAGE.size), []);
  const job = useGroupingRun(setBusy, onError);
  const startRun = job.propose;
  const propose = useCallback(async () => {
    const result = await startRun();
    setReload((n) => n + 1);
    return result;
  }, [startRun]);
  return {
    list,
    error,
    busy,
    shown,
    showMore,
    act,
    run: job.run,
    propose,
    cancelRun: job.cancelRun,
  };
}

/** Runs `grouping.propose` as a job: starts it, polls it until it stops, and cancels it. */
function useGroupingRun(setBusy: (label: string | null) => void, onError: (m: string) => void) {
  const [run, setRun] = useState<GroupingRunProgress | null>(null);
  const jobRef = useRef<string | null>(null);
  // the poll stops when the screen is left; the job goes on and stores its proposals
  useEffect(
    () => () => {
      jobRef.current = null;
    },
    [],
  );

  const propose = useCallback(async (): Promise<GroupingRunResult | null> => {
    setBusy(FINDING_PROPOSALS);
    try {
      const { jobId } = await call('grouping.propose', {});
      jobRef.current = jobId;
      while (jobRef.current === jobId) {
        const { progress, result } = await call('grouping.status', { jobId });
        setRun(progress);
        if (progress.state === 'failed') onError(progress.error ?? 'Finding proposals failed.');
        if (progress.state !== 'running') return result;
        await new Promise((resolve) => window.setTimeout(resolve, GROUPING_POLL.intervalMs));
      }
      return null;
    } catch (err) {
      onError(err instanceof ApiError ? err.message : 'Finding proposals failed; nothing changed.');
      return null;
    } finally {
      setRun(null);
      setBusy(null);
    }
  }, [setBusy, onError]);

  const cancelRun = useCallback(() => {
    const jobId = jobRef.current;
    if (!jobId) return;
    call('grouping.cancel', { jobId })
      .then(({ progress }) => setRun(progress))
      .catch((err: unknown) =>
        onError(err instanceof ApiError ? err.message : 'The grouping could not be stopped.'),
      );
  }, [onError]);

  return { run, propose, cancelRun };
}
