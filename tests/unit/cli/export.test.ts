import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, htmlToPdf } from '../../../backend/export/index';
import { exportSchemaErrors } from '../backend/export/schema';
import { schemaErrors } from '../engine/schema';
import { P, text } from '../engine/fixtures';
import { runCli, type CliRun } from './support';

let dir: string;
const TITLE = 'Harbor dredging vote';
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-export-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  const c = path.join(dir, 'c.txt');
  writeFileSync(a, text(P));
  writeFileSync(b, text([P[0], P[2], P[1], P[3]] as string[]).replace('eighteen', 'twenty'));
  writeFileSync(c, text([...P, '=HYPERLINK("https://evil.example"), the “leak” said.']));
  const r = await run('import', a, b, c, '--story', TITLE);
  if (r.code !== 0) throw new Error(r.err);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CliRun> {
  return runCli([...argv, '--library', dir]);
}

const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('retold export', () => {
  it('prints a story’s JSON by title on stdout, valid against the export schema', async () => {
    const r = await run('export', TITLE.toUpperCase(), '--format', 'json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const out = JSON.parse(r.out) as { story: { title: string }; versions: unknown[] };
    expect(exportSchemaErrors(out)).toBe('');
    expect(out.story.title).toBe(TITLE);
    expect(out.versions).toHaveLength(3);
  });

  it('writes CSV and HTML with --out, through a temporary file, and says what it wrote', async () => {
    const csvFile = path.join(dir, 'findings.csv');
    writeFileSync(csvFile, 'an older export');
    const r = await run('export', TITLE, '--format', 'csv', '--out', csvFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote \d+ findings of “Harbor dredging vote” \(3 versions\) to /);
    const rows = rowsOf(readFileSync(csvFile, 'utf8'));
    // The longest version is the automatic base here, so the formula is on either side.
    const cells = rows.flatMap((x) => [x['base text'] ?? '', x['version text'] ?? '']);
    const formula = cells.filter((t) => t.includes('HYPERLINK'));
    expect(formula.length).toBeGreaterThan(0);
    for (const t of formula) expect(t).toMatch(/^'=HYPERLINK\("https:\/\/evil\.example"\)/);
    expect(new Set(rows.map((x) => x.finding))).toEqual(
      new Set([
        'derivation',
        'paragraph',
        'word change',
        'attribution',
        'quote',
        // issue 13 (backend/export/findings-relations.ts)
        'source',
        'fact',
        'shared edit',
        'copy chain',
      ]),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const html = path.join(dir, 'report.html');
    expect((await run('export', TITLE, '--format', 'html', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[^]*Harbor dredging vote/);
  });

  it('exports every finding of every story in one CSV with --all', async () => {
    const r = await run('export', '--all', '--format', 'csv', '--bom');
    expect(r.code).toBe(0);
    expect(r.out.charCodeAt(0)).toBe(0xfeff);
    const stories = new Set(rowsOf(r.out.slice(1)).map((x) => x.story));
    // The demo story (added to a new library) and ours.
    expect(stories.size).toBe(2);
    expect(stories.has(TITLE)).toBe(true);
  });

  it('refuses bad requests with a sentence and writes nothing', async () => {
    const missing = path.join(dir, 'no-such-folder', 'x.csv');
    const cases: [string[], number, RegExp][] = [
      [['export', TITLE], 2, /Choose a format with --format json, csv, html or pdf/],
      [['export', '--all', '--format', 'html'], 2, /--all exports .* use --format csv/],
      [['export', TITLE, '--format', 'pdf'], 2, /name the file to write with --out FILE/],
      [['export', 'Nothing like it', '--format', 'csv'], 1, /no story “Nothing like it”/],
      [['export', TITLE, '--format', 'csv', '--base', '7'], 2, /no version “7”.*#1, #2, #3/],
      [['export', TITLE, '--format', 'csv', '--out', missing], 2, /folder .* does not exist/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
    expect(existsSync(missing)).toBe(false);
  });

  it.skipIf(!chromiumPath())(
    'prints the report to PDF with Chromium',
    async () => {
      const pdf = path.join(dir, 'report.pdf');
      const r = await run('export', TITLE, '--format', 'pdf', '--out', pdf);
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it('says how to get the PDF when Chromium cannot run', async () => {
    const notABrowser = path.join(dir, 'not-chromium');
    writeFileSync(notABrowser, 'text');
    await expect(htmlToPdf('<p>x</p>', { CHROMIUM_PATH: notABrowser })).rejects.toThrow(
      /could not be started\. Export the HTML report instead \(--format html\), open it in a browser and print it to PDF/,
    );
  }, 60_000);
});

describe('retold compare --story', () => {
  it('compares a library story by title with --json, valid against the comparison schema', async () => {
    const r = await run('compare', '--story', TITLE, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const c = JSON.parse(r.out) as { base: number; versions: { number: number }[] };
    expect(schemaErrors(c)).toBe('');
    expect(c.versions.map((v) => v.number).sort()).toEqual([1, 2, 3]);
  });

  it('takes another base by version number and prints the report with ¶ numbers', async () => {
    const json = await run('compare', '--story', TITLE, '--base', '#2', '--json');
    const c = JSON.parse(json.out) as { base: number; versions: { number: number }[] };
    expect(c.versions[c.base]?.number).toBe(2);
    const r = await run('compare', '--story', TITLE, '--base', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Story: Harbor dredging vote\nBase: #2 /);
    expect(r.out).toMatch(/¶\d/);
  });

  it('refuses files together with --story, and an unknown story', async () => {
    expect(await run('compare', '--story', TITLE, 'a.txt')).toMatchObject({ code: 2 });
    const r = await run('compare', '--story', 'Nope');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no story “Nope”.*retold list/);
  });

  it('finds a story by the start of its title, a version by its outlet, or names close ones', async () => {
    const r = await run('compare', '--story', 'harbor dredg', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const typo = await run('compare', '--story', 'Harbour dredging');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain(`Close: ‘${TITLE}’.`);
    const v = await run('compare', '--story', TITLE, '--base', '#9');
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/no version “#9”\. Give a version number \(#1, #2, #3\)/);
  });
});
