// "Group unsorted articles" in browser mode (issue 12, item 3): articles bulk-imported with no
// story (tests/fixtures/grouping: a wire story with reprints, another story and its reprint,
// and an independent report of the first story's event), proposed as stories, reviewed (split
// out, merged back) and accepted; the story then opens with its versions. Screenshots at 1024
// and 1440 px go to artifacts/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from '../../bench/grouping/generate';
import { AppPage } from './pages/app-page';
import { GroupingView } from './pages/grouping-view';
import { expect, openApp, test } from './support/fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'grouping');
const SHOTS = path.join(ROOT, 'artifacts', 'screenshots');
const DAM = 'Valley dam spillway to be rebuilt after spring floods';
const BAKERY = 'Village bakery wins national bread prize';

/** A third reprint of the wire story (its first four paragraphs), as one more JSONL row. */
function extraReprint(dir: string): string {
  const wire = readFileSync(path.join(FIXTURE, 'dam-wire.txt'), 'utf8');
  const text = wire
    .split('\n\n')
    .slice(0, 5)
    .join('\n\n')
    .replace(DAM, 'Dam repairs to lower reservoir');
  const file = path.join(dir, 'extra.jsonl');
  const row = {
    title: 'Dam repairs to lower reservoir',
    outlet: 'Riverside Post',
    published: '2024-05-06T12:00:00+02:00',
    text,
  };
  writeFileSync(file, `${JSON.stringify(row)}\n`);
  return file;
}

/** `retold import ARGS...` into the test's library (a second writer beside the server). */
function importCli(dataDir: string, args: string[]): void {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'cli', 'bin.mjs'), 'import', ...args, '--library', dataDir],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
  );
  expect(r.status, r.stderr).toBe(0);
}

test.describe('group unsorted articles', () => {
  let tmp = '';
  test.beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'retold-grouping-e2e-'));
  });
  test.afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  test('proposes, splits out, merges back and accepts a story', async ({ page, server }) => {
    importCli(server.dataDir, [path.join(FIXTURE, 'articles.jsonl'), extraReprint(tmp)]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, server);
    const app = new AppPage(page);
    const review = new GroupingView(page);
    await review.open();
    await review.findProposals();

    await expect(review.cards).toHaveCount(2);
    await expect(review.rows(DAM)).toHaveCount(4);
    await expect(review.rows(BAKERY)).toHaveCount(2);
    // the independent report of the same event is in no proposal
    await expect(page.locator('main')).not.toContainText('Lakeside Weekly');
    const original = review.rows(DAM).filter({ hasText: 'Presumed original' });
    await expect(original).toContainText('Northern Press');
    await expect(review.card(DAM)).toContainText('Earliest date: published first, on 6 May 2024');
    await page.screenshot({ path: path.join(SHOTS, 'grouping-review-1440.png'), fullPage: true });

    const axe = await new AxeBuilder({ page }).include('main').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);

    // split two reprints out into a proposal of their own (one ticked from the keyboard)
    await review.select(DAM, ['Valley Gazette']);
    await review.card(DAM).getByRole('checkbox', { name: 'Select Riverside Post' }).focus();
    await page.keyboard.press('Space');
    await review.splitSelected(DAM);
    await expect(review.cards).toHaveCount(3);
    await expect(review.rows(DAM)).toHaveCount(2);
    const split = review.cards.filter({ hasText: 'Riverside Post' });
    await expect(split.locator('tbody tr')).toHaveCount(2);
    const splitTitle = (await split.locator('h2').textContent()) ?? '';

    // …and merge them back
    await review.merge(splitTitle, `${DAM} (2)`);
    await expect(review.cards).toHaveCount(2);
    await expect(review.rows(DAM)).toHaveCount(4);

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'grouping-review-1024.png'), fullPage: true });
    await review.card(DAM).screenshot({ path: path.join(SHOTS, 'grouping-card-1024.png') });
    const overflow = await page.evaluate(() =>
      [document.documentElement, document.querySelector('main')].some(
        (el) => el !== null && el.scrollWidth > el.clientWidth,
      ),
    );
    expect(overflow).toBe(false);

    await review.accept(DAM);
    await expect(review.cards).toHaveCount(1);
    // what is left is a copy of its original: "Accept all" is offered, and confirmed first
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Accept every proposal?' });
    await confirm.getByRole('button', { name: 'Accept all' }).click();
    await expect(review.cards).toHaveCount(0);
    await expect(page.locator('main')).toContainText('No proposals are waiting');
    await review.status.getByRole('button', { name: 'Open the story' }).click();
    await expect(app.story.title).toHaveText(DAM);
    await expect(app.story.rows).toHaveCount(4);
    await expect(app.story.row('Riverside Post')).toBeVisible();
    await expect(app.storyItem(DAM)).toBeVisible();
  });

  test('shows progress while finding proposals, and Cancel keeps nothing', async ({
    page,
    server,
  }) => {
    // a few thousand generated unsorted articles: long enough a run to watch and cancel
    const rows = generateArticles({
      seed: 12,
      topics: 12,
      eventsPerTopic: 20,
      maxCopies: 6,
      independentShare: 0.3,
      sameTopic: 1200,
      unrelated: 1200,
    }).map(({ title, outlet, published, text }) =>
      JSON.stringify({ title, outlet, published, text }),
    );
    const file = path.join(tmp, 'many.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);
    importCli(server.dataDir, [file]);
    await openApp(page, server);
    const review = new GroupingView(page);
    await review.open();
    await review.startFinding();
    await expect(review.progress).toBeVisible();
    const counts = page.locator('main .grouping-progress [role="status"]');
    await expect(counts).toContainText(/of [\d,]+ unsorted articles examined/);
    // Cancel at once: on a quiet machine the whole run takes only seconds, and a run that
    // ends before Cancel arrives stores its proposals, as it should.
    await page.locator('main .grouping-progress').getByRole('button', { name: 'Cancel' }).click();
    await expect(review.progress).toBeHidden();
    await expect(page.locator('main')).toContainText('No proposals are waiting');
    await expect(review.cards).toHaveCount(0);
  });

  test("shows passim's clusters for review like the grouping's", async ({ page, server }) => {
    importCli(server.dataDir, [path.join(FIXTURE, 'articles.jsonl')]);
    importCli(server.dataDir, ['--passim-clusters', path.join(FIXTURE, 'passim', 'out.json')]);
    await openApp(page, server);
    const review = new GroupingView(page);
    await review.open();
    await expect(review.cards).toHaveCount(2);
    await expect(review.card(DAM)).toContainText('3 articles · from passim');
    await expect(review.card(DAM)).toContainText('passim cluster: passim found shared passages');
    await expect(review.card(BAKERY)).toContainText('2 articles · from passim');
  });
});
