// Screenshots of every view, in both themes and at both window sizes the issue measured
// (issue 11). They are written to artifacts/screenshots/ for a person to look at; the test also
// checks what a screenshot alone would not show: that no view overflows the window sideways.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoStory } from '../../backend/demo/demo-story';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { expect, openApp, test } from './support/fixtures';

const OUT = join(process.cwd(), 'artifacts', 'screenshots');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Saves one view and checks it fits the window's width. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150); // let transitions and the virtual list settle
  const fits = await page.evaluate(
    () => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth + 1,
  );
  expect(fits, `${name} overflows the window sideways`).toBe(true);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`every view at ${size.width}×${size.height}, ${theme} theme`, async ({ page, server }) => {
      test.setTimeout(120_000);
      mkdirSync(OUT, { recursive: true });
      const tag = `${size.width}x${size.height}-${theme}`;
      await page.setViewportSize(size);
      await page.addInitScript((t) => localStorage.setItem('retold.theme', t), theme);
      await openApp(page, server);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const app = new AppPage(page);
      const cmp = new CompareView(page);

      await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
      await shot(page, `${tag}-1-overview`);

      await cmp.tab('Matrix').click();
      await expect(cmp.matrix).toBeVisible();
      await shot(page, `${tag}-2-matrix`);

      await cmp.tab('Overview').click();
      const outlet = demoStory.versions[1]?.outlet ?? '';
      await cmp.openPairOf(outlet);
      await expect(cmp.pair.locator('.pair-row').first()).toBeVisible();
      await shot(page, `${tag}-3-pair`);

      await cmp.tab('Overview').click();
      const first = demoStory.versions[0];
      if (!first) throw new Error('The demo story has no versions.');
      await app.story.rowAction(first.outlet, 'Read');
      await expect(page.locator('.reader-text p').first()).toBeVisible();
      await shot(page, `${tag}-4-reader`);
      await page.getByRole('button', { name: /Back to/ }).click();

      await app.search.fill('harbour');
      await expect(app.hits.first()).toBeVisible();
      await shot(page, `${tag}-5-search`);
      await app.search.fill('');

      await app.openImport();
      await shot(page, `${tag}-6-import`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Check library…' }).click();
      await page.getByRole('button', { name: 'Run full check' }).click();
      await expect(page.getByTestId('check-result')).toBeVisible();
      await shot(page, `${tag}-7-check`);
    });
  }
}
