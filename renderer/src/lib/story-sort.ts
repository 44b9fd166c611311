// The story list's order: by last update (the library's own order), by title, or by number of
// versions. The choice is kept in localStorage, like the theme, so the list opens as it was left.
// The backend sorts (db/story-list.ts), since the sidebar holds only the pages on screen.
import type { MethodInput } from '../../../contract/methods';

/** The orders the story list offers. */
export type StorySort = NonNullable<MethodInput<'stories.list'>['sort']>;

/** Each order's name in the sort menu. */
export const STORY_SORT_LABEL: Record<StorySort, string> = {
  updated: 'Last update',
  title: 'Title',
  versions: 'Number of versions',
};

const KEY = 'retold.storySort';

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
