// The sidebar's page bookkeeping (renderer/src/lib/story-page-cache.ts): which pages the rows on
// screen need, answers to an older order or change dropped, and what a change keeps.
import { describe, expect, it } from 'vitest';
import { StoryPageCache } from '../../../../renderer/src/lib/story-page-cache';
import type { StorySummary } from '../../../../renderer/src/lib/types';

const row = (id: number): StorySummary => ({
  id,
  title: `Story ${id}`,
  notes: null,
  baseVersionId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  versionCount: 1,
});
const page = (p: number, size = 10) =>
  Array.from({ length: size }, (_, i) => row(p * size + i + 1));

describe('story page cache', () => {
  it('asks for the pages the rows on screen fall in, once each', () => {
    const c = new StoryPageCache('updated', 10);
    expect(c.show(5, 25)).toEqual([0, 1, 2]);
    expect(c.begin(0)).toBe(true);
    expect(c.begin(0)).toBe(false); // already asked for
    expect(c.store(0, c.generation, page(0))).toBe(true);
    expect(c.show(5, 25)).toEqual([1, 2]);
    expect(c.rowAt(7)?.id).toBe(8);
    expect(c.find(3)?.title).toBe('Story 3');
    expect(c.rowAt(15)).toBeUndefined();
  });

  it('drops an answer to an older order, and tells subscribers when rows change', () => {
    const c = new StoryPageCache('updated', 10);
    let heard = 0;
    const stop = c.subscribe(() => heard++);
    c.begin(0);
    const old = c.generation;
    c.reset('title');
    expect(c.store(0, old, page(0))).toBe(false);
    expect(c.rowAt(0)).toBeUndefined();
    expect(c.store(0, c.generation, page(0))).toBe(true);
    expect(heard).toBe(2); // the reset and the page
    stop();
    c.reset('versions');
    expect(heard).toBe(2);
  });

  it('a change keeps the pages on screen (stale, to reload) and drops the others', () => {
    const c = new StoryPageCache('updated', 10);
    for (const p of [0, 1, 5]) {
      c.begin(p);
      c.store(p, c.generation, page(p));
    }
    c.show(50, 60);
    expect(c.changed()).toEqual([5]);
    expect(c.rowAt(52)?.id).toBe(53); // still shown until its reload arrives
    expect(c.rowAt(2)).toBeUndefined();
    expect(c.show(50, 60)).toEqual([5]);
    expect(c.begin(5)).toBe(true);
  });
});
