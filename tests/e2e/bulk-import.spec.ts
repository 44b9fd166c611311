// Bulk import from the Import dialog's "Many articles" tab (issue 12, item 1), in browser mode:
// a folder with articles, an empty file and a JSONL table, imported by path; the summary in the
// dialog and as a downloaded CSV; the new stories in the sidebar; and a second run that finds
// only duplicates. A CSV table with every named column: its story column makes three rows one
// story, and a row without text is refused. A larger folder of web pages is cancelled while it
// runs, keeping what went in.
import { parse } from 'csv-parse/sync';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

const SHOTS = path.join(process.cwd(), 'artifacts', 'screenshots');

/** An invented article: a headline line and sentences unique to `i`. */
function article(i: number): { title: string; text: string } {
  const title = `Harbour bulletin ${i}: ferry timetable changes`;
  const body = Array.from(
    { length: 8 },
    (_, s) =>
      `Line ${s} of bulletin ${i} notes that ferry ${i * 3 + s} leaves at ${(i + s) % 24}:15.`,
  ).join(' ');
  return { title, text: `${title}\n\n${body}\n` };
}

/**
 * A folder with 3 .txt articles and 1 empty file, and beside it a JSONL table of 2 rows (a
 * folder walk reads article files only: a table is imported when named).
 */
function pile(root: string): { folder: string; table: string; titles: string[] } {
  const folder = path.join(root, 'pile');
  mkdirSync(path.join(folder, 'sub'), { recursive: true });
  const titles: string[] = [];
  for (const i of [1, 2, 3]) {
    const a = article(i);
    titles.push(a.title);
    writeFileSync(path.join(folder, i === 3 ? 'sub' : '', `article-${i}.txt`), a.text);
  }
  writeFileSync(path.join(folder, 'empty.txt'), '');
  const rows = [4, 5].map((i) => {
    const a = article(i);
    titles.push(a.title);
    return JSON.stringify({ title: a.title, outlet: 'Coast Ledger', text: a.text });
  });
  const table = path.join(root, 'table.jsonl');
  writeFileSync(table, rows.join('\n') + '\n');
  return { folder, table, titles };
}

type Row = Record<string, string>;

/** A CSV cell, quoted: texts hold commas, quotes and line breaks. */
const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;

/**
 * A CSV table with every named column: three rows of one story (the story column), one row
 * without a story, and one with an empty text, which is refused.
 */
function csvTable(root: string): { file: string; story: string; single: string } {
  const story = 'Ferry strike on the coast';
  const rows = [6, 7, 8, 9, 10].map((i) => {
    const a = article(i);
    const text = i === 9 ? '' : a.text;
    const day = String(i).padStart(2, '0');
    const values = [text, a.title, 'Coast Ledger', `https://example.test/news/${i}`];
    return [...values, `2024-05-${day}T08:00:00Z`, i === 10 ? '' : story].map(cell).join(',');
  });
  const file = path.join(root, 'table.csv');
  writeFileSync(file, ['text,title,outlet,url,published,story', ...rows].join('\r\n') + '\r\n');
  return { file, story, single: article(10).title };
}

