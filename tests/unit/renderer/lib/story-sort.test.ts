// The story list's remembered order (issue 11 item 8). The orders themselves are SQL since the
// list is paged (issue 12): tests/unit/db/story-list.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { loadStorySort, saveStorySort } from '../../../../renderer/src/lib/story-sort';

describe('story list order', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
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
