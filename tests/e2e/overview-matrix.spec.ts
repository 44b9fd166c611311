// The overview, matrix and panel on the demo story (issue 11 items 7-10): the matrix is a grid
// the arrow keys cross, the overview sorts by any column, the story list sorts, the quote
// panel says who spoke and where, and the labels explain themselves.
import { demoStory } from '../../backend/demo/demo-story';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { LONG_STORY, importLongStory } from './support/long-story';
import { expect, openApp, test } from './support/fixtures';

test('arrow keys move between matrix cells, and Enter opens the pair at that cell', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  // One Tab stop for the whole grid: a few Tabs from the Matrix tab land on it.
  await expect(cmp.matrixTabStop).toHaveCount(1);
  await cmp.tab('Matrix').focus();
  await cmp.tabIntoMatrix();

  const col = await cmp.column('The Tidewater Daily');
  const start = await cmp.cell(2, 'The Tidewater Daily');
  await start.focus();
  await page.keyboard.press('ArrowRight');
  expect(await cmp.focusedCellKey()).toBe(`p1-${col + 1}`);
  await page.keyboard.press('ArrowLeft');
  await expect(start).toBeFocused();
  // Down skips the empty cells of rows that other versions added; Up comes back.
  await page.keyboard.press('ArrowDown');
  const below = await cmp.focusedCellKey();
  expect(below).toMatch(new RegExp(`^(p\\d+-${col}|a${col}-\\d+)$`));
  expect(below).not.toBe(`p1-${col}`);
  await page.keyboard.press('ArrowUp');
  await expect(start).toBeFocused();
  await page.keyboard.press('Home');
  expect(await cmp.focusedCellKey()).toBe('p1-0');
  await page.keyboard.press('End');
  expect(await cmp.focusedCellKey()).toBe(`p1-${demoStory.versions.length - 2}`);
  // The cell last used is the grid's one Tab stop.
  await expect(cmp.matrixTabStop).toHaveCount(1);
  await expect(cmp.matrixTabStop).toBeFocused();

  // Back to ¶2 of the Tidewater Daily, then Enter opens that pair at that paragraph.
  await page.keyboard.press('Home');
  for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cmp.pair).toBeVisible();
  await expect(page).toHaveURL(/#\/story\/\d+\/pair\/\d+\/b\/2$/);
  await expect(
    page.getByLabel('Version compared with the base').locator('option:checked'),
  ).toHaveText('The Tidewater Daily');
});

test('matrix columns are even and a source cell keeps its symbol and word on one line', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  const widths = await cmp.matrix
    .locator('thead th.matrix-col')
    .evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
  expect(widths.length).toBe(demoStory.versions.length - 1);
  expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
  const source = cmp.matrix.locator('tbody.source-rows button').first();
  const para = cmp.matrix.locator('tbody tr[data-base-block] button').first();
  const [s, p] = [await source.boundingBox(), await para.boundingBox()];
  expect(s && p).toBeTruthy();
  if (!s || !p) return;
  expect(Math.abs(s.width - p.width)).toBeLessThanOrEqual(1);
  expect(s.height).toBeLessThanOrEqual(p.height + 1); // one line, like a paragraph cell
  await cmp.matrix
    .locator('tbody.source-rows')
    .screenshot({ path: 'artifacts/screenshots/matrix-source-rows.png' });
});

test('the overview sorts by any column, with aria-sort, by mouse or keyboard', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  const similar = cmp.overviewHeader('Similar');
  const values = async () =>
    (
      await cmp.overview.locator('tbody tr:not(.is-base) td.num:nth-of-type(1)').allTextContents()
    ).map((t) => Number.parseInt(t, 10));
  await expect(similar).not.toHaveAttribute('aria-sort');
  await similar.getByRole('button').click();
  await expect(similar).toHaveAttribute('aria-sort', 'ascending');
  const up = await values();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await similar.getByRole('button').click();
  await expect(similar).toHaveAttribute('aria-sort', 'descending');
  expect(await values()).toEqual([...up].sort((a, b) => b - a));
  // The base row stays on top whatever the order.
  await expect(cmp.overview.locator('tbody tr').first()).toHaveClass(/is-base/);

  const version = cmp.overviewHeader('Version');
  await version.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(version).toHaveAttribute('aria-sort', 'ascending');
  await expect(similar).not.toHaveAttribute('aria-sort');
  const names = await cmp.overview
    .locator('tbody tr:not(.is-base) .version-outlet')
    .allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await expect(cmp.overviewHeader('Sources changed')).toBeVisible();
  await expect(cmp.overviewHeader('Quotes changed')).toBeVisible();
});

