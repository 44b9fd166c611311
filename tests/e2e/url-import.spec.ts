// URL import from the Import dialog's "Web addresses" tab (issue 12, item 2), in browser mode:
// two addresses of a local page server (tests/support/page-server.ts, on 127.0.0.1 like Retold's
// own server), one good and one missing; one is imported and one refused with its reason, the
// server saw the User-Agent set in the dialog, and the version's details show the evidence of
// the fetch. No test touches the internet.
import path from 'node:path';
import { startPageServer, type PageServer } from '../support/page-server';
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

const SHOTS = path.join(process.cwd(), 'artifacts', 'screenshots');

let pages: PageServer;
test.beforeAll(async () => {
  pages = await startPageServer();
});
test.afterAll(() => pages.close());

test('pastes two addresses: one imported, one refused with its reason, evidence shown', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.setUserAgent('Retold e2e (local test server)');
  await page.screenshot({ path: path.join(SHOTS, 'url-import-form-light.png') });

  const good = `${pages.origin}/chain/1`;
  const missing = `${pages.origin}/missing`;
  await dialog.importUrls([good, missing], 'Cable vote');
  await dialog.bulkFinished();
  await expect(dialog.bulkSummary.getByRole('status')).toHaveText(
    '1 imported · 0 duplicates · 1 not imported',
  );
  const refused = dialog.bulkRows.filter({ hasText: missing });
  await expect(refused).toContainText('not imported');
  await expect(refused).toContainText('There is no page at this address (HTTP 404 Not Found).');
  await expect(dialog.bulkRows.filter({ hasText: good })).toContainText('Into “Cable vote”');
  await page.screenshot({ path: path.join(SHOTS, 'url-import-summary-light.png') });
  expect(pages.seen.find((r) => r.path === '/article')?.userAgent).toBe(
    'Retold e2e (local test server)',
  );
  await dialog.close();

  await app.openStory('Cable vote');
  await app.story.rowAction('Harbour Ledger', 'Read');
  const evidence = page.locator('dl[aria-label="How this page was fetched"]');
  await expect(evidence).toContainText('HTTP 200 · text/html · 3 redirects');
  await expect(evidence).toContainText(`Read from${pages.origin}/article`);
  await expect(evidence).toContainText(`Asked for${good}`);
  await expect(evidence).toContainText(/SHA-256 [0-9a-f]{64}/);
  await page.screenshot({ path: path.join(SHOTS, 'url-import-evidence-light.png') });
});

test('shows each address as it lands; Cancel stops a slow fetch and keeps what came', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  const good = `${pages.origin}/article`;
  const slow = `${pages.origin}/slow`;
  await dialog.importUrls([slow, good]);

  const live = dialog.root.getByRole('region', { name: 'Web addresses being imported' });
  await expect(live.getByRole('row').filter({ hasText: good })).toContainText('Imported into');
  await expect(live.getByRole('row').filter({ hasText: slow })).toContainText('Fetching…');
  await page.screenshot({ path: path.join(SHOTS, 'url-import-running-light.png') });

  await dialog.root.getByRole('button', { name: 'Cancel import' }).click();
  await dialog.bulkFinished();
  await expect(dialog.bulkSummary).toContainText('Import stopped');
  await expect(dialog.bulkRows.filter({ hasText: slow })).toContainText(
    'The import was cancelled before this page was fetched.',
  );
  await expect(dialog.bulkRows.filter({ hasText: good })).toContainText('imported');
  await dialog.close();
  await expect(app.storyItem(/Cable vote passes/)).toBeVisible();
});
