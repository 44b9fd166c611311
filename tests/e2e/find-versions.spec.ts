// "Find other versions of this article" in browser mode (issue 12, item 3): real articles from
// the development set (an AP story as Global News carried it, The Guardian's copy, and Kyodo's
// independent report of the same event; plus an unrelated story), bulk-imported with no story
// so each is alone. From the AP story's page the Guardian's copy is found and the Kyodo report is
// not; one click adds the copy to the story, whose emptied story then disappears.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devsetArticles } from '../../bench/grouping/devset-truth';
import { AppPage } from './pages/app-page';
import { FindVersionsDialog } from './pages/find-versions-dialog';
import { expect, openApp, test } from './support/fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = path.join(ROOT, 'artifacts', 'screenshots');

/** Story titles, one per article (bulk import titles each article's own story by them). */
const TITLES: Record<string, string> = {
  '02-sewol-raised-2017/v0': 'Sewol ferry raised (Global News)',
  '02-sewol-raised-2017/v1': 'Sewol ferry raised (The Guardian)',
  '14-control-sewol-raised-2017/v1': 'Sewol ferry raised (Kyodo)',
  '06-luca-hydrothermal/v0': 'Life’s last universal common ancestor',
};

/** The articles as a JSONL file of bulk import (no story column: each one is unsorted). */
function articlesFile(dir: string): string {
  const rows = devsetArticles()
    .filter((a) => (a.ref ?? '') in TITLES)
    .map((a) => ({
      title: TITLES[a.ref ?? ''],
      outlet: a.outlet,
      published: a.published,
      text: a.text,
    }));
  const file = path.join(dir, 'articles.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  return file;
}

test.describe('find other versions', () => {
  let tmp = '';
  test.beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'retold-find-e2e-'));
  });
  test.afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  test('finds a copy, leaves out the independent report, and adds the copy', async ({
    page,
    server,
  }) => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'cli', 'bin.mjs'), 'import', articlesFile(tmp), '--library', server.dataDir],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
    );
    expect(r.status, r.stderr).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openApp(page, server);
    const app = new AppPage(page);
    await app.openStory('Sewol ferry raised (Global News)');
    await app.story.rowAction('Global News', 'Find others');

    const dialog = new FindVersionsDialog(page);
    await dialog.ready();
    await expect(dialog.items).toHaveCount(1);
    await expect(dialog.item('The Guardian')).toContainText('wholly derived');
    await expect(dialog.item('The Guardian')).toContainText('unsorted');
    await expect(dialog.root).not.toContainText('Kyodo');
    await page.screenshot({ path: path.join(SHOTS, 'find-versions-1280.png') });

    await dialog.add('The Guardian');
    await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
      '“Sewol ferry raised (Global News)”',
    );
    await dialog.close();
    await expect(app.story.rows).toHaveCount(2);
    await expect(app.story.row('The Guardian')).toBeVisible();
    // the Guardian's one-version story had no notes: it is gone
    await expect(app.storyItem('Sewol ferry raised (The Guardian)')).toHaveCount(0);
    await expect(app.storyItem('Sewol ferry raised (Kyodo)')).toBeVisible();
  });

  test('says so when an article has no other versions', async ({ page, server }) => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'cli', 'bin.mjs'), 'import', articlesFile(tmp), '--library', server.dataDir],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
    );
    expect(r.status, r.stderr).toBe(0);
    await openApp(page, server);
    const app = new AppPage(page);
    await app.openStory('Life’s last universal common ancestor');
    await app.story.rowAction('The Conversation', 'Find others');
    const dialog = new FindVersionsDialog(page);
    await dialog.ready();
    await expect(dialog.summary).toContainText('No other versions found');
    await expect(dialog.items).toHaveCount(0);
  });
});
