// Page object for "Group unsorted articles": the review of story proposals (components/grouping).
import { expect, type Locator, type Page } from '@playwright/test';

export class GroupingView {
  readonly page: Page;
  readonly heading: Locator;
  readonly cards: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Group unsorted articles' });
    this.cards = page.locator('main section.proposal-card');
    this.status = page.locator('main .grouping-accepted');
  }

  /** Opens the review from the sidebar's library actions. */
  async open(): Promise<void> {
    await this.page
      .locator('aside.sidebar')
      .getByRole('button', { name: 'Group unsorted articles' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** The bar shown while proposals are being found (a backend job). */
  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Grouping progress' });
  }

  /** Starts finding proposals, without waiting for the run to end. */
  async startFinding(): Promise<void> {
    await this.page.getByRole('button', { name: /^Find proposals/ }).click();
  }

  /** Runs the grouping and waits for it to end: its toast says what it proposed. */
  async findProposals(): Promise<void> {
    await this.startFinding();
    await expect(
      this.page.locator('.toasts').getByText(/^(Proposed \d+ stor|No unsorted articles look)/),
    ).toBeVisible();
    await expect(this.page.locator('main article.grouping-page')).toHaveAttribute(
      'aria-busy',
      'false',
    );
  }

  /** A proposal's card, by its title. */
  card(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The article rows of a card. */
  rows(title: string | RegExp): Locator {
    return this.card(title).locator('tbody tr');
  }

  /** Ticks articles of a card by outlet. */
  async select(title: string | RegExp, outlets: string[]): Promise<void> {
    for (const o of outlets)
      await this.card(title)
        .getByRole('checkbox', { name: `Select ${o}` })
        .check();
  }

  /** Splits the ticked articles into a new proposal. */
  async splitSelected(title: string | RegExp): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: 'Split selected into a new proposal' })
      .click();
  }

  /** Merges a card with another proposal, chosen by its label ("Title (n)"). */
  async merge(title: string | RegExp, other: string): Promise<void> {
    const card = this.card(title);
    await card
      .getByRole('combobox', { name: 'Proposal to merge with' })
      .selectOption({ label: other });
    await card.getByRole('button', { name: 'Merge', exact: true }).click();
  }

  /** Accepts a proposal. */
  async accept(title: string | RegExp): Promise<void> {
    await this.card(title).getByRole('button', { name: 'Accept as a story' }).click();
    await expect(this.status).toBeVisible();
  }
}
