// Page object for the whole window: the library sidebar, search, and the main area.
import { expect, type Locator, type Page } from '@playwright/test';
import { ImportDialog } from './import-dialog';
import { StoryView } from './story-view';

export class AppPage {
  readonly page: Page;
  readonly sidebar: Locator;
  readonly search: Locator;
  readonly story: StoryView;
  readonly importDialog: ImportDialog;
  readonly alerts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sidebar = page.locator('aside.sidebar');
    this.search = page.getByRole('searchbox', { name: 'Search the library' });
    this.story = new StoryView(page);
    this.importDialog = new ImportDialog(page);
    this.alerts = page.getByRole('alert');
  }

  /** The sidebar entry of a story, by its title. */
  storyItem(title: string | RegExp): Locator {
    return this.page
      .getByRole('navigation', { name: 'Stories' })
      .getByRole('button', { name: title });
  }

  /** Opens a story from the sidebar and waits for its page. */
  async openStory(title: string): Promise<void> {
    await this.storyItem(title).click();
    await expect(this.story.title).toHaveText(title);
  }

  /** Opens the import dialog from the sidebar header. */
  async openImport(): Promise<ImportDialog> {
    await this.sidebar.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.importDialog.root).toBeVisible();
    return this.importDialog;
  }

  /** The search hits list. */
  get hits(): Locator {
    return this.page.getByRole('region', { name: 'Search results' }).getByRole('listitem');
  }
}
