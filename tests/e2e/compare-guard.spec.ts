// The comparison never holds the window: a running comparison can be cancelled, a slow one
// does not delay another story, a time limit stops it with ways on, a very large story is
// asked about first, and a comparison that crashed the tab is not restarted unasked.
// A renderer test hook (localStorage `retold.test.slowCompare`) keeps the worker busy before
// comparing the story marked with SLOW_MARK, so "slow" does not depend on the engine's speed.
import type { Page } from '@playwright/test';
import { SLOW_MARK, SLOW_TITLE, slowVersions } from '../fixtures/e2e/slow-story';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';
import type { RunningServer } from './support/server';

const DEMO = 'Port Ellis council approves wind cable landing at Gull Point after heated meeting';
const SHOTS = 'artifacts/screenshots';

interface Hook {
  delayMs?: number;
  timeoutMs?: number;
  sizeGuardChars?: number;
}

/** Sets the hook for every page load, and now if a page is open. */
async function slowCompare(page: Page, hook: Hook): Promise<void> {
  const value = JSON.stringify({ match: SLOW_MARK, ...hook });
  await page.addInitScript((v) => localStorage.setItem('retold.test.slowCompare', v), value);
  if (page.url().startsWith('http')) {
    await page.evaluate((v) => localStorage.setItem('retold.test.slowCompare', v), value);
  }
}

/** Imports the slow story (two versions); the app then opens it and starts comparing. */
async function importSlowStory(page: Page, server: RunningServer): Promise<AppPage> {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory(SLOW_TITLE);
  for (const text of slowVersions) await dialog.paste(text);
  await dialog.close();
  await expect(app.story.title).toHaveText(SLOW_TITLE);
  return app;
}

test('a running comparison can be cancelled, and another story opens at once', async ({
  page,
  server,
}) => {
  await slowCompare(page, { delayMs: 120_000 });
  const app = await importSlowStory(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.running).toContainText('Comparing the versions');
  const cancel = cmp.running.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-running.png` });

  // Opening another story while the slow one runs: it is not queued behind it (the slow one
  // takes 120 s; the demo story's own comparison, cold, a few seconds on a loaded machine).
  let t0 = Date.now();
  await app.openStory(DEMO);
  await expect(cmp.overview).toBeVisible({ timeout: 30_000 });
  const afterSwitch = Date.now() - t0;

  await app.openStory(SLOW_TITLE);
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(cmp.held('cancelled')).toContainText('The comparison was cancelled.');
  await expect(cmp.held('cancelled').getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-cancelled.png` });

  t0 = Date.now();
  await app.openStory(DEMO);
  await expect(cmp.overview).toBeVisible({ timeout: 30_000 });
  console.log(
    `demo story shown ${afterSwitch} ms after leaving a slow comparison, ${Date.now() - t0} ms after cancelling one`,
  );
});

test('a comparison over the time limit stops, and can run without it or quickly', async ({
  page,
  server,
}) => {
  await slowCompare(page, { delayMs: 4_000, timeoutMs: 2_000 });
  await importSlowStory(page, server);
  const cmp = new CompareView(page);
  const held = cmp.held('timeout');
  await expect(held).toContainText('took longer than 2 seconds and was stopped');
  await expect(held.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-timeout.png` });

  await held.getByRole('button', { name: 'Compare without a time limit' }).click();
  await expect(cmp.running).toBeVisible();
  await expect(cmp.overview).toBeVisible({ timeout: 15_000 });
  await expect(cmp.tab('Pair')).toBeEnabled();
});

test('the quick comparison is offered after a time-out and says what it leaves out', async ({
  page,
  server,
}) => {
  await slowCompare(page, { delayMs: 60_000, timeoutMs: 1_500 });
  await importSlowStory(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.held('timeout')).toBeVisible();
  await slowCompare(page, { delayMs: 0 });
  await cmp.held('timeout').getByRole('button', { name: 'Quick comparison' }).click();
  await expect(cmp.overview).toBeVisible();
  const note = page.locator('.compare-status[data-state="quick"]');
  await expect(note).toContainText('attributions and quotes were not analysed');
  await page.screenshot({ path: `${SHOTS}/compare-quick.png` });
  await note.getByRole('button', { name: 'Full comparison' }).click();
  await expect(note).toBeHidden();
  await expect(cmp.overview).toBeVisible();
});

test('a very large story is explained before it is compared', async ({ page, server }) => {
  await slowCompare(page, { sizeGuardChars: 200 });
  await importSlowStory(page, server);
  const cmp = new CompareView(page);
  const held = cmp.held('size');
  await expect(held).toContainText(/This story has 1 KB of text in 2 versions/);
  await page.screenshot({ path: `${SHOTS}/compare-size-guard.png` });
  await held.getByRole('button', { name: 'Compare anyway' }).click();
  await expect(cmp.overview).toBeVisible();
});

test('a story whose comparison crashed the tab is not compared again on reopening', async ({
  page,
  context,
  server,
}) => {
  await slowCompare(page, { delayMs: 120_000 });
  await importSlowStory(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.running).toBeVisible();
  // Crash the tab mid-comparison, as running out of memory would.
  await page.goto('chrome://crash').catch(() => undefined);

  const again = await context.newPage();
  await slowCompare(again, { delayMs: 0 });
  await openApp(again, server);
  const app = new AppPage(again);
  // The app reopens the most recently updated story: the one that crashed.
  await expect(app.story.title).toHaveText(SLOW_TITLE);
  const cmp2 = new CompareView(again);
  await expect(cmp2.held('unfinished')).toContainText('did not finish');
  await again.screenshot({ path: `${SHOTS}/compare-unfinished.png` });
  await cmp2.held('unfinished').getByRole('button', { name: 'Compare anyway' }).click();
  await expect(cmp2.overview).toBeVisible();
  // A finished comparison clears the record: reloading now compares without asking.
  await again.reload();
  await expect(cmp2.overview).toBeVisible();
});
