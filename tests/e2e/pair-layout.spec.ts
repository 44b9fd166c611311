// The pair view fills the window (issue 11, items 1, 4, 5, 6 and 11), at the two window sizes
// the issue was tried at: the text takes most of the height and is the one scroll (the wheel
// moves it wherever the pointer is), the source panel is reachable without scrolling the page,
// a source in folded page furniture unfolds when picked and is marked inline in its sentence,
// a tooltip goes away on click, and nothing overflows sideways at 800 px.
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;

/** The bar: the pair text is at least this share of the window's height. */
const MIN_TEXT_SHARE = 0.6;

// A short story whose second version carries an agency credit inside page furniture (an
// advertisement slot): the engine finds the credit there, and the pair view folds the slot away.
const HARTWELL = [
  'HARTWELL, Ore. — The Hartwell school board voted 4-1 on Tuesday to close Birch Street Elementary at the end of the school year, ending months of argument over falling enrollment.',
  'Superintendent Laura Benning said the district could no longer afford to heat and staff a building that is two-thirds empty. “We held on as long as we responsibly could,” she said.',
  'Parents who packed the meeting asked the board to wait another year. “You are taking the one school our kids can walk to,” said Marcus Ortega, whose two daughters attend Birch Street.',
  'The district expects to save about $1.1 million a year, according to a budget memo presented at the meeting.',
  'Board member Ellen Price cast the only vote against the closure. She said the board had not studied where the 140 displaced pupils would go.',
  'The children will move to Lakeview Elementary in the fall, the superintendent said.',
];
const CREDIT = '(Hartwell Press Agency)';
const WITH_AD = [...HARTWELL.slice(0, 3), `Advertisement ${CREDIT}`, ...HARTWELL.slice(3)];

/** Opens the demo story's pair with one outlet's version. */
async function openDemoPair(page: Page, outlet: string): Promise<CompareView> {
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await cmp.tab('Pair').click();
  await expect(cmp.pair).toBeVisible();
  await page.locator('#pair-select').selectOption({ label: outlet });
  await expect(cmp.pair.locator('.pair-row').first()).toBeVisible();
  return cmp;
}

/** Whether a box lies wholly inside the window. */
async function inWindow(page: Page, loc: Locator): Promise<boolean> {
  const box = await loc.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height + 1;
}

/** Turns the wheel with the pointer over `at` and expects the pair text (only) to scroll. */
async function wheelOver(page: Page, cmp: CompareView, at: Locator, where: string): Promise<void> {
  const box = await at.boundingBox();
  expect(box, `${where} is on screen`).not.toBeNull();
  if (!box) return;
  const before = await cmp.pairText.evaluate((el) => el.scrollTop);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 10));
  await page.mouse.wheel(0, 240);
  await expect
    .poll(() => cmp.pairText.evaluate((el) => el.scrollTop), {
      message: `the wheel over ${where} scrolls the text`,
    })
    .toBeGreaterThan(before);
}

