// Page object for the comparison views of a story: tabs, overview, matrix and pair view.
import { expect, type Locator, type Page } from '@playwright/test';

export class CompareView {
  readonly page: Page;
  readonly overview: Locator;
  readonly matrix: Locator;
  readonly pair: Locator;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.overview = page.locator('section.compare-overview');
    this.matrix = page.locator('section.compare-matrix');
    this.pair = page.locator('section.pair-view');
    this.panel = page.getByRole('complementary', { name: 'Attributions and quotes' });
  }

  /** The comparison's status line while it runs (with Cancel after a moment). */
  get running(): Locator {
    return this.page.locator('.compare-status[data-state="comparing"]');
  }

  /** The message of a comparison that is held, cancelled, timed out or failed. */
  held(kind: 'size' | 'unfinished' | 'cancelled' | 'timeout' | 'error'): Locator {
    return this.page.locator(`.compare-status.held[data-state="${kind}"]`);
  }

  /** Opens the pair of an outlet's version from the overview. */
  async openPairOf(outlet: string): Promise<void> {
    await expect(this.overview).toBeVisible({ timeout: 20_000 });
    await this.overview.getByRole('button', { name: `Compare ${outlet} with the base` }).click();
    await expect(this.pair).toBeVisible();
  }

  /** A group of the attributions panel: 'added', 'dropped', 'changed', 'kept'… */
  attributions(group: string): Locator {
    return this.panel.getByRole('region', { name: `Attributions ${group}`, exact: true });
  }

  tab(name: 'Overview' | 'Matrix' | 'Pair'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Waits for the comparison and opens the matrix. */
  async openMatrix(): Promise<void> {
    await expect(this.overview).toBeVisible({ timeout: 20_000 });
    await this.tab('Matrix').click();
    await expect(this.matrix).toBeVisible();
  }

  /** The matrix column index (0-based among versions) of an outlet. */
  async column(outlet: string): Promise<number> {
    const heads = await this.matrix.locator('thead th.matrix-col').allTextContents();
    const i = heads.indexOf(outlet);
    expect(i, `matrix column for ${outlet}`).toBeGreaterThanOrEqual(0);
    return i;
  }

  /** The cell button for base paragraph ¶n (the engine's number, as printed) and an outlet. */
  async cell(n: number, outlet: string): Promise<Locator> {
    const col = await this.column(outlet);
    const row = this.matrix.locator(`tbody tr[data-base-block="${n - 1}"]`);
    return row.locator('td.cell').nth(col).locator('button');
  }

  /**
   * How many Tab presses from the Matrix tab reach `target`: one more than the focusable
   * controls before it in the matrix. Rows for paragraphs a version added above the base's first
   * paragraph (a headline, a caption) come first, so the count is read from the page, in DOM order,
   * which is the focus order the keyboard test checks.
   */
  async tabsTo(target: Locator): Promise<number> {
    const handle = await target.elementHandle();
    expect(handle, 'the target control exists').not.toBeNull();
    const before = await this.matrix.evaluate(
      (root, el) =>
        [...root.querySelectorAll('button, a[href], input, select, [tabindex="0"]')].indexOf(
          el as Element,
        ),
      handle,
    );
    expect(before, 'the target is a control of the matrix').toBeGreaterThanOrEqual(0);
    return before + 1;
  }

  /** The matrix cell that Tab stops on (the grid's roving tabindex: exactly one). */
  get matrixTabStop(): Locator {
    return this.matrix.locator('button[data-key][tabindex="0"]');
  }

  /**
   * Presses Tab until focus enters the matrix (its one Tab stop), at most `limit` times: the
   * controls between the tabs and the grid (a switch or two) are passed, the grid's hundreds
   * of cells are not.
   */
  async tabIntoMatrix(limit = 4): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.matrixTabStop.evaluate((el) => el === document.activeElement)) return;
    }
    await expect(
      this.matrixTabStop,
      `Tab reaches the matrix within ${limit} presses`,
    ).toBeFocused();
  }

  /**
   * From a focused matrix cell, presses ArrowDown until a cell of base paragraph ¶n has focus.
   * Each press moves at least one row, so the bound is the number of body rows above ¶n's row
   * (added headlines, captions and paragraphs included): the test does not depend on how many
   * rows the demo story happens to put above it.
   */
  async arrowDownToParagraph(n: number): Promise<void> {
    const rowsAbove = await this.matrix
      .locator('tbody tr')
      .evaluateAll(
        (trs, block) => trs.findIndex((tr) => tr.getAttribute('data-base-block') === block),
        String(n - 1),
      );
    expect(rowsAbove, `the matrix has a row for ¶${n}`).toBeGreaterThanOrEqual(0);
    const prefix = `p${n - 1}-`;
    for (let i = 0; i < rowsAbove && !(await this.focusedCellKey())?.startsWith(prefix); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    expect(await this.focusedCellKey(), `ArrowDown reaches ¶${n}`).toMatch(
      new RegExp(`^${prefix}`),
    );
  }

  /** The key (row and column) of the focused matrix cell, or null when none is focused. */
  async focusedCellKey(): Promise<string | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement ? (el.dataset.key ?? null) : null;
    });
  }

  /** The overview's sortable column header (the cell that carries aria-sort). */
  overviewHeader(name: string): Locator {
    return this.overview.locator('thead th', {
      has: this.page.getByRole('button', { name, exact: true }),
    });
  }

  /** A rendered pair row (virtualized: only rows near the viewport exist). */
  row(kind: string): Locator {
    return this.pair.locator(`.pair-row[data-kind="${kind}"]`);
  }

  /** The pair's text: the one scroller of the pair view. */
  get pairText(): Locator {
    return this.pair.locator('.pair-scroll');
  }

  /** The button that opens the sources drawer (only on narrow windows). */
  get drawerToggle(): Locator {
    return this.pair.getByRole('button', { name: 'Attributions and quotes', exact: true });
  }

  /** Makes the attributions and quotes panel visible: opens its drawer on a narrow window. */
  async showPanel(): Promise<void> {
    if (await this.drawerToggle.isVisible()) {
      if ((await this.drawerToggle.getAttribute('aria-expanded')) !== 'true') {
        await this.drawerToggle.click();
      }
    }
    await expect(this.panel).toBeVisible();
  }
}
