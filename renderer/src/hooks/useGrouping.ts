// The review screen's data and actions (components/grouping): the pending story proposals a
// page at a time, reloaded on every library change (revision), and the actions that change
// them. One action runs at a time (`busy` names it), so a second click cannot race the first.
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../contract/methods';
import { ApiError, call } from '../api/client';

/** The list as `grouping.list` answers it. */
export type GroupingList = MethodOutput<'grouping.list'>;

/** Paging of the review screen. */
export const GROUPING_PAGE = {
  /** Proposals shown at first and added by "Show more". */
  size: 50,
} as const;

/** What the review screen holds. */
export interface GroupingState {
  list: GroupingList | null;
  error: string | null;
  /** The action running ("Grouping…", "Accepting…"), or null. */
  busy: string | null;
  shown: number;
  showMore: () => void;
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
  return { list, error, busy, shown, showMore, act };
}