test('labels explain themselves: derivation, and the base reason in human words', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  const row = cmp.overview.locator('tbody tr', { hasText: 'The Coast Ledger' });
  const label = row.locator('.derivation');
  await expect(label).toContainText('wholly derived');
  await expect(label).toContainText('most of its own words come from the base');
  await expect(label).toHaveAttribute('title', /own words .*come from the base/);
  await expect(cmp.overview.locator('.overview-legend')).toContainText('Derivation');
  // The demo's base is dated: a human date, the time as written, no raw timestamp, no brackets.
  const reason = cmp.overview.locator('.base-reason');
  await expect(reason).toContainText('published first, on');
  await expect(reason).toContainText('2024');
  await expect(reason).not.toContainText('T06:15');
  await expect(reason).not.toContainText('(');
  // At 1024 px the sortable headers wrap, so every row's actions fit without scrolling sideways.
  await page.setViewportSize({ width: 1024, height: 768 });
  const scroller = cmp.overview.locator('.overview-scroll');
  await expect
    .poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth))
    .toBeLessThanOrEqual(1);
  await cmp.overview.screenshot({ path: 'artifacts/screenshots/overview-1024-sortable.png' });
});

test('the quote panel says who spoke and in which paragraph', async ({ page, server }) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf('The Coast Ledger');
  // "She said" is resolved to the person it stands for, as the CLI prints it.
  const she = cmp.attributions('kept').locator('.source-item', { hasText: 'She said' });
  await expect(she.locator('.source-speaker')).toHaveText('— Marchetti');
  await expect(she.locator('.source-para')).toHaveText(/^¶\d+( → ¶\d+)?$/);
  // The two "he said" rows the Ledger dropped name different speakers and paragraphs.
  const dropped = cmp.attributions('dropped').locator('.source-item', { hasText: 'he said' });
  await expect(dropped).toHaveCount(2);
  const paras = await dropped.locator('.source-para').allTextContents();
  expect(new Set(paras).size).toBe(2);
  const quotes = cmp.panel.getByRole('region', { name: 'Quotes dropped', exact: true });
  const promise = quotes.locator('.source-item', { hasText: 'A promise on a Monday night' });
  await expect(promise.locator('.source-speaker')).toContainText('Caleb Dunmore');
  await expect(promise.locator('.source-para')).toHaveText(/^base ¶\d+$/);
  await cmp.panel.screenshot({ path: 'artifacts/screenshots/panel-speakers.png' });
});

test('the story list sorts by update, title or number of versions, and remembers it', async ({
  page,
  server,
  dataDir,
}) => {
  importLongStory(dataDir);
  await openApp(page, server);
  const app = new AppPage(page);
  const items = page.getByRole('navigation', { name: 'Stories' }).locator('.story-item-title');
  const titles = () => items.allTextContents();
  // The list is paged: after a new order, its rows show "…" until their page has come.
  const loaded = () => expect(items.filter({ hasText: /^…$/u })).toHaveCount(0);
  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('updated');
  await expect(app.storyItem(LONG_STORY)).toBeVisible();
  await expect(items).toHaveText([LONG_STORY, demoStory.title]); // imported last
  await sort.selectOption({ label: 'Number of versions' });
  await expect(items).toHaveText([demoStory.title, LONG_STORY]); // more versions against two
  await sort.selectOption({ label: 'Title' });
  await loaded();
  const byTitle = await titles();
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  await expect(items).toHaveText(byTitle);
});
