// The sidebar as a person meets it on a large library (issue 12, item 4), in Chromium against
// browser mode: time from navigation to the first story rows, the longest task while scrolling
// the list, opening a story from it, and clearing the search box. Long tasks are the browser's
// own (PerformanceObserver 'longtask': anything over 50 ms that blocked the page).
import { chromium, type Page } from '@playwright/test';
import { startServer } from '../../tests/e2e/support/server';

/** What the browser measured, in ms. */
export interface SidebarTiming {
  firstRows: number;
  rowsInPage: number;
  scrollLongest: number;
  scrolledPx: number;
  openStory: number;
  openLongest: number;
  clearSearch: number;
  clearLongest: number;
}

declare global {
  interface Window {
    __firstRows?: number;
    __longTasks?: { start: number; duration: number }[];
  }
}

/** Installed before the app loads: notes when the first story row appears, and long tasks. */
function observe(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longTasks?.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const mo = new MutationObserver(() => {
    if (window.__firstRows === undefined && document.querySelector('button.story-item')) {
      window.__firstRows = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
}

/** The longest long task that started after `since` (page time), 0 when there was none. */
const longestSince = (page: Page, since: number): Promise<number> =>
  page.evaluate(
    (t) =>
      Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start >= t).map((e) => e.duration)),
    since,
  );
const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Page time at which `selector` next matches, watched from inside the page (a Playwright wait
 * polls, which adds up to a hundred ms); `act` is what should make it appear.
 */
async function timeUntil(page: Page, selector: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate((sel) => {
    (window as unknown as { __seen: Promise<number> }).__seen = new Promise<number>((done) => {
      const mo = new MutationObserver(() => {
        if (!document.querySelector(sel)) return;
        mo.disconnect();
        done(performance.now());
      });
      mo.observe(document, { childList: true, subtree: true, characterData: true });
    });
  }, selector);
  await act();
  return page.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen);
}

/** Scrolls the story list by a screenful per frame, `frames` times; returns pixels scrolled. */
const scrollList = (page: Page, frames: number): Promise<number> =>
  page.evaluate(async (n) => {
    const el = document.querySelector('.sidebar-scroll') as HTMLElement;
    for (let i = 0; i < n; i++) {
      el.scrollTop += el.clientHeight * 3;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    await new Promise((r) => setTimeout(r, 300)); // let the pages asked for arrive and render
    return el.scrollTop;
  }, frames);

/** Serves `dataDir`'s library and measures the sidebar; `query` is typed and then cleared. */
export async function timeSidebar(dataDir: string, query: string): Promise<SidebarTiming> {
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(observe);
    await page.goto(server.url);
    await page.locator('button.story-item').first().waitFor();
    const firstRows = await page.evaluate(() => window.__firstRows ?? NaN);
    const rowsInPage = await page.locator('.story-list li').count();

    const t0 = await now(page);
    const scrolledPx = await scrollList(page, 40);
    const scrollLongest = await longestSince(page, t0);

    const row = page.locator('button.story-item').nth(3);
    const id = await row.evaluate((b) => b.closest('li')?.dataset.index ?? '');
    let t1 = 0;
    const opened = await timeUntil(
      page,
      `li[data-index="${id}"] button[aria-current="page"]`,
      async () => {
        t1 = await now(page);
        await row.click();
      },
    );
    await page.locator('h1.story-title').waitFor();
    const openStory = opened - t1;
    const openLongest = await longestSince(page, t1);

    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill(query);
    await page.locator('.hit-list .hit').first().waitFor();
    let t2 = 0;
    const cleared = await timeUntil(page, 'button.story-item', async () => {
      t2 = await now(page);
      await search.fill('');
    });
    const clearSearch = cleared - t2;
    await page.waitForTimeout(300); // a long task still running shows up after it ends
    const clearLongest = await longestSince(page, t2);
    return {
      firstRows,
      rowsInPage,
      scrollLongest,
      scrolledPx,
      openStory,
      openLongest,
      clearSearch,
      clearLongest,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
