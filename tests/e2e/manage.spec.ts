// Managing the library: rename a story, edit a version's details, move and delete versions,
// delete a story. Each change must be visible afterwards.
import { demoStory } from '../../backend/demo/demo-story';
import { harborNote } from '../fixtures/e2e/articles';
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

const RENAMED = 'Gull Point cable vote (demo)';
const OTHER = 'Harbor committee notes';

test('rename, edit, move, delete a version, delete a story', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const count = demoStory.versions.length;
  const [gazette, ledger, , seaboard] = demoStory.versions;
  if (!gazette || !ledger || !seaboard) throw new Error('The demo story changed shape.');

  // rename
  await app.story.rename(RENAMED);
  await expect(app.storyItem(RENAMED)).toBeVisible();

  // edit a version's outlet
  await app.story.rowAction(gazette.outlet, 'Edit');
  const edit = app.story.dialog('Edit version details');
  await edit.getByLabel('Outlet').fill('Gazette Archive');
  await edit.getByRole('button', { name: 'Save details' }).click();
  await expect(edit).toBeHidden();
  await expect(app.story.row('Gazette Archive')).toHaveCount(1);

  // a second story to move a version into
  const dialog = await app.openImport();
  await dialog.intoNewStory(OTHER);
  await dialog.paste(harborNote);
  await expect(dialog.items.last()).toHaveClass(/status-imported/);
  await dialog.close();
  await expect(app.story.title).toHaveText(OTHER);
  await expect(app.story.rows).toHaveCount(1);

  // move
  await app.openStory(RENAMED);
  await app.story.rowAction(ledger.outlet, 'Move');
  const move = app.story.dialog(/^Move/);
  await move.getByLabel('Move to story').selectOption({ label: OTHER });
  await move.getByRole('button', { name: 'Move version' }).click();
  await expect(move).toBeHidden();
  await expect(app.story.rows).toHaveCount(count - 1);
  await expect(app.story.row(ledger.outlet)).toHaveCount(0);
  await app.openStory(OTHER);
  await expect(app.story.rows).toHaveCount(2);
  await expect(app.story.row(ledger.outlet)).toHaveCount(1);

  // delete a version, after confirming
  await app.openStory(RENAMED);
  await app.story.rowAction(seaboard.outlet, 'Delete');
  const confirm = app.story.dialog('Delete version?');
  await expect(confirm).toContainText(seaboard.outlet);
  await confirm.getByRole('button', { name: 'Delete version' }).click();
  await expect(confirm).toBeHidden();
  await expect(app.story.rows).toHaveCount(count - 2);
  await expect(app.story.row(seaboard.outlet)).toHaveCount(0);

  // delete a story, after confirming how many versions go with it
  await app.openStory(OTHER);
  await page.getByRole('button', { name: 'Delete story' }).click();
  const confirmStory = app.story.dialog('Delete story?');
  await expect(confirmStory).toContainText('2 versions');
  await confirmStory.getByRole('button', { name: /Delete story and 2 versions/ }).click();
  await expect(confirmStory).toBeHidden();
  await expect(app.storyItem(OTHER)).toHaveCount(0);
  await expect(app.story.title).toHaveText(RENAMED);
});
