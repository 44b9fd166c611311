// Corrections (issue 10): a wrong "kept" attribution corrected into "added" moves to the added
// group marked "corrected by you", survives a reload, is in the export (CSV and JSON), and the
// undo brings the engine's finding back.
import { parse } from 'csv-parse/sync';
import { expect, openApp, test } from './support/fixtures';
import { CompareView } from './pages/compare-view';
import { exportCli } from './support/export-cli';
import { select } from './support/select-text';

const DEMO = 'Port Ellis council approves wind cable landing at Gull Point after heated meeting';
const OUTLET = 'The Coast Ledger';

test('a wrong “kept” corrected into “added” shows in the panel and in the export', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf(OUTLET);
  const kept = cmp.attributions('kept').locator('li.source-item');
  const before = await kept.count();
  const phrase = (await kept.first().locator('.source-phrase').textContent()) ?? '';
  await kept
    .first()
    .getByLabel('Correct this attribution')
    .selectOption({ label: 'It was added, not kept' });

  const added = cmp.attributions('added').locator('li.source-item', { hasText: phrase });
  await expect(added).toHaveCount(1);
  await expect(added.locator('.corrected-badge')).toHaveText('corrected by you');
  await expect(kept).toHaveCount(before - 1);

  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  // The address brings the pair back (a hash route); without one, open it again.
  await expect(cmp.pair.or(cmp.overview)).toBeVisible({ timeout: 20_000 });
  if (!(await cmp.pair.isVisible())) await cmp.openPairOf(OUTLET);
  await expect(
    cmp.attributions('added').locator('li.source-item', { hasText: phrase }),
  ).toHaveCount(1);

  const rows = parse(exportCli(dataDir, [DEMO, '--format', 'csv']), { columns: true }) as Record<
    string,
    string
  >[];
  const fixed = rows.filter((r) => r.corrected === 'by you, status changed: was kept');
  expect(fixed).toEqual([
    expect.objectContaining({
      finding: 'attribution',
      status: 'added',
      outlet: OUTLET,
      'base text': '',
    }),
  ]);
  expect(phrase).toContain(fixed[0]?.['version text'] ?? '∅');
  const json = JSON.parse(exportCli(dataDir, [DEMO, '--format', 'json'])) as {
    corrections: { kind: string; status: string; outcome: string }[];
  };
  expect(json.corrections).toEqual([
    expect.objectContaining({ kind: 'attribution-status', status: 'added', outcome: 'applied' }),
  ]);

  // Undo: the engine's finding is back.
  const again = cmp.attributions('added').locator('li.source-item', { hasText: phrase });
  await again.getByRole('button', { name: 'Undo correction' }).click();
  await expect(cmp.attributions('kept').locator('li.source-item')).toHaveCount(before);
});

test('a missed attribution is added from selected words; two paragraphs are unlinked', async ({
  page,
  server,
  dataDir,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  await cmp.openPairOf(OUTLET);
  const tools = page.getByRole('region', { name: 'Your corrections' });
  await tools.getByRole('button', { name: 'Add as attribution' }).click();
  await expect(tools.locator('.hint')).toContainText('Select the attribution’s words');

  // Words of the version's first paragraph that the engine did not call an attribution.
  const first =
    (await page.locator('.pair-view .cell-version .para[data-block]').first().textContent()) ?? '';
  const words = first.split(/\s+/).slice(0, 3).join(' ');
  await select(page, 'version', words);
  await tools.getByRole('button', { name: 'Add as attribution' }).click();
  const added = cmp.attributions('added').locator('li.source-item', { hasText: words });
  await expect(added.locator('.corrected-badge')).toHaveText('corrected by you');

  // The first paragraphs, which the engine linked, unlinked: the base's is now dropped.
  const base =
    (await page.locator('.pair-view .cell-base .para[data-block]').first().textContent()) ?? '';
  const baseWords = base.split(/\s+/).slice(0, 3).join(' ');
  await select(page, 'base', baseWords, { cell: 'version', words });
  await tools.getByRole('button', { name: 'Unlink paragraphs' }).click();
  await expect(tools.locator('.correction-list')).toContainText('paragraphs unlinked');
  await expect(
    page.locator('.pair-view .pair-row[data-kind="dropped"]', { hasText: baseWords }),
  ).toHaveCount(1);

  const json = JSON.parse(exportCli(dataDir, [DEMO, '--format', 'json'])) as {
    corrections: { kind: string; outcome: string; text: string }[];
  };
  expect(json.corrections.map((k) => [k.kind, k.outcome])).toEqual([
    ['add-attribution', 'applied'],
    ['unlink', 'applied'],
  ]);
});
