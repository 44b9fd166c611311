import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, subscribe } from '../api/client';
import type { StorySummary } from '../lib/types';

/** The library list and a revision number that changes whenever the library does. */
export interface LibraryState {
  stories: StorySummary[] | null;
  /** Set when the very first listing failed: the backend cannot be reached or read. */
  fatal: string | null;
  /** Increments on every change (ours or `library:changed`); views reload on it. */
  revision: number;
  refresh: () => void;
  /** Tries the first listing again after a fatal error. */
  retry: () => void;
}

/**
 * Lists the stories, again whenever the backend says the library changed or we changed it.
 * A failure on a later refresh keeps the last good list (a toast says what went wrong);
 * only a failure before anything was shown becomes the full-page error.
 */
export function useLibrary(onError: (message: string) => void): LibraryState {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const loaded = useRef(false);

  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  const retry = useCallback(() => {
    setFatal(null);
    setRevision((r) => r + 1);
  }, []);

  useEffect(() => subscribe('library:changed', refresh), [refresh]);

  useEffect(() => {
    let live = true;
    call('stories.list', {})
      .then((out) => {
        if (!live) return;
        loaded.current = true;
        setStories(out.stories);
      })
      .catch((err: unknown) => {
        if (!live) return;
        const message = err instanceof ApiError ? err.message : 'The library could not be read.';
        if (loaded.current) onError(message);
        else setFatal(message);
      });
    return () => {
      live = false;
    };
  }, [revision, onError]);

  return { stories, fatal, revision, refresh, retry };
}
