// Page object for teach mode (issue 11, item 15): the switch, the lessons of the pair on
// screen, the guided tour's card and the printable worksheet.
import { expect, type Locator, type Page } from '@playwright/test';

export class TeachView {
  readonly page: Page;
  readonly toggle: Locator;
  readonly lessons: Locator;
  readonly tour: Locator;
  readonly worksheet: Locator;

  constructor(page: Page) {
    this.page = page;
    this.toggle = page.getByRole('switch', { name: 'Teach mode' });
    this.lessons = page.getByRole('region', { name: /What the changes in this pair mean/ });
    this.tour = page.locator('section.tour-card');
    this.worksheet = page.getByRole('dialog', { name: /^Worksheet: / });
  }

  /** Turns teach mode on (it stays on: it is remembered). */
  async turnOn(): Promise<void> {
    if (!(await this.toggle.isChecked())) await this.toggle.check();
    await expect(this.toggle).toBeChecked();
  }

  /** The card explaining a kind of change, by its name ("Quote altered"). */
  lesson(name: string): Locator {
    return this.lessons.getByRole('article', { name, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** "Step 3 of 14 · Seaboard Post" */
  get progress(): Locator {
    return this.tour.locator('.tour-progress');
  }

  /** Opens the worksheet and waits for it. */
  async openWorksheet(): Promise<void> {
    await this.button('Worksheet…').click();
    await expect(this.worksheet).toBeVisible();
  }
}
