import { useEffect, useState } from 'react';
import { ApiError, call } from '../api/client';
import type { NoteHit, SearchHit } from '../lib/types';

const DEBOUNCE_MS = 200;

/** Search results for a query, debounced as the person types. */
export interface SearchState {
  /** Null when there is no query. */
  hits: SearchHit[] | null;
  /** Notes on findings that match (empty when there is no query). */
  notes: NoteHit[];
  searching: boolean;
  error: string | null;
}

interface Settled {
  q: string;
  revision: number;
  hits: SearchHit[];
  notes: NoteHit[];
  error: string | null;
}

/** Runs `search.query` ~200 ms after typing stops; an empty query clears the results. */
export function useSearch(query: string, revision: number): SearchState {
  const [settled, setSettled] = useState<Settled | null>(null);
  const q = query.trim();

  useEffect(() => {
    if (!q) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('search.query', { q })
        .then((out) => {
          if (live)
            setSettled({ q, revision, hits: out.hits, notes: out.notes ?? [], error: null });
        })
        .catch((err: unknown) => {
          const message = err instanceof ApiError ? err.message : 'The search failed.';
          if (live) setSettled({ q, revision, hits: [], notes: [], error: message });
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, revision]);

  if (!q) return { hits: null, notes: [], searching: false, error: null };
  const current = settled?.q === q ? settled : null;
  return {
    hits: current?.hits ?? null,
    notes: current?.notes ?? [],
    error: current?.error ?? null,
    searching: current === null || current.revision !== revision,
  };
}
