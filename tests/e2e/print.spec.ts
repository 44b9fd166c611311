// Printing the app (issue 10): the pair view prints every row, not only the ones the
// virtualised list has on screen, and none of the app's chrome; the matrix prints whole.
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';
import { baseParagraph, importLongStory, LONG_STORY, PARAGRAPHS } from './support/long-story';

test('printing a pair prints all of its paragraphs and no sidebar or buttons', async ({
  page,
  server,
}) => {
  importLongStory(server.dataDir);
  await openApp(page, server);
  const app = new AppPage(page);
  await app.openStory(LONG_STORY);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await cmp.tab('Pair').click();
  await expect(cmp.pair).toBeVisible();
  const baseParas = cmp.pair.locator('.pair-row .cell-base .para');
  // On screen, the list is virtualised: far fewer rows than paragraphs exist.
  await expect(baseParas.first()).toBeVisible();
  expect(await baseParas.count()).toBeLessThan(PARAGRAPHS);

  await page.emulateMedia({ media: 'print' });
  await expect(baseParas).toHaveCount(PARAGRAPHS);
  const printed = await cmp.pair.innerText();
  for (let n = 0; n < PARAGRAPHS; n++) expect(printed).toContain(baseParagraph(n));
  await expect(cmp.pair.locator('.pair-row .cell-version .para')).toHaveCount(PARAGRAPHS - 1);
  await expect(app.sidebar).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Story views' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Next change/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export this story' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Back on screen, the list is virtualised again.
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => baseParas.count()).toBeLessThan(PARAGRAPHS);
  await expect(app.sidebar).toBeVisible();
});

test('printing the matrix prints every paragraph row without the scroll box', async ({
  page,
  server,
}) => {
  importLongStory(server.dataDir);
  await openApp(page, server);
  await new AppPage(page).openStory(LONG_STORY);
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  await page.emulateMedia({ media: 'print' });
  const rows = cmp.matrix.locator('tbody tr[data-base-block]');
  await expect(rows).toHaveCount(PARAGRAPHS);
  // Every row is laid out in the page flow: the last one is not clipped by a scroll box.
  const scroll = cmp.matrix.locator('.matrix-scroll');
  const [box, last] = await Promise.all([scroll.boundingBox(), rows.last().boundingBox()]);
  expect(last && box && last.y + last.height <= box.y + box.height + 1).toBe(true);
  await expect(scroll).toHaveCSS('overflow-y', 'visible');
});
