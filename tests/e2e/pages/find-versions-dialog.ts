// Page object for "Find other versions" (FindVersionsDialog): the copies found for one version
// and their "Add to this story" buttons.
import { expect, type Locator, type Page } from '@playwright/test';

export class FindVersionsDialog {
  readonly root: Locator;
  readonly summary: Locator;
  readonly items: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /^Other versions of/ });
    this.summary = this.root.getByTestId('find-summary');
    this.items = this.root.locator('li.found-version');
  }

  /** Waits until the search has answered (its summary line is shown). */
  async ready(): Promise<void> {
    await expect(this.summary).toBeVisible();
  }

  /** The found version whose card shows `text` (its outlet, say). */
  item(text: string | RegExp): Locator {
    return this.items.filter({ hasText: text });
  }

  /** Adds the found version showing `text` to the story, and waits until it says so. */
  async add(text: string | RegExp): Promise<void> {
    const item = this.item(text);
    await item.getByRole('button', { name: /to this story$/ }).click();
    await expect(item.getByRole('button', { name: /to this story$/ })).toHaveText('Added');
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(this.root).toBeHidden();
  }
}
