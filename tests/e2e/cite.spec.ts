// Citations (issue 10): "Cite" on an attribution copies outlet, title, date, URL, ¶ number
// and the exact words, plain or as Markdown; "Cite" on a row copies its paragraph and a link.
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';

test('copying the citation of a dropped attribution, plain and as Markdown', async ({
  page,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf('The Coast Ledger');
  const item = cmp.attributions('dropped').getByRole('listitem').first();
  const phrase = (await item.locator('.source-phrase').innerText()).trim();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await item.getByRole('button', { name: 'Cite this attribution' }).click();
  await page
    .getByRole('menuitem', { name: 'Copy citation of this attribution', exact: true })
    .click();
  await expect(item.getByRole('status')).toHaveText('Citation copied');
  const plain = await clipboard();
  // The base (the Gazette, version #1) holds the words the Ledger dropped.
  expect(plain).toContain(phrase);
  expect(plain).toMatch(
    /— Port Ellis Gazette, “[^”]+”, \d{4}-\d\d-\d\d, ¶\d+ \(Retold version #1\)\./,
  );
  expect(plain).toMatch(/\[attribution dropped\]$/);
  expect(plain).toMatch(/ https?:\/\/\S+ /);

  await item.getByRole('button', { name: 'Cite this attribution' }).click();
  await page.getByRole('menuitem', { name: /as Markdown$/ }).click();
  await expect(item.getByRole('status')).toHaveText('Markdown citation copied');
  const md = await clipboard();
  expect(md).toMatch(/^> /);
  expect(md).toMatch(/\n> — \[Port Ellis Gazette, “[^”]+”\]\(https?:\/\/[^)\s]+\), \d{4}-/);
});

test('a row’s Cite menu copies its paragraph and a link to it', async ({
  page,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf('Seaboard Post');
  const row = cmp.pair.locator('.pair-row[data-kind="linked"]').nth(1);
  await row.hover();
  const para = (await row.locator('.cell-version .para').first().innerText()).trim();
  await row.getByRole('button', { name: /^Cite or link ¶\d+$/ }).click();
  await page.getByRole('menuitem', { name: /^Cite ¶\d+ of this version$/ }).click();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain('— Seaboard Post');
  expect(plain.replace(/\s+/g, ' ')).toContain(
    para.replace(/\s+/g, ' ').replace(/"/g, '‘').slice(0, 30),
  );

  await row.hover();
  await row.getByRole('button', { name: /^Cite or link/ }).click();
  await page.getByRole('menuitem', { name: 'Copy link to this paragraph' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${server.origin}/#/story/\\d+/pair/\\d+/p/\\d+$`));
  await page.goto(link);
  await expect(cmp.pair.locator('.pair-row:focus')).toContainText(para.slice(0, 30));
});
