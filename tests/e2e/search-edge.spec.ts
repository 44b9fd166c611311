// Issue 11, items 12–14: a search result opens its version at the match, spelling variants are
// found, a story with one version asks for another instead of showing disabled tabs, an empty
// file is listed as "0 bytes" and refused in words, and pasted text whose first line is page
// furniture ("Clicky") gets its real headline.
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

const HEADLINE = 'Harbour crew praised for conduct in the storm';

/** A long article (so the match is far below the fold) with "behavior" near its end. */
function longArticle(): string {
  const filler = Array.from(
    { length: 60 },
    (_, i) =>
      `Paragraph ${i + 1} of the council report on the harbour cable goes over the vote, the costs and the route in the usual detail.`,
  );
  filler.splice(54, 0, 'Inspectors said the crew’s behavior during the storm was exemplary.');
  return [HEADLINE, ...filler].join('\n\n');
}

test('a search result opens at its match, and “behaviour” finds “behavior”', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory('Harbour conduct');
  await dialog.paste(longArticle());
  await expect(dialog.items.last()).toHaveClass(/status-imported/);
  await dialog.close();

  await app.search.fill('behaviour');
  // The demo story (British spelling) may be found too: take this story's hit.
  const hit = app.hits.filter({ hasText: 'Harbour conduct' });
  await expect(hit).toHaveCount(1);
  // The snippet marks the word as the text has it.
  await expect(hit.locator('mark')).toHaveText('behavior');
  await hit.getByRole('button').click();

  const mark = page.locator('.reader-text mark.search-mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText('behavior');
  await expect(mark).toBeInViewport();
  await expect(page.locator('.reader-search')).toContainText('1 match for “behaviour”');
});

test('a story with one version asks for another instead of showing disabled tabs', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory('Lonely story');
  const name = 'harbour-council-votes-to-keep-the-ferry-running-after-a-long-fight.txt';
  const text = `${HEADLINE}\n\nThe council voted on Thursday to keep the ferry running.`;
  await dialog.chooseFiles([{ name, mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await dialog.importFiles(1);
  await dialog.close();
  await expect(app.story.title).toHaveText('Lonely story');

  const prompt = page.getByTestId('import-prompt');
  await expect(prompt).toContainText('Import another version to compare.');
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Pair' })).toHaveCount(0);

  // "Arrived as" is text: the long file name is shortened with an ellipsis, whole in its tooltip.
  const arrived = app.story.rows.first().locator('.arrived-name');
  await expect(arrived).toHaveAttribute('title', name);
  await expect(arrived).toHaveCSS('text-overflow', 'ellipsis');
  await expect(arrived).toHaveCSS('white-space', 'nowrap');

  await prompt.getByRole('button', { name: 'Import another version…' }).click();
  await expect(dialog.root).toBeVisible();
  // The dialog opens on this story.
  const story = dialog.root.getByRole('combobox', { name: 'Story' });
  await expect(story.locator('option:checked')).toHaveText('Lonely story');
});

test('an empty file is listed as 0 bytes and refused in words', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.chooseFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const item = dialog.item('empty.txt');
  await expect(item).toContainText('0 bytes');
  await expect(item).not.toContainText('KB');
  await expect(item.locator('.import-status')).toHaveText('Not imported');
  await expect(dialog.alerts.first()).toContainText(
    '“empty.txt” is empty (0 bytes): there is no text in it to import.',
  );
  // One word for one outcome, whichever check refused the file.
  await expect(dialog.root).not.toContainText('Refused');
  await expect(dialog.root.getByRole('button', { name: 'Import files' })).toBeDisabled();
});

test('pasted text whose first line is page furniture gets its real headline', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.root.getByRole('radio', { name: 'A new story' }).check();
  await dialog.root.getByRole('tab', { name: 'Paste text' }).click();
  const text = `Clicky\n${HEADLINE}\n\nThe council voted on Thursday to praise the crew, the mayor said.`;
  await dialog.root.getByLabel('Article text').fill(text);
  // The suggested story title is the headline, not the tracker's noscript text.
  await expect(dialog.root.getByLabel('New story title')).toHaveValue(HEADLINE);
  await expect(dialog.root.getByLabel(/Headline/)).toHaveAttribute(
    'placeholder',
    `From the text: ${HEADLINE}`,
  );
  await dialog.root.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog.items.last()).toHaveClass(/status-imported/);
  await expect(dialog.items.last()).toContainText(HEADLINE);
  await dialog.close();

  await expect(app.story.title).toHaveText(HEADLINE);
  await expect(app.story.rows.first().locator('.version-title')).toHaveText(HEADLINE);
});
