// Page object for the sidebar's story list: a virtual list (renderer/src/components/
// StoryList.tsx), so only the rows near the view are in the page; each row's place in the whole
// list is its aria-posinset, and the list's length its aria-setsize.
import type { Locator, Page } from '@playwright/test';

export class StoryList {
  readonly root: Locator;
  readonly rows: Locator;
  readonly sort: Locator;
  private readonly scroller: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Stories' });
    this.rows = this.root.locator('li');
    this.sort = page.getByLabel('Sort by');
    this.scroller = page.locator('.sidebar-scroll');
  }

  /** The row at a 1-based place of the whole list (rendered only when near the view). */
  rowAt(place: number): Locator {
    return this.root.locator(`li[aria-posinset="${place}"]`);
  }

  /** The title shown by a row. */
  titleOf(row: Locator): Promise<string | null> {
    return row.locator('.story-item-title').textContent();
  }

  /** Scrolls the list to its end. */
  async scrollToEnd(): Promise<void> {
    await this.scroller.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
  }

  /** Scrolls the list to a pixel offset. */
  async scrollTo(px: number): Promise<void> {
    await this.scroller.evaluate((el, y) => {
      el.scrollTop = y;
    }, px);
  }
}
