// Page object for issue 13's views of an independent report: the pair view's "same facts,
// independent wording" rows with their marked shared items, the sources side by side above
// the attributions panel, and the overview line that says what the report shares.
import type { Locator, Page } from '@playwright/test';
import type { CompareView } from './compare-view';

export class PairFacts {
  readonly page: Page;
  readonly cmp: CompareView;

  constructor(cmp: CompareView) {
    this.cmp = cmp;
    this.page = cmp.page;
  }

  /** The pair view's rows of paragraphs that report the same facts. */
  get rows(): Locator {
    return this.cmp.pair.locator('.pair-row[data-kind="corresponding"]');
  }

  /** The row holding a base paragraph (block index). */
  rowOfBase(block: number): Locator {
    return this.rows.filter({ has: this.page.locator(`.cell-base [data-block="${block}"]`) });
  }

  /**
   * Steps "Next change" until the row holding a base paragraph is rendered (the rows are a
   * virtual list: only those near the view exist), and returns it.
   */
  async stepToBase(block: number, limit = 40): Promise<Locator> {
    const row = this.rowOfBase(block);
    const next = this.cmp.pair.getByRole('button', { name: /Next change/ });
    for (let i = 0; i < limit && (await row.count()) === 0; i++) await next.click();
    return row;
  }

  /** A shared item marked in one side of a row. */
  marks(row: Locator, side: 'base' | 'version'): Locator {
    return row.locator(`.cell-${side} mark.fact`);
  }

  /** The "same facts" filter chip's checkbox. */
  get chip(): Locator {
    return this.cmp.pair.locator('.fc-corresponding input');
  }

  /** The sources-side-by-side table (above the attributions panel, or in its drawer). */
  get sources(): Locator {
    return this.page.getByRole('table', { name: 'Sources side by side' });
  }

  /** The figures-and-names table, and the summary line that unfolds it. */
  get figures(): Locator {
    return this.page.getByRole('table', { name: 'Figures and names side by side' });
  }

  get figuresToggle(): Locator {
    return this.page.locator('.pair-sources summary', { hasText: 'Figures and names' });
  }

  /** The sources table's row of one source. */
  source(name: string): Locator {
    return this.sources.locator(`tr[data-source="${name}"]`);
  }

  /** The overview's line under "not derived" for one version's row. */
  overviewLine(outlet: string): Locator {
    return this.cmp.overview.locator('tbody tr', { hasText: outlet }).locator('.shared-summary');
  }
}
