// Page object for the exports: the story page's Export menu and the library's "Export all".
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The menu entries of the Export menu. */
export type ExportEntry = 'Findings (CSV)' | 'Data (JSON)' | 'Report (HTML)' | 'Report (PDF)';

/** A finished download: its proposed name and its text. */
export interface Downloaded {
  name: string;
  text: string;
}

export class ExportMenu {
  constructor(readonly page: Page) {}

  /** Opens the story page's Export menu and picks an entry. */
  async pick(entry: ExportEntry): Promise<void> {
    await this.page.getByRole('button', { name: 'Export this story' }).click();
    await this.page.getByRole('menuitem', { name: entry }).click();
  }

  /** Picks an entry that downloads a file and returns the file. */
  async download(entry: ExportEntry): Promise<Downloaded> {
    const [dl] = await Promise.all([this.page.waitForEvent('download'), this.pick(entry)]);
    return read(dl);
  }

  /** The sidebar's "Export all findings (CSV)". */
  async downloadAll(): Promise<Downloaded> {
    const button = this.page.getByRole('button', { name: 'Export all findings (CSV)' });
    const [dl] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return read(dl);
  }
}

async function read(dl: import('@playwright/test').Download): Promise<Downloaded> {
  const file = await dl.path();
  expect(file, 'the download finished').toBeTruthy();
  return { name: dl.suggestedFilename(), text: readFileSync(file, 'utf8') };
}
