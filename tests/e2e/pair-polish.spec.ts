// Pair view polish (issue 11 follow-ups): the row's Cite button never covers the text, the
// story's title keeps room at 1024 px (the story's actions fold into "Story ▾"), and at
// 800×700 the filter chips fold behind "Filters ▾" so the text takes at least 60% of the height.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { CompareView } from './pages/compare-view';

/** The title must show at least this many characters at 1024 px (the bar). */
const MIN_TITLE_CHARS = 40;
/** The pair text's share of the window's height at 800×700. */
const MIN_TEXT_SHARE = 0.6;

/** Opens the demo story's pair with one outlet's version, in side-by-side columns. */
async function openPair(page: Page, server: Server, outlet: string): Promise<CompareView> {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await cmp.tab('Pair').click();
  await page.locator('#pair-select').selectOption({ label: outlet });
  await expect(cmp.pair.locator('.pair-row').first()).toBeVisible();
  return cmp;
}
type Server = Parameters<typeof openApp>[1];

/** How many characters of the story's title are on screen (the rest is cut by an ellipsis). */
function visibleTitleChars(page: Page): Promise<number> {
  return page.locator('.story-title').evaluate((el) => {
    const text = el.textContent ?? '';
    return Math.floor((text.length * el.clientWidth) / Math.max(el.scrollWidth, 1));
  });
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the Cite button of a row covers none of its words', async ({ page, server }) => {
    const cmp = await openPair(page, server, 'Seaboard Post');
    const rows = cmp.pair.locator('.pair-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      if (!(await row.isVisible())) continue;
      await row.hover();
      const cite = row.locator('.row-cite .cite-button');
      await expect(cite).toBeVisible();
      const overlap = await row.evaluate((el) => {
        const b = el.querySelector('.row-cite .cite-button')?.getBoundingClientRect();
        if (!b) return 'no button';
        const range = document.createRange();
        for (const p of el.querySelectorAll('.para')) {
          range.selectNodeContents(p);
          for (const r of range.getClientRects()) {
            const hit =
              r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
            if (hit && r.width > 0) return p.textContent?.slice(0, 40) ?? '';
          }
        }
        return null;
      });
      expect(overlap, `row ${i}: the Cite button covers text`).toBeNull();
    }
  });

  test('the title keeps room: the story actions are in "Story ▾"', async ({ page, server }) => {
    await openPair(page, server, 'Seaboard Post');
    expect(await visibleTitleChars(page)).toBeGreaterThanOrEqual(MIN_TITLE_CHARS);
    await expect(page.getByRole('button', { name: 'Delete story' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Story actions' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const items = page.getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    await expect(items).toHaveCount(0);
    // The menu's entries do what the buttons do.
    await menu.click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename story' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await menu.click();
    await page.getByRole('menuitem', { name: 'Show notes' }).click();
    await expect(page.getByRole('textbox', { name: 'Story notes' })).toBeVisible();
  });
});

test.describe('at 1280×800', () => {
  test('the story actions stay buttons', async ({ page, server }) => {
    await openPair(page, server, 'Seaboard Post');
    await expect(page.getByRole('button', { name: 'Delete story' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Story actions' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
    await expect(page.locator('.filter-bar')).toBeVisible();
  });
});

test.describe('at 800×700', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('the filters fold, the counter stays, the text takes 60%', async ({ page, server }) => {
    const cmp = await openPair(page, server, 'Seaboard Post');
    const share = await cmp.pair
      .locator('.pair-scroll')
      .evaluate((el) => el.getBoundingClientRect().height / window.innerHeight);
    expect(share).toBeGreaterThanOrEqual(MIN_TEXT_SHARE);
    await expect(cmp.pair.locator('.nav-count')).toBeVisible();
    await expect(page.locator('.filter-bar')).toBeHidden();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const wording = page.locator('.filter-chip.fc-wording input');
    await expect(wording).toBeVisible();
    await wording.uncheck();
    await expect(cmp.pair.locator('[data-class="wording"].chg')).toHaveCount(0);
    await toggle.click();
    await expect(page.locator('.filter-bar')).toBeHidden();
    // A folded filter still says that something is hidden.
    await expect(toggle).toHaveText(/1 hidden/);
  });
});
