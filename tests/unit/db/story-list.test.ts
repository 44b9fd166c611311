// The paged, SQL-sorted story list (issue 12, item 4; db/story-list.ts and migration 0010).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../db';
import { ORDER_BY, titleKey, type StorySort } from '../../../db/story-list';
import { version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-list-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A story with `n` versions, updated at `updatedAt`. */
function story(title: string, updatedAt: string, n: number): number {
  const s = lib.createStory(title);
  for (let i = 0; i < n; i++) lib.insertVersion(version(s.id, `${title} text ${i}.`));
  lib.db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run(updatedAt, s.id);
  return s.id;
}

const ids = (sort: StorySort, offset = 0, limit?: number) =>
  lib.listStoryPage({ sort, offset, limit }).stories.map((s) => s.id);

describe('story list pages', () => {
  it('sorts by last update, title (case and numbers as a reader expects) and versions', () => {
    const a = story('harbour plan', '2024-03-01T10:00:00.000Z', 2);
    const b = story('Budget 2025', '2024-05-01T10:00:00.000Z', 5);
    const c = story('Budget 2024', '2024-05-01T10:00:00.000Z', 2);
    const d = story('apple recall', '2024-04-01T10:00:00.000Z', 5);
    expect(ids('updated')).toEqual([c, b, d, a]); // a tie goes to the newer story
    expect(ids('title')).toEqual([d, c, b, a]);
    expect(ids('versions')).toEqual([b, d, c, a]);
    expect(lib.listStories().map((s) => s.id)).toEqual(ids('updated'));
  });

  it('reads numbers in titles as numbers and ignores accents', () => {
    expect(titleKey('Story 9') < titleKey('Story 10')).toBe(true);
    expect(titleKey('Élan')).toBe(titleKey('elan'));
    const ten = story('Story 10', '2024-01-01T00:00:00.000Z', 1);
    const nine = story('Story 9', '2024-01-01T00:00:00.000Z', 1);
    expect(ids('title')).toEqual([nine, ten]);
    lib.renameStory(ten, 'Story 1'); // a rename re-keys the story, by trigger
    expect(ids('title')).toEqual([ten, nine]);
  });

  it('pages cover every story once, in order, with the total and the newest story', () => {
    const made: number[] = [];
    for (let i = 0; i < 25; i++) made.push(story(`S ${i}`, `2024-01-${10 + (i % 7)}`, 1 + (i % 3)));
    for (const sort of ['updated', 'title', 'versions'] as const) {
      const paged = [0, 10, 20].flatMap((o) => ids(sort, o, 10));
      expect(paged).toEqual(ids(sort));
      expect(new Set(paged).size).toBe(25);
    }
    const page = lib.listStoryPage({ offset: 20, limit: 10 });
    expect(page.stories).toHaveLength(5);
    expect(page.total).toBe(25);
    expect(page.newestId).toBe(ids('updated')[0]);
    expect(page.anyComparable).toBe(true);
  });

  it('keeps version counts as versions are added, moved and deleted', () => {
    const a = story('A', '2024-01-01', 3);
    const b = story('B', '2024-01-02', 1);
    const count = (id: number) => lib.getStory(id).versionCount;
    const [first] = lib.listVersions(a);
    lib.moveVersion(first?.id ?? 0, b);
    expect([count(a), count(b)]).toEqual([2, 2]);
    lib.deleteVersion(first?.id ?? 0);
    expect(count(b)).toBe(1);
    const actual = lib.db
      .prepare('SELECT story_id AS id, count(*) AS n FROM versions GROUP BY story_id')
      .all() as { id: number; n: number }[];
    for (const { id, n } of actual) expect(count(id)).toBe(n);
  });

  it('says when nothing can be compared, and lists an empty library', () => {
    expect(lib.listStoryPage({})).toEqual({
      stories: [],
      total: 0,
      newestId: null,
      anyComparable: false,
    });
    story('One', '2024-01-01', 1);
    expect(lib.listStoryPage({}).anyComparable).toBe(false);
  });

  it('walks an index for every order instead of sorting the table', () => {
    for (const order of Object.values(ORDER_BY)) {
      const plan = (
        lib.db
          .prepare(`EXPLAIN QUERY PLAN SELECT s.id FROM stories s ORDER BY ${order} LIMIT 10`)
          .all() as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('; ');
      expect(plan).toMatch(/USING (COVERING )?INDEX stories_by_/);
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });
});

describe('finding a story by title', () => {
  it('uses an index, not a scan of every story', () => {
    const plan = (
      lib.db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT s.id FROM stories s WHERE lower(s.title) = lower(?) ORDER BY s.id LIMIT 1',
        )
        .all('x') as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('; ');
    expect(plan).toContain('INDEX stories_by_lower_title');
    story('Harbour Vote', '2024-01-01', 1);
    expect(lib.findStoryByTitle('harbour vote')?.title).toBe('Harbour Vote');
  });
});
