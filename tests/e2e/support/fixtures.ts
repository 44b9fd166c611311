// Playwright fixtures: every test gets its own data folder and its own server, and a page that
// has loaded the app (the renderer sets data-ready on <body> once the library is listed).
import { test as base, expect, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { newDataDir, startServer, type RunningServer } from './server';

export { expect };

/** Opens the app and waits until it has listed the library. */
export async function openApp(page: Page, server: RunningServer): Promise<void> {
  await page.goto(server.url);
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
}

export const test = base.extend<{ dataDir: string; server: RunningServer }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = newDataDir();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ dataDir }, use) => {
    const server = await startServer(dataDir);
    await use(server);
    await server.stop();
  },
});
