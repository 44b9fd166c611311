// First start: a new person lands on the demo story with its notes and versions.
import { demoStory } from '../../backend/demo/demo-story';
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

test('first start shows the demo story with its versions', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);

  await expect(app.story.title).toHaveText(demoStory.title);
  await expect(app.storyItem(demoStory.title)).toHaveAttribute('aria-current', 'page');
  await expect(app.storyItem(demoStory.title)).toContainText(
    `${demoStory.versions.length} versions`,
  );
  await expect(app.story.notes).toBeVisible();
  await expect(app.story.rows).toHaveCount(demoStory.versions.length);
  for (const v of demoStory.versions) {
    await expect(app.story.row(v.outlet).first()).toBeVisible();
  }
});

test('the reader shows a version’s text with its details', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const [first] = demoStory.versions;
  if (!first) throw new Error('The demo story has no versions.');

  await app.story.rowAction(first.outlet, 'Read');
  await expect(page.locator('.reader-header h1')).toHaveText(first.title);
  const opening = first.text.split('\n\n')[0] ?? '';
  await expect(page.locator('.reader-text p').first()).toHaveText(opening);
  await page.getByRole('button', { name: /Back to/ }).click();
  await expect(app.story.rows).toHaveCount(demoStory.versions.length);
});

test('keyboard shortcuts and the theme toggle', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);

  await page.keyboard.press('Control+k');
  await expect(app.search).toBeFocused();
  await page.keyboard.press('Control+i');
  await expect(app.importDialog.root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.importDialog.root).toBeHidden();

  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  const next = before === 'dark' ? 'light' : 'dark';
  await page.getByRole('button', { name: `Use ${next} theme` }).click();
  await expect(html).toHaveAttribute('data-theme', next);
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', next);
});
