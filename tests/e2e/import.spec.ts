// Importing through the dialog: files into a new story, pasted text into it, duplicates, and
// that the library is still there after a restart.
import { readSeed, seedPath, seedsSkipReason } from '../support/seeds';
import { pngBytes } from '../fixtures/e2e/articles';
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';
import { startServer } from './support/server';

const STORY = 'Xinjiang surveillance report';

test.describe('with the seed articles', () => {
  const reason = seedsSkipReason();
  test.skip(reason !== null, reason ?? '');

  test('three versions under one story, duplicates refused, kept after restart', async ({
    page,
    server,
    dataDir,
  }) => {
    await openApp(page, server);
    const app = new AppPage(page);

    const dialog = await app.openImport();
    await dialog.intoNewStory(STORY);
    await dialog.chooseFiles([seedPath('003'), seedPath('002')]);
    await expect(dialog.items).toHaveCount(2);
    await dialog.importFiles(2);
    await expect(dialog.root.locator('.status-imported')).toHaveCount(2);

    await dialog.paste(readSeed('004'));
    await expect(dialog.items.last()).toHaveClass(/status-imported/);
    await expect(dialog.items.last()).toContainText(`Imported into “${STORY}” as version #`);

    await dialog.paste(readSeed('004'));
    await expect(dialog.items.last()).toHaveClass(/status-duplicate/);
    await expect(dialog.items.last()).toContainText(
      new RegExp(`This text is already in “${STORY}” \\(version #\\d\\); nothing was added\\.`),
    );
    await dialog.close();

    await expect(app.story.title).toHaveText(STORY);
    await expect(app.story.rows).toHaveCount(3);
    await expect(app.storyItem(STORY)).toContainText('3 versions');

    await server.stop();
    const again = await startServer(dataDir);
    try {
      await openApp(page, again);
      await app.openStory(STORY);
      await expect(app.story.rows).toHaveCount(3);
    } finally {
      await again.stop();
    }
  });

  test('search finds a word only one version has', async ({ page, server }) => {
    await openApp(page, server);
    const app = new AppPage(page);
    const dialog = await app.openImport();
    await dialog.intoNewStory(STORY);
    await dialog.paste(readSeed('004'));
    await expect(dialog.items.last()).toHaveClass(/status-imported/);
    await dialog.close();

    await app.search.fill('NDTV');
    await expect(app.hits).toHaveCount(1);
    await expect(app.hits.first()).toContainText(STORY);
    await expect(app.hits.first()).toContainText('TikTok owner, Huawei');
    await expect(app.hits.first().locator('mark')).toHaveText('NDTV');

    await app.hits.first().getByRole('button').click();
    await expect(page.locator('.reader-text')).toContainText('A NDTV report said');
  });
});

test('a binary file is refused with a clear message and adds nothing', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);
  // Count only once the story page has listed its versions (counting earlier reads 0).
  await expect(app.story.rows.first()).toBeVisible();
  const before = await app.story.rows.count();
  const title = (await app.story.title.textContent()) ?? '';

  await page.getByRole('button', { name: 'Import into this story' }).click();
  const dialog = app.importDialog;
  await expect(dialog.root).toBeVisible();
  await dialog.chooseFiles([{ name: 'photo.png', mimeType: 'image/png', buffer: pngBytes() }]);
  await dialog.importFiles(1);
  await expect(dialog.item('photo.png')).toHaveClass(/status-error/);
  await expect(dialog.alerts.first()).toContainText('PNG');
  await dialog.close();

  await expect(app.story.title).toHaveText(title);
  await expect(app.story.rows).toHaveCount(before);
  await expect(app.storyItem(title)).toContainText(`${before} versions`);
});

test('a file over 20 MB is refused before upload', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  const buffer = Buffer.alloc(21 * 1024 * 1024, 'a');
  await dialog.chooseFiles([{ name: 'huge.txt', mimeType: 'text/plain', buffer }]);
  await expect(dialog.item('huge.txt')).toHaveClass(/status-refused/);
  await expect(dialog.alerts.first()).toContainText('up to 20 MB');
  await expect(dialog.root.getByRole('button', { name: 'Import files' })).toBeDisabled();
});
