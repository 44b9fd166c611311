// The story list as pages (issue 12, item 4). The sidebar used to fetch every story on every
// library change (2.2 MB of JSON for 10,000 stories) and render them all; now it asks for the
// pages of rows on screen, sorted by the backend (db/story-list.ts), and keeps them here, above
// the sidebar, so clearing the search box shows the list again without fetching or rendering
// it anew.
//
// A change in the library may move any row in any order (a new version moves its story to the
// top of "Last update"), so a change marks the pages on screen stale, keeps showing them, and
// fetches them again: a screenful of rows, not the library (lib/story-page-cache.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, call } from '../api/client';
import { StoryPageCache } from '../lib/story-page-cache';
import { loadStorySort, saveStorySort, type StorySort } from '../lib/story-sort';
import type { StorySummary } from '../lib/types';

/** Tuning of the story list's pages. */
export const STORY_PAGES = {
  /** Rows per request: a sidebar shows about 15; 100 keeps requests few and small (~20 KB). */
  pageSize: 100,
  /** Change events within this time are answered by one reload (a bulk import sends ~5/s). */
  coalesceMs: 250,
} as const;

/** What the sidebar shows of the whole library. */
export interface LibrarySummary {
  total: number;
  newestId: number | null;
  anyComparable: boolean;
}

/** The paged story list and its order. */
export interface StoryPages {
  /** Null until the first page has arrived. */
  summary: LibrarySummary | null;
  /** Set when the very first page failed: the backend cannot be reached or read. */
  fatal: string | null;
  sort: StorySort;
  setSort: (sort: StorySort) => void;
  /**
   * The pages held. The list subscribes to it (useSyncExternalStore), so a page arriving
   * re-renders the list alone, not the app around it (and the story open beside it).
   */
  cache: StoryPageCache;
  /** The rows [start, end) are on screen: loads the pages they are in. */
  show: (start: number, end: number) => void;
  /** A loaded row by story id. */
  find: (id: number) => StorySummary | undefined;
  /** Reloads what is on screen: at once, or after a short pause that gathers a burst. */
  invalidate: (now: boolean) => void;
  /** Tries the first page again after a fatal error. */
  retry: () => void;
}

const sameSummary = (a: LibrarySummary, b: LibrarySummary): boolean =>
  a.total === b.total && a.newestId === b.newestId && a.anyComparable === b.anyComparable;

/** The paged story list; `onError` hears of a failed reload once something was shown. */
export function useStoryPages(onError: (message: string) => void): StoryPages {
  const [cache] = useState(() => new StoryPageCache(loadStorySort(), STORY_PAGES.pageSize));
  const [summary, setSummary] = useState<LibrarySummary | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [sort, setSortState] = useState<StorySort>(cache.sort);
  const timer = useRef<number | null>(null);
  const shown = useRef(false);

  const load = useCallback(
    (p: number): void => {
      if (!cache.begin(p)) return;
      const generation = cache.generation;
      const { pageSize } = STORY_PAGES;
      call('stories.list', { sort: cache.sort, offset: p * pageSize, limit: pageSize })
        .then(({ stories, ...whole }) => {
          if (!cache.store(p, generation, stories)) return;
          shown.current = true;
          setSummary((old) => (old && sameSummary(old, whole) ? old : whole));
        })
        .catch((err: unknown) => {
          cache.failed(p, generation);
          const message = err instanceof ApiError ? err.message : 'The library could not be read.';
          if (shown.current) onError(message);
          else setFatal(message);
        });
    },
    [cache, onError],
  );

  const show = useCallback(
    (start: number, end: number): void => cache.show(start, end).forEach(load),
    [cache, load],
  );

  const reload = useCallback((): void => {
    timer.current = null;
    cache.changed().forEach(load);
  }, [cache, load]);

  const invalidate = useCallback(
    (now: boolean): void => {
      if (now) {
        if (timer.current !== null) window.clearTimeout(timer.current);
        reload();
      } else if (timer.current === null) {
        timer.current = window.setTimeout(reload, STORY_PAGES.coalesceMs);
      }
    },
    [reload],
  );

  const setSort = useCallback(
    (next: StorySort): void => {
      saveStorySort(next);
      cache.reset(next);
      setSortState(next);
      load(0);
    },
    [cache, load],
  );

  const retry = useCallback((): void => {
    setFatal(null);
    reload();
  }, [reload]);

  useEffect(() => {
    load(0);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [load]);

  return useMemo(
    () => ({
      summary,
      fatal,
      sort,
      setSort,
      show,
      invalidate,
      retry,
      cache,
      find: (id: number) => cache.find(id),
    }),
    [cache, summary, fatal, sort, setSort, show, invalidate, retry],
  );
}
