import { useCallback, useEffect, useRef, useState } from 'react';
import { subscribe } from '../api/client';
import type { EventPayload } from '../../../contract/events';
import { useStoryPages, type StoryPages } from './useStoryPages';

/** The library list (paged) and revision numbers that change when the library does. */
export interface LibraryState {
  /** The story list, a page at a time (hooks/useStoryPages.ts). */
  pages: StoryPages;
  /** Set when the very first listing failed: the backend cannot be reached or read. */
  fatal: string | null;
  /** Increments on every change (ours or `library:changed`); library-wide views reload on it. */
  revision: number;
  /**
   * The revision at which a story last changed (or anything did, for a change that named no
   * story): a story's page reloads on this, so a bulk import into other stories leaves it be.
   */
  revisionOf: (storyId: number) => number;
  /** After our own write: everything reloads. */
  refresh: () => void;
  /** Tries the first listing again after a fatal error. */
  retry: () => void;
}

interface Revisions {
  /** The last change that may have touched anything. */
  all: number;
  byStory: Map<number, number>;
}

/**
 * The story list and the revisions views reload on. A `library:changed` event that names its
 * stories marks only those (contract/events.ts); the list reloads the rows on screen, gathering
 * a burst of events (a bulk import sends one per batch) into one reload.
 */
export function useLibrary(onError: (message: string) => void): LibraryState {
  const pages = useStoryPages(onError);
  const { invalidate } = pages;
  const [revision, setRevision] = useState(0);
  const revisions = useRef<Revisions>({ all: 0, byStory: new Map() });

  const bump = useCallback((stories: readonly number[] | null): void => {
    setRevision((r) => {
      const next = r + 1;
      if (stories === null) revisions.current.all = next;
      else for (const id of stories) revisions.current.byStory.set(id, next);
      return next;
    });
  }, []);

  const refresh = useCallback(() => {
    bump(null);
    invalidate(true);
  }, [bump, invalidate]);

  useEffect(
    () =>
      subscribe('library:changed', (p: EventPayload<'library:changed'>) => {
        const named = p.full || (!p.stories && !p.removed) ? null : changedIds(p);
        bump(named);
        invalidate(false);
      }),
    [bump, invalidate],
  );

  const revisionOf = useCallback(
    (storyId: number): number =>
      Math.max(revisions.current.all, revisions.current.byStory.get(storyId) ?? 0),
    [],
  );

  return { pages, fatal: pages.fatal, revision, revisionOf, refresh, retry: pages.retry };
}

const changedIds = (p: EventPayload<'library:changed'>): number[] => [
  ...(p.stories ?? []),
  ...(p.removed ?? []),
];
