// The story list's order: by last update (the library's own order), by title, or by number of
// versions. The choice is kept in localStorage, like the theme, so the list opens as it was left.
import type { StorySummary } from './types';

/** The orders the story list offers. */
export type StorySort = 'updated' | 'title' | 'versions';

/** Each order's name in the sort menu. */
export const STORY_SORT_LABEL: Record<StorySort, string> = {
  updated: 'Last update',
  title: 'Title',
  versions: 'Number of versions',
};

const KEY = 'retold.storySort';
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const SORTS = Object.keys(STORY_SORT_LABEL) as StorySort[];
const isSort = (v: string | null): v is StorySort => SORTS.some((s) => s === v);

/** The order chosen last time, else by last update. */
export function loadStorySort(): StorySort {
  try {
    const v = localStorage.getItem(KEY);
    return isSort(v) ? v : 'updated';
  } catch {
    return 'updated'; // storage refused (a locked-down browser): the default order still works
  }
}

/** Remembers the order for next time. */
export function saveStorySort(sort: StorySort): void {
  try {
    localStorage.setItem(KEY, sort);
  } catch {
    // Not remembered, and nothing lost: the list is still sorted as asked.
  }
}

/**
 * The stories in `sort` order (a new array). Newest update first, titles A to Z, most versions
 * first; ties fall back to the newest update, so the order is always the same.
 */
export function sortStories(stories: readonly StorySummary[], sort: StorySort): StorySummary[] {
  // Newest first, then the newer story (higher id): the library's own order (db/library.ts).
  const byUpdate = (a: StorySummary, b: StorySummary) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id;
  const byTitle = (a: StorySummary, b: StorySummary) => collator.compare(a.title, b.title);
  const order: Record<StorySort, (a: StorySummary, b: StorySummary) => number> = {
    updated: byUpdate,
    title: (a, b) => byTitle(a, b) || byUpdate(a, b),
    versions: (a, b) => b.versionCount - a.versionCount || byUpdate(a, b),
  };
  return [...stories].sort(order[sort]);
}
