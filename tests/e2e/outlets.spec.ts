// The library as data (issue 12, item 5) in browser mode on the demo library: the Outlets view
// compares the story, draws a bar per outlet in each chart, sorts them, lists the story behind
// a bar and opens its pair, shows the same totals as a table, and downloads them as CSV; axe
// finds no serious problem, and screenshots at 1440 and 1024 go to artifacts/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { demoStory } from '../../backend/demo/demo-story';
import { OutletsView } from './pages/outlets-view';
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';

const CREDIT = 'Drops the agency or outlet credit';
const SIMILARITY = 'Similarity to the original';
// The demo's base is its original; the other four versions are its reprints.
const REPRINTS = demoStory.versions.slice(1).map((v) => v.outlet);

test('bars per outlet, sorted, each leading to the story behind it', async ({ page, server }) => {
  await openApp(page, server);
  const view = new OutletsView(page);
  await view.open();
  await expect(page).toHaveURL(/#\/outlets$/);

  // Seven charts, each with a bar per reprinting outlet.
  await expect(view.root.getByRole('group')).toHaveCount(7);
  expect((await view.outletsOf(CREDIT)).sort()).toEqual([...REPRINTS].sort());
  await expect(view.bars(SIMILARITY)).toHaveCount(REPRINTS.length);

  await view.sortBy('Name');
  const byName = await view.outletsOf(CREDIT);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  await view.sortBy('Value');
  const values = await view
    .bars(SIMILARITY)
    .evaluateAll((els) =>
      els.map((e) => Number(/median (\d+)%/.exec(e.getAttribute('aria-label') ?? '')?.[1])),
    );
  expect(values).toEqual([...values].sort((a, b) => b - a));

  // The least similar reprint: its bar lists the demo story; the link opens the pair.
  const last = view.bars(SIMILARITY).last();
  const outlet = ((await last.getAttribute('aria-label')) ?? '').replace(/:.*$/, '');
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  const list = view.storiesBehind();
  await expect(list).toContainText(outlet);
  const link = list.getByRole('link', { name: demoStory.title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#\/story\/\d+\/pair\/\d+$/);
  await expect(new CompareView(page).pair).toBeVisible({ timeout: 20_000 });
});

test('the table view and the CSV hold the same totals', async ({ page, server }) => {
  await openApp(page, server);
  const view = new OutletsView(page);
  await view.open();
  await view.root.getByRole('button', { name: 'Show as table' }).click();
  const table = view.root.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(REPRINTS.length + 1);

  const csv = await view.downloadCsv();
  expect(csv.name).toBe('retold-outlets.csv');
  const rows = parse(readFileSync(csv.path, 'utf8'), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.outlet).sort()).toEqual([...REPRINTS].sort());
  for (const r of rows) {
    const cells = table.getByRole('row', { name: new RegExp(`^${r.outlet}\\b`) });
    await expect(cells.getByRole('cell').first()).toHaveText(r.stories ?? '');
  }
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`screenshots and an accessibility scan at ${size.width}`, async ({ page, server }) => {
    await page.setViewportSize(size);
    await openApp(page, server);
    const view = new OutletsView(page);
    await view.open();
    await view.bars(SIMILARITY).first().click();
    await expect(view.storiesBehind().getByRole('link')).toHaveCount(1);
    // No serious accessibility problem in the charts, the open list or (below) the table.
    const serious = async (): Promise<string[]> =>
      (await new AxeBuilder({ page }).include('main').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${v.help} (${v.nodes.length})`);
    expect(await serious()).toEqual([]);
    const fits = await page.evaluate(
      () => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth + 1,
    );
    expect(fits, 'the outlets view overflows the window sideways').toBe(true);
    const out = join(process.cwd(), 'artifacts', 'screenshots');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, `outlets-${size.width}.png`) });
    await view.storiesBehind().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `outlets-${size.width}-stories.png`) });
    await view.root.getByRole('button', { name: 'Show as table' }).click();
    await expect(view.root.getByRole('table')).toBeVisible();
    expect(await serious()).toEqual([]);
    await view.heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `outlets-${size.width}-table.png`) });
  });
}
