// Page object for the overview's copy-chain tree ("Who copied whom"): its versions, the
// evidence tooltip and the evidence panel that stays after a click.
import { expect, type Locator, type Page } from '@playwright/test';

export class CopyChainView {
  readonly page: Page;
  readonly section: Locator;
  readonly tree: Locator;
  readonly tooltip: Locator;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.locator('section.copy-chain');
    this.tree = page.getByRole('tree', { name: 'Who copied whom' });
    this.tooltip = this.tree.getByRole('tooltip');
    this.panel = this.section.getByRole('region', { name: /^Why / });
  }

  /** A version of the tree, by the start of its name ("#2 Outlet"). */
  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escape(name)}`) });
  }

  /** The versions directly under `parent` in the tree. */
  childrenOf(parent: Locator): Locator {
    return parent.locator(':scope > ul[role="group"] > li[role="treeitem"]');
  }

  /** The visible row of a version: its name and its claim. */
  row(name: string): Locator {
    return this.item(name).locator(':scope > .chain-row');
  }

  /** The words beside a version: its confidence, "ambiguous: … or …?" or "independent". */
  claim(name: string): Locator {
    return this.row(name).locator('.chain-claim');
  }

  /** Rests the pointer on a version and waits for its tooltip. */
  async hover(name: string): Promise<void> {
    await this.row(name).locator('.chain-name').hover();
    await expect(this.tooltip).toBeVisible();
  }

  /** Clicks a version and waits for its evidence panel. */
  async pin(name: string): Promise<void> {
    await this.row(name).locator('.chain-name').click();
    await expect(this.panel).toBeVisible();
  }

  /** The panel's shared edits: buttons that open the pair view at their words. */
  get edits(): Locator {
    return this.panel.locator('button.chain-edit');
  }

  /** The tree item that has keyboard focus, by its accessible name. */
  async focusedName(): Promise<string | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('role') === 'treeitem' ? el.getAttribute('aria-label') : null;
    });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
