// Links into the app (issue 10): the address names the story, pair and paragraph shown; a
// reload lands there again; "Copy link" copies an address without the browser-mode key that
// opens the same pair in another tab of the same browser; Back returns to the last view.
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';

const PAIR = /#\/story\/\d+\/pair\/\d+$/;

test('a pair and a paragraph have addresses that survive a reload', async ({ page, server }) => {
  await openApp(page, server);
  expect(page.url()).not.toContain('token');
  const cmp = new CompareView(page);
  await cmp.openPairOf('Seaboard Post');
  await expect(page).toHaveURL(PAIR);
  const select = page.getByLabel('Version compared with the base');
  const chosen = await select.inputValue();

  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(cmp.pair).toBeVisible({ timeout: 20_000 });
  await expect(select).toHaveValue(chosen);
  await expect(select.locator('option:checked')).toHaveText('Seaboard Post');

  // A matrix cell opens the pair at a base paragraph, and says so in the address.
  await cmp.tab('Matrix').click();
  await expect(page).toHaveURL(/#\/story\/\d+\/matrix$/);
  await (await cmp.cell(9, 'The Westerly Chronicle')).click();
  await expect(page).toHaveURL(/#\/story\/\d+\/pair\/\d+\/b\/9$/);
  await page.reload();
  await expect(cmp.pair).toBeVisible({ timeout: 20_000 });
  await expect(select.locator('option:checked')).toHaveText('The Westerly Chronicle');
  const landed = cmp.pair.locator('.pair-row:focus');
  await expect(landed).toHaveAttribute('data-kind', 'dropped');
  await expect(landed).toContainText('Marchetti');

  // Back goes to the matrix, where the pair was opened from.
  await page.goBack();
  await expect(cmp.matrix).toBeVisible();
});

test('a copied link opens the same pair in another tab of the same browser', async ({
  page,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf('The Tidewater Daily');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.toast')).toContainText('the key is per launch');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${server.origin}/${PAIR.source}`));
  expect(link).not.toContain(server.token);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('body[data-ready="true"]')).toBeVisible();
  const there = new CompareView(other);
  await expect(there.pair).toBeVisible({ timeout: 20_000 });
  await expect(
    other.getByLabel('Version compared with the base').locator('option:checked'),
  ).toHaveText('The Tidewater Daily');
  await expect(other).toHaveURL(link);
});

test('an address of a story that is not there opens the library instead', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  await page.goto(`${server.origin}/#/story/999/pair/2/p/4`);
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/#\/story\/\d+$/);
  expect(page.url()).not.toContain('999');
});
