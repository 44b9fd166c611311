// A reprint that ends with "This article originally appeared in The Washington Post." must show
// that line as an added credit in the pair's attributions panel: not as kept, paired with the
// base's photo-caption credit that names the same outlet (issue 8). Both texts are our own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/e2e');
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const STORY = 'Island ferry repairs';
const CREDIT = 'originally appeared in The Washington Post';

test('an “originally appeared in” line of a reprint is listed as an added credit', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory(STORY);
  // Dated, so the original is the base for certain (the earliest publication).
  await dialog.paste(read('credit-base.txt'), undefined, {
    outlet: 'The Washington Post',
    published: '2026-03-03',
  });
  await dialog.paste(read('credit-reprint.txt'), undefined, {
    outlet: 'Valley Tribune',
    published: '2026-03-04',
  });
  await expect(dialog.root.locator('.status-imported')).toHaveCount(2);
  await dialog.close();
  await expect(app.story.title).toHaveText(STORY);

  const cmp = new CompareView(page);
  await expect(cmp.overview.locator('.base-line')).toContainText('The Washington Post');
  await cmp.openPairOf('Valley Tribune');
  await expect(cmp.panel).toBeVisible();
  await expect(cmp.attributions('added')).toContainText(CREDIT);
  await expect(cmp.attributions('kept')).not.toContainText(CREDIT);
  // The base's photo credit has no counterpart in the reprint: it is dropped, not "kept" as
  // the end credit.
  await expect(cmp.attributions('dropped')).toContainText('Sam Reyes');
  await cmp.panel.screenshot({ path: 'artifacts/screenshots/credit-added-panel.png' });
});

test('minor rewordings of a credit are dimmed and counted apart from real changes', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory(STORY);
  await dialog.paste(read('credit-base.txt'), undefined, {
    outlet: 'The Washington Post',
    published: '2026-03-03',
  });
  // "Quist said" → "Quist says", "the office said" → "said the office", "said" → "claimed".
  await dialog.paste(read('credit-reworded.txt'), undefined, {
    outlet: 'Valley Tribune',
    published: '2026-03-04',
  });
  await dialog.close();
  const cmp = new CompareView(page);
  await cmp.openPairOf('Valley Tribune');
  const minor = cmp.attributions('changed in wording only');
  await expect(minor).toContainText('tense only');
  await expect(minor.locator('li.source-item.minor[data-change="tense"]')).toContainText(
    'Quist says',
  );
  await expect(cmp.attributions('changed')).toContainText('claimed');
  await expect(cmp.attributions('changed')).not.toContainText('Quist says');
  await page.mouse.move(0, 0);
  await cmp.panel.screenshot({ path: 'artifacts/screenshots/attributions-minor-dimmed.png' });
  // The overview's "Sources changed" counts what the panel calls added, dropped or changed,
  // and gives the wording-only changes apart, as minor.
  const items = (group: string) => cmp.attributions(group).getByRole('listitem').count();
  const real = (await items('added')) + (await items('dropped')) + (await items('changed'));
  const minorCount = await items('changed in wording only');
  await cmp.tab('Overview').click();
  const sourcesCell = cmp.overview
    .locator('tbody tr', { hasText: 'Valley Tribune' })
    .locator('td.num')
    .nth(1);
  await expect(cmp.overview.locator('thead')).toContainText('Sources changed');
  await expect(sourcesCell).toHaveText(new RegExp(`^${real}\\s*\\+${minorCount} minor$`));
  // The matrix's source rows dim it the same way, and say which kind.
  await cmp.tab('Matrix').click();
  const row = cmp.matrix.locator('tbody.source-rows tr', { hasText: 'Quist said' });
  await expect(row.locator('button[data-change="tense"]')).toContainText('tense');
  await row.screenshot({ path: 'artifacts/screenshots/matrix-minor-dimmed.png' });
});
