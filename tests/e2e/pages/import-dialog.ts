// Page object for the import dialog: target, files, pasted text, the per-file results, the
// bulk import by path ("Many articles") and by web address ("Web addresses").
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

export class ImportDialog {
  readonly page: Page;
  readonly root: Locator;
  readonly items: Locator;
  readonly alerts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('dialog', { name: 'Import articles' });
    this.items = this.root.locator('li.import-item');
    this.alerts = this.root.getByRole('alert');
  }

  /** Aims the import at a new story with this title. */
  async intoNewStory(title: string): Promise<void> {
    await this.root.getByRole('radio', { name: 'A new story' }).check();
    await this.root.getByLabel('New story title').fill(title);
  }

  /** Aims the import at a story already in the library. */
  async intoStory(title: string): Promise<void> {
    await this.root.getByRole('radio', { name: 'A story in the library' }).check();
    await this.root.getByLabel('Story', { exact: true }).selectOption({ label: title });
  }

  /** Queues files through the (hidden) file input that "Choose files…" opens. */
  async chooseFiles(files: string[] | FilePayload[]): Promise<void> {
    await this.root.getByRole('tab', { name: 'Files' }).click();
    await this.root.locator('input[type="file"]').setInputFiles(files);
  }

  /** Imports the queued files and waits until none is waiting or running. */
  async importFiles(count: number): Promise<void> {
    const label = count === 1 ? 'Import 1 file' : `Import ${count} files`;
    await this.root.getByRole('button', { name: label }).click();
    await expect(this.root.locator('.status-queued, .status-importing')).toHaveCount(0);
  }

  /** Pastes text (with an optional headline, outlet and date) and imports it. */
  async paste(
    text: string,
    headline?: string,
    details: { outlet?: string; published?: string } = {},
  ): Promise<void> {
    await this.root.getByRole('tab', { name: 'Paste text' }).click();
    await this.root.getByLabel('Article text').fill(text);
    if (headline) await this.root.getByLabel(/Headline/).fill(headline);
    if (details.outlet) await this.root.getByLabel(/Outlet/).fill(details.outlet);
    if (details.published) await this.root.getByLabel(/Published/).fill(details.published);
    const before = await this.items.count();
    await this.root.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(this.items).toHaveCount(before + 1);
    await expect(this.items.last()).not.toHaveClass(/status-importing/);
  }

  /** Starts a bulk import of these paths on the "Many articles" tab. */
  async startBulk(paths: string[], story?: string): Promise<void> {
    await this.root.getByRole('tab', { name: 'Many articles' }).click();
    await this.root.getByLabel('Folders and files').fill(paths.join('\n'));
    if (story) await this.root.getByLabel(/^Story/).fill(story);
    await this.root.getByRole('button', { name: 'Start import' }).click();
  }

  /** Imports web addresses from the "Web addresses" tab (optionally into one story). */
  async importUrls(urls: string[], story?: string): Promise<void> {
    await this.root.getByRole('tab', { name: 'Web addresses' }).click();
    await this.root.getByLabel('Addresses, one per line').fill(urls.join('\n'));
    if (story) await this.root.getByLabel(/^Story/).fill(story);
    const label = urls.length > 1 ? `Import ${urls.length} pages` : 'Import the page';
    await this.root.getByRole('button', { name: label }).click();
  }

  /** Sets the User-Agent of URL import and waits for it to be saved. */
  async setUserAgent(userAgent: string): Promise<void> {
    await this.root.getByRole('tab', { name: 'Web addresses' }).click();
    await this.root.getByText('How Retold identifies itself to sites').click();
    await this.root.getByLabel('User-Agent').fill(userAgent);
    await this.root.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.root.getByText('Saved for next time.')).toBeVisible();
  }

  /** The bulk import's summary, once the import has stopped. */
  get bulkSummary(): Locator {
    return this.root.locator('.bulk-summary');
  }

  /** The running bulk import's progress bar. */
  get bulkProgress(): Locator {
    return this.root.getByRole('progressbar', { name: 'Import progress' });
  }

  /** The lines of the bulk import's summary table. */
  get bulkRows(): Locator {
    return this.bulkSummary.locator('tbody tr');
  }

  /** Waits for the bulk import to stop and its summary to show. */
  async bulkFinished(): Promise<void> {
    await expect(this.root.getByRole('button', { name: 'Download summary (CSV)' })).toBeEnabled();
  }

  /** Downloads the bulk summary and returns the CSV text. */
  async downloadBulkSummary(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.root.getByRole('button', { name: 'Download summary (CSV)' }).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
  }

  /** The result line of an item, by its name. */
  item(name: string | RegExp): Locator {
    return this.items.filter({ hasText: name });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Done' }).click();
    await expect(this.root).toBeHidden();
  }
}
