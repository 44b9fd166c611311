// Keyboard-only main flow, an axe scan of the comparison screens, and screenshots of them in
// both themes (written to artifacts/screenshots/ for anyone to look at).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { CompareView } from './pages/compare-view';

async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('main').analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('keyboard only: overview → matrix → a cell → the pair → next change', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await cmp.tab('Overview').focus();
  await page.keyboard.press('ArrowRight');
  await expect(cmp.tab('Matrix')).toBeFocused();
  await expect(cmp.matrix).toBeVisible();
  // The first base row is ¶1, the lead paragraph (the base has no headline of its own).
  await expect(cmp.matrix.locator('tbody tr[data-base-block]').first()).toHaveAttribute(
    'data-base-block',
    '0',
  );
  // The matrix is one Tab stop (a grid with a roving tabindex): Tab enters it, then the arrow
  // keys reach ¶1's Seaboard Post cell (a reworded paragraph), past the rows versions added
  // above it (a headline, a caption, a paragraph of the independent report).
  const target = await cmp.cell(1, 'Seaboard Post');
  await cmp.tabIntoMatrix();
  await cmp.arrowDownToParagraph(1);
  await page.keyboard.press('Home');
  const col = await cmp.column('Seaboard Post');
  for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cmp.pair).toBeVisible();
  await expect(cmp.pair.locator('.pair-row:focus')).toBeVisible();
  await page.keyboard.press('n');
  await expect(cmp.pair.locator('.nav-count')).toHaveText(/^1 of \d+/);
  await page.keyboard.press('n');
  await expect(cmp.pair.locator('.nav-count')).toHaveText(/^2 of \d+/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`comparison screens pass axe and are captured (${theme})`, async ({ page, server }) => {
    // Heavy by design: 7 screenshots and 3 axe scans (the matrix alone has some 300 controls,
    // 2–8 s per scan), after a server start and the first comparison in a cold worker (2–7 s),
    // all counted in the test's time. Alone it takes ~40 s; on 2 busy cores it went past 60 s.
    test.slow();
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page, server);
    const cmp = new CompareView(page);
    await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
    const dir = 'artifacts/screenshots';
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await cmp.tab('Overview').click();
      await expect(cmp.overview).toBeVisible();
      await page.screenshot({ path: `${dir}/overview-${theme}-${width}.png` });
      await cmp.tab('Matrix').click();
      await expect(cmp.matrix).toBeVisible();
      await page.screenshot({ path: `${dir}/matrix-${theme}-${width}.png` });
      await (await cmp.cell(2, 'Seaboard Post')).click();
      await expect(cmp.pair.locator('.pair-row:focus')).toBeVisible();
      await page.screenshot({ path: `${dir}/pair-${theme}-${width}.png` });
    }
    // Inline (single-column) reading mode.
    await cmp.pair.getByRole('checkbox', { name: 'inline' }).check();
    await expect(cmp.pair.locator('.pair-row.inline').first()).toBeVisible();
    await page.screenshot({ path: `${dir}/pair-inline-${theme}-1024.png` });
    await cmp.tab('Overview').click();
    await noSeriousViolations(page, 'overview');
    await cmp.tab('Matrix').click();
    await noSeriousViolations(page, 'matrix');
    await cmp.tab('Pair').click();
    await expect(cmp.pair).toBeVisible();
    await noSeriousViolations(page, 'pair');
  });
}

test('at 200% zoom (1440 and 1024 px windows) the screens reflow instead of scrolling sideways', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  const noSideways = async (): Promise<void> =>
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
  for (const width of [720, 512]) {
    await page.setViewportSize({ width, height: 450 });
    await cmp.tab('Overview').click();
    await noSideways();
    await page.screenshot({ path: `artifacts/screenshots/zoom200-overview-${width * 2}.png` });
    await cmp.tab('Matrix').click();
    await noSideways();
    await (await cmp.cell(2, 'Seaboard Post')).click();
    await expect(cmp.pair.locator('.pair-row:focus')).toBeVisible();
    await noSideways();
    await page.screenshot({ path: `artifacts/screenshots/zoom200-pair-${width * 2}.png` });
  }
});
