// The comparison views on the demo story (backend/demo/README.md lists which reprint shows
// which change, paragraph by paragraph).
import { expect, openApp, test } from './support/fixtures';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';

test('the matrix shows every version with the statuses the demo story was written to show', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  // The comparison runs in a worker: wait for it as the other specs do (slow under load).
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await expect(cmp.overview.locator('tbody tr')).toHaveCount(7); // the base, 5 reprints, 1 report
  await expect(cmp.overview).toContainText('Port Ellis Gazette');
  await cmp.openMatrix();
  for (const outlet of [
    'The Coast Ledger',
    'The Tidewater Daily',
    'Seaboard Post',
    'The Westerly Chronicle',
    'Harbor Light Radio',
  ]) {
    await cmp.column(outlet);
  }
  // The Coast Ledger stops after ¶10; ¶1 verbatim, ¶11–16 dropped.
  await expect(await cmp.cell(1, 'The Coast Ledger')).toHaveAttribute('data-status', 'verbatim');
  await expect(await cmp.cell(11, 'The Coast Ledger')).toHaveAttribute('data-status', 'dropped');
  await expect(await cmp.cell(16, 'The Coast Ledger')).toHaveAttribute('data-status', 'dropped');
  // The Tidewater Daily moved ¶13; Seaboard Post reworded ¶2; the Chronicle dropped ¶8–9.
  await expect(await cmp.cell(13, 'The Tidewater Daily')).toHaveAttribute('data-status', 'moved');
  await expect(await cmp.cell(2, 'Seaboard Post')).toHaveAttribute(
    'data-status',
    /reworded|partial/,
  );
  await expect(await cmp.cell(8, 'The Westerly Chronicle')).toHaveAttribute(
    'data-status',
    'dropped',
  );
  await expect(await cmp.cell(9, 'The Westerly Chronicle')).toHaveAttribute(
    'data-status',
    'dropped',
  );
  // Sources: "which outlets dropped this source?"
  await expect(cmp.matrix.locator('tbody.source-rows tr[data-source-kind]').first()).toBeVisible();

  // A cell opens that pair at that paragraph.
  await (await cmp.cell(9, 'The Westerly Chronicle')).click();
  await expect(cmp.pair).toBeVisible();
  await expect(page.getByLabel('Version compared with the base')).toHaveValue(/\d+/);
  const landed = cmp.pair.locator('.pair-row:focus');
  await expect(landed).toHaveAttribute('data-kind', 'dropped');
  await expect(landed).toContainText('Marchetti');
  await expect(landed).toBeInViewport();
});

test('a moved paragraph is marked on both sides and the link jumps to its counterpart', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  await expect(app.story.title).toBeVisible();
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  await (await cmp.cell(13, 'The Tidewater Daily')).click();
  const from = cmp.row('moved-from');
  await expect(from).toBeFocused();
  await expect(from.locator('.mk-label')).toContainText('moved');
  await from.getByRole('button', { name: 'Go to where the version has it' }).click();
  const to = cmp.row('moved-to');
  await expect(to).toBeInViewport();
  await expect(to.getByRole('button', { name: 'Go to where the base has it' })).toBeFocused();
  await expect(to).toContainText('18-turbine project');
  await to.getByRole('button', { name: 'Go to where the base has it' }).click();
  await expect(from.getByRole('button', { name: 'Go to where the version has it' })).toBeFocused();
});

test('any version can be made the base, and the overview says so', async ({ page, server }) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview.locator('.base-line')).toContainText('Port Ellis Gazette');
  await cmp.overview.getByRole('button', { name: 'Make The Coast Ledger the base' }).click();
  await expect(cmp.overview.locator('.base-line')).toContainText('The Coast Ledger');
  await expect(cmp.overview.locator('.base-line')).toContainText('chosen by you');
  await expect(cmp.overview.locator('tbody tr.is-base')).toContainText('The Coast Ledger');
  // Versions the base lacks now show up as added paragraphs.
  await expect(cmp.overview.locator('tbody tr', { hasText: 'Port Ellis Gazette' })).toContainText(
    '+ 6',
  );
  await cmp.overview.getByRole('button', { name: 'Choose the base automatically' }).click();
  await expect(cmp.overview.locator('tbody tr.is-base')).toContainText('Port Ellis Gazette');
  await expect(cmp.overview.locator('.base-line')).not.toContainText('chosen by you');
});

test('a source cell of the matrix opens the pair with that source picked out', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  const col = await cmp.column('The Westerly Chronicle');
  // The critic Delia Marchetti is dropped by the Chronicle (original ¶8–9).
  const row = cmp.matrix.locator('tbody.source-rows tr', { hasText: 'Marchetti' }).first();
  const cell = row.locator('td.cell').nth(col).getByRole('button');
  await expect(cell).toHaveAttribute('data-status', 'dropped');
  await cell.click();
  await expect(cmp.pair).toBeVisible();
  const hit = cmp.pair.locator('mark.hit').first();
  await expect(hit).toBeFocused();
  await expect(hit).toBeInViewport();
  await expect(cmp.pair.locator('.pair-row:has(mark.hit)')).toHaveAttribute('data-kind', 'dropped');
});

test('“changes only” collapses unchanged paragraphs, and they can be shown again', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openMatrix();
  await (await cmp.cell(1, 'The Westerly Chronicle')).click();
  await expect(cmp.pair.locator('.pair-row:focus')).toBeVisible();
  // Page furniture is collapsed by default.
  await expect(
    cmp.pair.getByRole('button', { name: /page furniture paragraphs? hidden/ }).first(),
  ).toBeVisible();
  // The Tidewater Daily keeps every paragraph verbatim (one moved).
  await page
    .getByLabel('Version compared with the base')
    .selectOption({ label: 'The Tidewater Daily' });
  await cmp.pair.getByRole('checkbox', { name: 'changes only' }).check();
  await expect(cmp.row('moved-from')).toBeVisible();
  const collapsed = cmp.pair.getByRole('button', { name: /unchanged paragraphs? hidden/ }).first();
  await expect(collapsed).toBeVisible();
  await expect(cmp.pair.locator('.pair-row[data-kind="linked"]:not(:has(.chg))')).toHaveCount(0);
  await collapsed.click();
  await expect(cmp.pair.getByRole('checkbox', { name: 'changes only' })).not.toBeChecked();
});

test('an attribution changed in wording only is dimmed and skipped in the text, as the panel dims it', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf('Seaboard Post');
  // "Mayor Thomas J. Reardon said" → "Mayor Thomas Reardon said": name-form, a minor kind.
  const item = cmp.panel.locator('li.source-item.minor', { hasText: 'Thomas J. Reardon' });
  await expect(item).toHaveAttribute('data-class', 'attribution');
  const initial = cmp.pair.locator('del.chg[data-class="attribution"]', {
    hasText: /^\s*J\.?\s*$/,
  });
  await expect(initial).toHaveClass(/\bdim\b/);
  const count = cmp.pair.locator('.nav-count');
  await expect(count).toContainText('minor attribution wording skipped');
  const filters = page.getByRole('group', { name: 'Which changes to show' });
  await filters.getByRole('checkbox', { name: /^dim minor changes/ }).uncheck();
  await expect(initial).not.toHaveClass(/\bdim\b/);
  await expect(count).not.toContainText('skipped');
});
