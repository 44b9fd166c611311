// A library of a few thousand stories in the sidebar (issue 12, item 4): the list is virtual
// (only the rows near the view are in the page), paged from SQLite as it scrolls, shows the
// right rows in each order, opens a story on click, moves by keyboard, and comes back from a
// search without asking for the list again. The library is generated into the test's own data
// folder through the real write path (db/bulk-write.ts) before its server starts.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openLibrary } from '../../db';
import { insertArticles } from '../../bench/support/generate-library';
import { AppPage } from './pages/app-page';
import { StoryList } from './pages/story-list';
import { expect, openApp, test as base } from './support/fixtures';
import { newDataDir } from './support/server';

const STORIES = 3000;

const test = base.extend<{ dataDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = newDataDir();
    mkdirSync(dir, { recursive: true });
    const lib = openLibrary(path.join(dir, 'library.sqlite'), { backups: false });
    try {
      insertArticles(lib, STORIES, { words: 60, maxVersions: 1 });
    } finally {
      lib.close();
    }
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Titles in an order of the list, read from the library file itself. */
function titles(dataDir: string, orderBy: string, limit: number): string[] {
  const db = new Database(path.join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    const rows = db.prepare(`SELECT title FROM stories ORDER BY ${orderBy} LIMIT ?`).all(limit) as {
      title: string;
    }[];
    return rows.map((r) => r.title);
  } finally {
    db.close();
  }
}

test.setTimeout(120_000);

test('a library of 3,000 stories scrolls, shows the right rows and opens a story', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const list = new StoryList(page);
  const newest = titles(dataDir, 'updated_at DESC, id DESC', 3);
  await expect(list.rowAt(1)).toHaveAttribute('aria-setsize', String(STORIES));
  expect(await list.titleOf(list.rowAt(1))).toBe(newest[0]);
  expect(await list.titleOf(list.rowAt(2))).toBe(newest[1]);
  // Virtual: a screenful of rows in the page, not 3,000.
  expect(await list.rows.count()).toBeLessThan(60);

  // The end of the list is a page fetched as it scrolls into view.
  await list.scrollToEnd();
  const oldest = titles(dataDir, 'updated_at ASC, id ASC', 1)[0] ?? '';
  await expect(list.rowAt(STORIES).locator('.story-item-title')).toHaveText(oldest);

  // The middle of the list, and a click there opens that story.
  await list.scrollTo(1500 * 62);
  const shown = list.rows.filter({ has: page.locator('button.story-item') }).nth(5);
  // The rows of the list's end stay in the page until the scroll has been rendered: wait for
  // the middle's rows before picking one, or the pick can be a row that is about to go.
  const placeShown = async () => Number(await shown.getAttribute('aria-posinset'));
  await expect.poll(placeShown).toBeGreaterThan(1000);
  await expect.poll(placeShown).toBeLessThan(2800);
  const place = await placeShown();
  const row = list.rowAt(place);
  const title = titles(dataDir, 'updated_at DESC, id DESC', place)[place - 1] ?? '';
  await expect(row.locator('.story-item-title')).toHaveText(title);
  await row.getByRole('button').click();
  const app = new AppPage(page);
  await expect(app.story.title).toHaveText(title);
  await expect(row.getByRole('button')).toHaveAttribute('aria-current', 'page');

  // Arrow keys move between stories, rendering the next rows as they come into view.
  await row.getByRole('button').focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`li[aria-posinset="${place + 20}"] button`)).toBeFocused();
  await page.screenshot({ path: 'artifacts/screenshots/library-scale-sidebar.png' });
});

test('sorting is done by the library, and clearing a search shows the list without reloading it', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const list = new StoryList(page);
  await list.sort.selectOption({ label: 'Title' });
  const first = titles(dataDir, 'title_key, updated_at DESC, id DESC', 1)[0] ?? '';
  await expect(list.rowAt(1).locator('.story-item-title')).toHaveText(first);

  const app = new AppPage(page);
  const word = first.split(' ').find((w) => /^[a-z]{5,}$/i.test(w)) ?? first.split(' ')[0] ?? '';
  await app.search.fill(word);
  await expect(app.hits.first()).toBeVisible();
  const listed: string[] = [];
  page.on('request', (r) => {
    if (r.postData()?.includes('"stories.list"')) listed.push(r.postData() ?? '');
  });
  await app.search.fill('');
  await expect(list.rowAt(1).locator('.story-item-title')).toHaveText(first);
  expect(listed).toEqual([]);
});