/** The page itself never scrolls: the main area fits the window and stays at its top. */
async function expectPageStill(page: Page): Promise<void> {
  const page_ = await page.evaluate(() => {
    const main = document.querySelector('.main');
    const doc = document.scrollingElement;
    return {
      fits: main !== null && main.scrollHeight <= main.clientHeight + 1,
      mainTop: main?.scrollTop ?? -1,
      docTop: doc?.scrollTop ?? -1,
    };
  });
  expect(page_).toEqual({ fits: true, mainTop: 0, docTop: 0 });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the pair text fills the window and the wheel scrolls it from anywhere', async ({
      page,
      server,
    }) => {
      await openApp(page, server);
      const cmp = await openDemoPair(page, 'The Westerly Chronicle');
      const text = await cmp.pairText.boundingBox();
      expect(text).not.toBeNull();
      expect(text?.height ?? 0).toBeGreaterThanOrEqual(size.height * MIN_TEXT_SHARE);
      expect(await inWindow(page, cmp.pairText), 'the whole text area is in the window').toBe(true);
      await expectPageStill(page);

      await wheelOver(page, cmp, cmp.pairText, 'the text');
      await wheelOver(page, cmp, cmp.pair.locator('.pair-toolbar .nav-buttons'), 'the toolbar');
      await wheelOver(page, cmp, cmp.pair.locator('.filter-bar'), 'the filters');
      await wheelOver(page, cmp, page.locator('.story-title'), 'the story title');
      await wheelOver(page, cmp, cmp.tab('Matrix'), 'the tabs');
      await wheelOver(page, cmp, cmp.pair.locator('.pair-heads'), 'the column heads');
      await cmp.showPanel();
      if (size.width <= 1200) {
        await wheelOver(page, cmp, page.locator('.drawer-head'), 'the drawer’s head');
      }
      // Over the panel's list: the list scrolls first; once at its end, the text takes over.
      await cmp.panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await wheelOver(page, cmp, cmp.panel, 'the panel');
      await expectPageStill(page);
    });

    test('the source panel is reachable without scrolling the page', async ({ page, server }) => {
      await openApp(page, server);
      const cmp = await openDemoPair(page, 'Seaboard Post');
      if (size.width > 1200) {
        // Wide: beside the text, already in the window, with no drawer button.
        await expect(cmp.drawerToggle).toHaveCount(0);
        await expect(cmp.panel).toBeVisible();
      } else {
        // Narrow: a drawer, closed at first; its button is in the window.
        await expect(cmp.panel).toBeHidden();
        expect(await inWindow(page, cmp.drawerToggle), 'the drawer button is in the window').toBe(
          true,
        );
        await cmp.showPanel();
        await expect(cmp.drawerToggle).toHaveAttribute('aria-expanded', 'true');
      }
      expect(await inWindow(page, cmp.panel), 'the panel is in the window').toBe(true);
      await expect(cmp.attributions('added')).toBeInViewport();
      await expectPageStill(page);
      if (size.width <= 1200) {
        await page.keyboard.press('Escape');
        await expect(cmp.panel).toBeHidden();
      }
    });

    test('a source in hidden page furniture unfolds when clicked, marked inline', async ({
      page,
      server,
    }) => {
      await openApp(page, server);
      const app = new AppPage(page);
      const dialog = await app.openImport();
      await dialog.intoNewStory('Hartwell school closure');
      await dialog.chooseFiles([
        {
          name: 'hartwell-gazette.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(HARTWELL.join('\n\n')),
        },
        {
          name: 'hartwell-reprint.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(WITH_AD.join('\n\n')),
        },
      ]);
      await dialog.importFiles(2);
      await dialog.close();
      await app.openStory('Hartwell school closure');
      const cmp = new CompareView(page);
      await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
      await cmp.tab('Pair').click();
      await expect(cmp.pair).toBeVisible();

      const furniture = cmp.pair.getByLabel('show page furniture');
      await expect(furniture).not.toBeChecked();
      await expect(
        cmp.pair.getByRole('button', { name: /page furniture paragraph/ }),
      ).toBeVisible();
      await cmp.showPanel();
      await cmp.panel
        .getByRole('button', { name: new RegExp(CREDIT.replace(/[()]/g, '\\$&')) })
        .click();

      // The furniture unfolds and the credit is marked, on screen, inline in its paragraph.
      await expect(furniture).toBeChecked();
      const hit = cmp.pair.locator('mark.hit').first();
      await expect(hit).toHaveText(CREDIT);
      await expect(hit).toBeInViewport();
      expect(await hit.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
      // Inline: the mark sits on the line of the word before it, not on a line of its own.
      const para = hit.locator('xpath=ancestor::p[1]');
      const [markTop, paraTop] = await Promise.all([
        hit.evaluate((el) => el.getBoundingClientRect().top),
        para.evaluate((el) => el.getBoundingClientRect().top),
      ]);
      expect(Math.abs(markTop - paraTop)).toBeLessThan(8);
    });
  });
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a source picked in the demo is marked inside its sentence', async ({ page, server }) => {
    await openApp(page, server);
    const cmp = await openDemoPair(page, 'Seaboard Post');
    await cmp.attributions('added').getByRole('button').first().click();
    const hit = cmp.pair.locator('mark.hit').first();
    await expect(hit).toBeInViewport();
    expect(await hit.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
  });

  test('a source’s tooltip goes away when the source is clicked', async ({ page, server }) => {
    await openApp(page, server);
    const cmp = await openDemoPair(page, 'Seaboard Post');
    const item = cmp.attributions('added').locator('li.source-item').first();
    const tip = item.getByRole('tooltip');
    await item.locator('.source-button').hover();
    await expect(tip).toBeVisible();
    await item.locator('.source-button').click();
    // The pointer is still over the entry: the tooltip is gone all the same.
    await expect(tip).toBeHidden();
    // Moving to another entry shows that entry's tooltip, and only that one.
    const other = cmp.panel.locator('li.source-item').nth(3);
    // Scrolled into view first: a scroll of the panel hides tooltips until the pointer moves
    // to an entry (PanelSlot.tsx), and hover() would otherwise scroll under the pointer.
    await other.locator('.source-button').scrollIntoViewIfNeeded();
    // the scroll event comes with the next frame: let it pass before the pointer moves
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await other.locator('.source-button').hover();
    await expect(other.getByRole('tooltip')).toBeVisible();
    await expect(tip).toBeHidden();
  });
});

test.describe('at 1024×768, the overview', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('fits its columns: the action column is not cut off', async ({ page, server }) => {
    await openApp(page, server);
    const cmp = new CompareView(page);
    await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
    const scroller = cmp.overview.locator('.overview-scroll');
    const fit = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(fit, 'the overview table needs no sideways scroll').toBeLessThanOrEqual(0);
    const box = await scroller.boundingBox();
    const compare = await cmp.overview
      .getByRole('button', { name: /^Compare/ })
      .last()
      .boundingBox();
    expect(box && compare && compare.x + compare.width <= box.x + box.width + 1).toBe(true);
  });
});

test.describe('at 800 px wide', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('nothing overflows sideways in the overview or the pair', async ({ page, server }) => {
    await openApp(page, server);
    const cmp = new CompareView(page);
    await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
    const sideways = (): Promise<number> =>
      page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await openDemoPair(page, 'The Westerly Chronicle');
    expect(await sideways()).toBeLessThanOrEqual(0);
    const picker = await page.locator('#pair-select').boundingBox();
    const toolbar = await cmp.pair.locator('.pair-toolbar').boundingBox();
    expect(picker && toolbar && picker.x + picker.width <= toolbar.x + toolbar.width + 1).toBe(
      true,
    );
    await expect(page.locator('#pair-select')).toHaveAttribute('title', 'The Westerly Chronicle');
  });
});