test.describe('bulk import by path', () => {
  let root = '';
  test.beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'retold-bulk-e2e-'));
  });
  test.afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('imports a folder and a table, summarises, downloads CSV, re-run finds duplicates', async ({
    page,
    server,
  }) => {
    const { folder, table, titles } = pile(root);
    await openApp(page, server);
    const app = new AppPage(page);
    const dialog = await app.openImport();

    await dialog.startBulk([folder, table]);
    await dialog.bulkFinished();
    await expect(dialog.bulkSummary).toContainText('Import finished');
    await expect(dialog.bulkSummary.getByRole('status')).toHaveText(
      '5 imported · 0 duplicates · 1 not imported',
    );
    await expect(dialog.bulkRows).toHaveCount(6);
    // Problems first, in words.
    await expect(dialog.bulkRows.first()).toContainText('not imported');
    await expect(dialog.bulkRows.first()).toContainText(/empty/i);
    await page.screenshot({ path: path.join(SHOTS, 'bulk-import-summary-light.png') });

    const csv = await dialog.downloadBulkSummary();
    expect(csv.name).toBe('retold-import-summary.csv');
    const lines = parse(csv.text, { columns: true }) as Row[];
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'source',
      'outcome',
      'reason',
      'story_id',
      'story',
      'version',
    ]);
    expect(lines).toHaveLength(6);
    expect(lines.filter((r) => r.outcome === 'imported')).toHaveLength(5);
    const empty = lines.find((r) => r.source?.endsWith('empty.txt'));
    expect(empty?.outcome).toBe('not imported');
    expect(empty?.reason).toMatch(/empty/i);

    // The sidebar lists each new story (the backend's library:changed refreshes it).
    for (const title of titles) await expect(app.storyItem(title)).toBeVisible();

    await dialog.root.getByRole('button', { name: 'Import more' }).click();
    await dialog.startBulk([folder, table]);
    await dialog.bulkFinished();
    await expect(dialog.bulkSummary.getByRole('status')).toHaveText(
      '0 imported · 5 duplicates · 1 not imported',
    );
    await dialog.close();
  });

  test('imports a CSV table: the story column groups rows, a row without text is refused', async ({
    page,
    server,
  }) => {
    const { file, story, single } = csvTable(root);
    await openApp(page, server);
    const app = new AppPage(page);
    const dialog = await app.openImport();
    await dialog.startBulk([file]);
    await dialog.bulkFinished();
    await expect(dialog.bulkSummary.getByRole('status')).toHaveText(
      '4 imported · 0 duplicates · 1 not imported',
    );
    await expect(dialog.bulkRows).toHaveCount(5);
    const refused = dialog.bulkRows.first();
    // lines as in a text editor: each text above spans four (header on line 1)
    await expect(refused).toContainText('table.csv, line 14');
    await expect(refused).toContainText('This row has no text: its text and html cells are empty.');
    const grouped = dialog.bulkRows.filter({ hasText: story });
    await expect(grouped).toHaveCount(3);
    await expect(dialog.bulkRows.filter({ hasText: single })).toHaveCount(1);
    await dialog.close();

    // the three rows of the story column are one story of three versions, in date order
    await app.openStory(story);
    await expect(app.story.rows).toHaveCount(3);
    await expect(app.story.row('Coast Ledger').first()).toBeVisible();
    await expect(app.storyItem(single)).toBeVisible();
  });

  test('a path that does not exist is explained, and nothing is lost', async ({ page, server }) => {
    await openApp(page, server);
    const dialog = await new AppPage(page).openImport();
    const missing = path.join(root, 'no-such-folder');
    await dialog.startBulk([`"${missing}"`]);
    await dialog.bulkFinished();
    await expect(dialog.bulkSummary.getByRole('status')).toHaveText(
      '0 imported · 0 duplicates · 1 not imported',
    );
    await expect(dialog.bulkRows.first()).toContainText(`Retold could not find “${missing}”`);
  });

  test('cancel keeps what was imported; dark theme', async ({ page, server }) => {
    const PAGES = 1200;
    const folder = path.join(root, 'pages');
    mkdirSync(folder);
    // Web pages go through the extraction workers (about 150 a second on two cores), so 1,200
    // of them run for several seconds: long enough to be stopped part way after the progress
    // screenshot (300 pages once finished before the click arrived).
    for (let i = 0; i < PAGES; i++) {
      const a = article(100 + i);
      const paras = a.text
        .split('. ')
        .map((p) => `<p>${p}.</p>`)
        .join('');
      writeFileSync(
        path.join(folder, `page-${i}.html`),
        `<!doctype html><html><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${paras}</article></body></html>`,
      );
    }
    await page.addInitScript(() => localStorage.setItem('retold.theme', 'dark'));
    await openApp(page, server);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dialog = await new AppPage(page).openImport();
    await dialog.startBulk([folder], 'Harbour pages');
    await expect(dialog.bulkProgress).toBeVisible();
    await expect(dialog.root.locator('.bulk-counts')).toContainText(/[1-9]\d* read/);
    await page.screenshot({ path: path.join(SHOTS, 'bulk-import-progress-dark.png') });
    // Closing is refused while the import runs: Cancel is the way to stop it.
    await expect(dialog.root.getByRole('button', { name: 'Importing…' })).toBeDisabled();
    await dialog.root.getByRole('button', { name: 'Cancel import' }).click();
    await dialog.bulkFinished();
    await expect(dialog.bulkSummary).toContainText('Import stopped');
    const counts = await dialog.bulkSummary.getByRole('status').textContent();
    const imported = Number(/^(\d+) imported/.exec(counts ?? '')?.[1] ?? NaN);
    expect(imported).toBeLessThan(PAGES);
    await page.screenshot({ path: path.join(SHOTS, 'bulk-import-summary-dark.png') });
    if (imported > 0) await expect(new AppPage(page).storyItem('Harbour pages')).toBeVisible();
  });
});
