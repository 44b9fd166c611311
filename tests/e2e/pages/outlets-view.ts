// Page object for the outlets view (#/outlets): its charts, sort buttons, bars, the list of
// stories behind a bar, the table view and the CSV download.
import { expect, type Locator, type Page } from '@playwright/test';

export class OutletsView {
  readonly page: Page;
  readonly root: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('article.outlets-page');
    this.heading = page.getByRole('heading', { name: 'Outlets across stories', level: 1 });
  }

  /** Opens the view from the sidebar and waits for its charts. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Outlets across stories' }).click();
    await expect(this.heading).toBeVisible();
    await expect(this.root.locator('.outlet-charts[data-ready="true"]')).toBeVisible({
      timeout: 30_000,
    });
  }

  /** The chart of a measure, by its title. */
  chart(title: string): Locator {
    return this.root.getByRole('group', { name: title, exact: true });
  }

  /** The bars of a chart, in the order shown. */
  bars(title: string): Locator {
    return this.chart(title).getByRole('button');
  }

  /** The outlet names of a chart's bars, in order (from their accessible names). */
  async outletsOf(title: string): Promise<string[]> {
    const names = await this.bars(title).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    return names.map((n) => n.replace(/:.*$/, ''));
  }

  /** Chooses how bars are sorted. */
  async sortBy(what: 'Value' | 'Name' | 'Number of stories'): Promise<void> {
    const radio = this.root.getByRole('radio', { name: what });
    await radio.click();
    await expect(radio).toHaveAttribute('aria-checked', 'true');
  }

  /** The list of stories shown under a bar once it is clicked. */
  storiesBehind(): Locator {
    return this.root.getByRole('region', { name: /^Stories behind/ });
  }

  /** Clicks "Download CSV" and returns the file's name and text. */
  async downloadCsv(): Promise<{ name: string; path: string }> {
    const [dl] = await Promise.all([
      this.page.waitForEvent('download'),
      this.root.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await dl.path();
    expect(path, 'the download finished').toBeTruthy();
    return { name: dl.suggestedFilename(), path };
  }
}
