// Exports from the UI (issue 10): each format of the demo story downloads with a good name and
// holds what the CLI exports of the same story; the HTML report loads nothing; the PDF path
// opens the report and prints it; "Export all findings" is the CLI's `export --all`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { expect, openApp, test } from './support/fixtures';
import { CompareView } from './pages/compare-view';
import { ExportMenu } from './pages/export-menu';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEMO = 'Port Ellis council approves wind cable landing at Gull Point after heated meeting';
const SLUG = 'port-ellis-council-approves-wind-cable-landing-at-gull-point';

/** `retold export ARGS` on the test's library; its standard output. */
function cli(dataDir: string, args: string[]): string {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'cli', 'bin.mjs'), 'export', ...args, '--library', dataDir],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
  );
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

type Export = {
  comparison: { versions: { text: string; blocks: { start: number; end: number }[] }[] };
};

/** Every paragraph (block) of every version, whitespace collapsed. */
function paragraphs(x: Export): string[] {
  return x.comparison.versions.flatMap((v) =>
    v.blocks.map((b) => v.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim()),
  );
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

test('each format of the demo story downloads and matches the CLI export', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  const menu = new ExportMenu(page);

  const csv = await menu.download('Findings (CSV)');
  expect(csv.name).toBe(`${SLUG}.csv`);
  const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(50);
  expect(rows).toEqual(parse(cli(server.dataDir, [DEMO, '--format', 'csv']), { columns: true }));

  const json = await menu.download('Data (JSON)');
  expect(json.name).toBe(`${SLUG}.json`);
  const fromUi = JSON.parse(json.text) as Export & { exportedAt: string };
  const fromCli = JSON.parse(cli(server.dataDir, [DEMO, '--format', 'json'])) as typeof fromUi;
  expect({ ...fromUi, exportedAt: '' }).toEqual({ ...fromCli, exportedAt: '' });

  const html = await menu.download('Report (HTML)');
  expect(html.name).toBe(`${SLUG}-report.html`);
  // A fresh page records every request the report makes while it loads: there must be none.
  const report = await page.context().newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.setContent(html.text, { waitUntil: 'load' });
  const shown = squash(await report.locator('body').innerText());
  const missing = paragraphs(fromUi).filter((p) => p && !shown.includes(p));
  expect(missing, 'paragraphs missing from the report').toEqual([]);
  expect(requests).toEqual([]);
  await report.close();
});

test('the PDF entry opens the report for the browser’s print, which prints every paragraph', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  const menu = new ExportMenu(page);
  await page.getByRole('button', { name: 'Export this story' }).click();
  await expect(page.getByRole('menuitem', { name: /Report \(PDF\)/ })).toContainText(
    'Your browser’s print dialog: choose Save as PDF',
  );
  await page.keyboard.press('Escape');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), menu.pick('Report (PDF)')]);
  await tab.waitForLoadState('load');
  await expect(page.locator('.toast')).toContainText('Save as PDF');
  await tab.emulateMedia({ media: 'print' });
  const printed = squash(await tab.locator('body').innerText());
  const x = JSON.parse(cli(server.dataDir, [DEMO, '--format', 'json'])) as Export;
  expect(paragraphs(x).filter((p) => p && !printed.includes(p))).toEqual([]);
  // The tab is in the browser's print now (a second print is refused: "already being
  // printed"), so the PDF that "Save as PDF" would write is made from the same document.
  const paper = await page.context().newPage();
  await paper.setContent(await tab.content(), { waitUntil: 'load' });
  const pdf = await paper.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});

test('"Export all findings" is the CLI’s export --all', async ({ page, server }) => {
  await openApp(page, server);
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  const all = await new ExportMenu(page).downloadAll();
  expect(all.name).toBe('retold-all-findings.csv');
  const rows = parse(all.text, { columns: true }) as Record<string, string>[];
  expect(rows).toEqual(parse(cli(server.dataDir, ['--all', '--format', 'csv']), { columns: true }));
  expect(new Set(rows.map((r) => r.story))).toEqual(new Set([DEMO]));
});
