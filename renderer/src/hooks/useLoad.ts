import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/** The state of something loaded from the backend for a key (a story id, a version id). */
export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  /** The error's code (e.g. 'not_found'), when the backend gave one. */
  code: string | null;
}

interface Settled<K, T> {
  key: K;
  revision: number;
  data: T | null;
  error: string | null;
  code: string | null;
}

/**
 * Loads `fetcher(key)` whenever the key or the library revision changes. While reloading the
 * same key the previous data stays on screen (no flicker on refresh); a new key clears it.
 * Loading is derived from what has settled, so the effect never sets state synchronously.
 */
export function useLoad<K, T>(
  key: K | null,
  revision: number,
  fetcher: (key: K) => Promise<T>,
): Loaded<T> {
  const [settled, setSettled] = useState<Settled<K, T> | null>(null);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    fetcher(key)
      .then((data) => {
        if (live) setSettled({ key, revision, data, error: null, code: null });
      })
      .catch((err: unknown) => {
        const message = err instanceof ApiError ? err.message : 'This could not be loaded.';
        const code = err instanceof ApiError ? err.code : null;
        if (live) setSettled({ key, revision, data: null, error: message, code });
      });
    return () => {
      live = false;
    };
  }, [key, revision, fetcher]);

  if (key === null) return { data: null, loading: false, error: null, code: null };
  const sameKey = settled !== null && settled.key === key;
  return {
    data: sameKey ? settled.data : null,
    error: sameKey ? settled.error : null,
    code: sameKey ? settled.code : null,
    loading: !sameKey || settled.revision !== revision,
  };
}
