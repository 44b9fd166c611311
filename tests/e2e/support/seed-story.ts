// The Washington Post seed story (003, 002, 004) imported into a new story, with the pair of
// 004 against the base open: the starting point of the specs that check real copy.
import type { Page } from '@playwright/test';
import { seedPath } from '../../support/seeds';
import { AppPage } from '../pages/app-page';
import { CompareView } from '../pages/compare-view';
import { expect, openApp } from './fixtures';
import type { RunningServer } from './server';

export const SEED_STORY = 'Xinjiang surveillance';

/** Imports the three seed files into a new story and opens 004's pair. */
export async function openSeedPair004(page: Page, server: RunningServer): Promise<CompareView> {
  const cmp = await openSeedStory(page, server);
  await cmp.overview
    .locator('tbody tr', { hasText: '004_' })
    .getByRole('button', { name: /^Compare/ })
    .click();
  await expect(cmp.pair).toBeVisible();
  return cmp;
}

/** Imports the three seed files into a new story and waits for its overview. */
export async function openSeedStory(page: Page, server: RunningServer): Promise<CompareView> {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory(SEED_STORY);
  await dialog.chooseFiles([seedPath('003'), seedPath('002'), seedPath('004')]);
  await dialog.importFiles(3);
  await dialog.close();
  await app.openStory(SEED_STORY);
  const cmp = new CompareView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  return cmp;
}
