// Page object for a story page: title, notes, the versions table and the story actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class StoryView {
  readonly page: Page;
  readonly title: Locator;
  readonly notes: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.title = page.locator('main h1.story-title');
    this.notes = page.getByRole('region', { name: 'Notes' });
    this.rows = page.locator('main table.version-table tbody tr');
  }

  /** The row of a version, by text in it (its outlet, say). */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Runs a row action ('Read', 'Edit', 'Move', 'Find others', 'Delete') on a version. */
  async rowAction(
    text: string | RegExp,
    action: 'Read' | 'Edit' | 'Move' | 'Find others' | 'Delete',
  ): Promise<void> {
    // the buttons' accessible names include the version ("Edit details of …"): match the label
    const button = this.row(text).locator('.row-actions button', {
      hasText: new RegExp(`^${action}$`),
    });
    await button.click();
  }

  /** Renames the story through its dialog. */
  async rename(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename story' });
    await dialog.getByLabel('Story title').fill(title);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.title).toHaveText(title);
  }

  /** A modal dialog by its title. */
  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
