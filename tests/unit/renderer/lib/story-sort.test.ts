// The story list's orders (issue 11 item 8) and the remembered choice.
import { afterEach, describe, expect, it } from 'vitest';
import { loadStorySort, saveStorySort, sortStories } from '../../../../renderer/src/lib/story-sort';
import type { StorySummary } from '../../../../renderer/src/lib/types';

const story = (
  id: number,
  title: string,
  updatedAt: string,
  versionCount: number,
): StorySummary => ({
  id,
  title,
  notes: null,
  baseVersionId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt,
  versionCount,
});

const stories = [
  story(1, 'harbour plan', '2024-03-01T10:00:00.000Z', 2),
  story(2, 'Budget 2025', '2024-05-01T10:00:00.000Z', 5),
  story(3, 'Budget 2024', '2024-05-01T10:00:00.000Z', 2),
  story(4, 'apple recall', '2024-04-01T10:00:00.000Z', 5),
];
const ids = (s: StorySummary[]) => s.map((x) => x.id);

describe('story list order', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('sorts by last update (newest first, the newer story first on a tie)', () => {
    expect(ids(sortStories(stories, 'updated'))).toEqual([3, 2, 4, 1]);
  });

  it('sorts by title, ignoring case and reading numbers as numbers', () => {
    expect(ids(sortStories(stories, 'title'))).toEqual([4, 3, 2, 1]);
  });

  it('sorts by number of versions, most first, then by last update', () => {
    expect(ids(sortStories(stories, 'versions'))).toEqual([2, 4, 3, 1]);
  });

  it('does not change the list it is given', () => {
    sortStories(stories, 'title');
    expect(ids(stories)).toEqual([1, 2, 3, 4]);
  });

  it('remembers the choice, and falls back to last update when storage is absent or odd', () => {
    expect(loadStorySort()).toBe('updated'); // no localStorage at all under Node
    const kept = new Map<string, string>();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: {
        getItem: (k: string) => kept.get(k) ?? null,
        setItem: (k: string, v: string) => kept.set(k, v),
      },
    });
    saveStorySort('versions');
    expect(loadStorySort()).toBe('versions');
    kept.set('retold.storySort', 'constructor');
    expect(loadStorySort()).toBe('updated');
  });
});
