// Notes (issue 10): the story's notes are saved as you type and kept; a note written on an
// attribution in the pair view is kept after a reload, found by the library search, listed in
// the story's notes panel, and exported (the CLI's JSON and CSV of the same library).
import { parse } from 'csv-parse/sync';
import { expect, openApp, test } from './support/fixtures';
import { CompareView } from './pages/compare-view';
import { exportCli } from './support/export-cli';
import { select } from './support/select-text';

const DEMO = 'Port Ellis council approves wind cable landing at Gull Point after heated meeting';
const OUTLET = 'The Coast Ledger';
const NOTE = 'Ask the Ledger why the quayside credit stayed: zanzibar check';

test('the story notes are saved while typing and kept after a reload', async ({ page, server }) => {
  await openApp(page, server);
  const field = page.getByRole('textbox', { name: 'Story notes' });
  await field.fill('Call the harbour office about the cable vote.');
  const state = page.locator('.story-notes .save-state');
  await expect(state).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Story notes' })).toHaveValue(
    'Call the harbour office about the cable vote.',
  );
  // Found by the library's search.
  await page.getByLabel('Search the library').fill('harbour office');
  await expect(page.locator('.note-hit')).toContainText('Story notes');
});

test('a note on an attribution survives a reload, is found by search and is exported', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf(OUTLET);
  const item = cmp.attributions('kept').locator('li.source-item').first();
  const words = (await item.locator('.source-phrase').textContent()) ?? '';
  await item.getByRole('button', { name: 'Add note' }).click();
  await item.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await item.getByRole('button', { name: 'Save note' }).click();
  await expect(item.locator('.entry-note-body')).toHaveText(NOTE);

  // Kept after a reload, on the same attribution, and listed in the notes panel.
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  const panel = page.locator('.finding-notes');
  await expect(panel).toContainText(NOTE, { timeout: 20_000 });
  await expect(panel.locator('.finding-note')).toHaveAttribute('data-status', 'attached');
  await panel.locator('.finding-note-open').click();
  await expect(cmp.pair).toBeVisible();
  await expect(cmp.panel.locator('.entry-note-body')).toHaveText(NOTE);

  // Found by the library's search.
  await page.getByLabel('Search the library').fill('zanzibar');
  const hit = page.locator('.note-hit');
  await expect(hit).toContainText('Note on attribution');
  await expect(hit.locator('mark')).toHaveText('zanzibar');

  // In the exports of the same library.
  const json = JSON.parse(exportCli(dataDir, [DEMO, '--format', 'json'])) as {
    notes: { note: string; placement: string; finding: string; text: string }[];
  };
  expect(json.notes).toEqual([
    expect.objectContaining({ note: NOTE, placement: 'attached', finding: 'attribution' }),
  ]);
  expect(words).toContain(json.notes[0]?.text ?? '∅');
  const rows = parse(exportCli(dataDir, [DEMO, '--format', 'csv']), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.filter((r) => r.finding === 'note')).toEqual([
    expect.objectContaining({ note: NOTE, class: 'attribution', status: 'attached' }),
  ]);
  expect(exportCli(dataDir, [DEMO, '--format', 'html'])).toContain('zanzibar check');
});

test('a note on selected words of a paragraph is listed, edited and exported', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf(OUTLET);
  const para = page.locator('.pair-view .cell-version .para[data-block]').first();
  const words = ((await para.textContent()) ?? '').split(/\s+/).slice(0, 4).join(' ');
  await select(page, 'version', words);
  const tools = page.getByRole('region', { name: 'Your corrections' });
  await tools.getByRole('button', { name: 'Add note' }).click();
  await expect(tools).toContainText(`Note on “${words}”`);
  await tools.getByRole('textbox', { name: 'Note' }).fill('The headline kept its wording.');
  await tools.getByRole('button', { name: 'Save note' }).click();

  const note = page.locator('.finding-notes .finding-note');
  await expect(note).toHaveAttribute('data-status', 'attached');
  await expect(note.locator('.finding-note-kind')).toHaveText(/^(paragraph|word change) #\d+ ¶1$/);
  await expect(note.locator('.finding-note-words')).toHaveText(words);
  await note.getByRole('button', { name: 'Edit note' }).click();
  await note.getByRole('textbox', { name: 'Note' }).fill('The headline kept its wording, edited.');
  await note.getByRole('button', { name: 'Save note' }).click();
  await expect(note.locator('.finding-note-body')).toHaveText(
    'The headline kept its wording, edited.',
  );

  const json = JSON.parse(exportCli(dataDir, [DEMO, '--format', 'json'])) as {
    notes: { note: string; paragraph: number; text: string }[];
  };
  expect(json.notes).toEqual([
    expect.objectContaining({
      note: 'The headline kept its wording, edited.',
      paragraph: 1,
      text: words,
    }),
  ]);
});
