// The app's export methods through the real dispatch on a real temporary library: the text
// they return is the CLI's export (same formatters, same bundle), file names come from the
// title, the desktop save path writes the chosen file atomically, and what a shell cannot do
// is refused with a sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../backend/dispatch';
import { exportFilename, titleSlug } from '../../../backend/export-handlers';
import {
  collectStory,
  findingRows,
  findingsCsv,
  storyReportHtml,
} from '../../../backend/export/index';
import { harborStory, paste, tempLibrary, type TempLibrary } from './export/library';

let lib: TempLibrary;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.close());

async function call(method: 'exports.content' | 'exports.save', input: unknown) {
  const r = await dispatch(lib.ctx, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

describe('export file names', () => {
  it('slugs a title to ASCII words joined by hyphens', () => {
    expect(titleSlug('Harbour town’s cable vote: “yes”, 12–3')).toBe(
      'harbour-town-s-cable-vote-yes-12-3',
    );
    expect(titleSlug('Café São Paulo')).toBe('cafe-sao-paulo');
    expect(titleSlug('東京 ・ ...')).toBe('story');
    expect(titleSlug('x'.repeat(200))).toHaveLength(60);
  });

  it('names reports and the library-wide file', () => {
    expect(exportFilename('Cable vote', 'csv')).toBe('cable-vote.csv');
    expect(exportFilename('Cable vote', 'html')).toBe('cable-vote-report.html');
    expect(exportFilename('Cable vote', 'pdf')).toBe('cable-vote-report.pdf');
    expect(exportFilename(null, 'csv')).toBe('retold-all-findings.csv');
  });
});

describe('exports.content', () => {
  it('returns the same CSV and HTML as the export core', async () => {
    const id = await harborStory(lib.ctx);
    const x = collectStory(lib.ctx.library, id, { appVersion: lib.ctx.appVersion });
    const csv = await call('exports.content', { scope: { storyId: id }, format: 'csv' });
    expect(csv.text).toBe(findingsCsv(findingRows(x)));
    expect(csv.filename).toBe('harbor-cable-vote.csv');
    expect(csv.mime).toBe('text/csv');
    const html = await call('exports.content', { scope: { storyId: id }, format: 'html' });
    // Only the export time differs between two reports.
    const at = (s: string) => s.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
    expect(at(String(html.text))).toBe(at(storyReportHtml(x)));
  });

  it('exports every story of the library as one CSV, naming the ones left out', async () => {
    await harborStory(lib.ctx, 'First');
    await harborStory(lib.ctx, 'Second');
    await paste(lib.ctx, 'Lonely', 'One version only, so nothing to compare here at all.');
    const all = await call('exports.content', { scope: { all: true }, format: 'csv' });
    const rows = parse(String(all.text), { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.story))).toEqual(new Set(['First', 'Second']));
    expect(all.summary).toMatch(/of 2 stories; 1 with fewer than two versions left out/);
  });

  it('refuses what cannot be done, with a sentence', async () => {
    const id = await paste(lib.ctx, 'Lonely', 'One version only, so nothing to compare.');
    const one = await dispatch(lib.ctx, 'exports.content', {
      scope: { storyId: id },
      format: 'csv',
    });
    expect(one).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (!one.ok) expect(one.error.message).toMatch(/needs at least two/);
    const allJson = await dispatch(lib.ctx, 'exports.content', {
      scope: { all: true },
      format: 'json',
    });
    if (allJson.ok) throw new Error('a library-wide JSON export was accepted');
    expect(allJson.error.message).toMatch(/CSV only/);
    const pdf = await dispatch(lib.ctx, 'exports.content', {
      scope: { storyId: id },
      format: 'pdf',
    });
    expect(pdf.ok).toBe(false);
  });
});

describe('exports.save (the desktop path)', () => {
  it('is refused where there is no save dialog', async () => {
    const id = await harborStory(lib.ctx);
    const r = await dispatch(lib.ctx, 'exports.save', { scope: { storyId: id }, format: 'csv' });
    if (r.ok) throw new Error('saved without a dialog');
    expect(r.error).toMatchObject({ code: 'unsupported' });
    expect(r.error.message).toMatch(/desktop app/);
  });

  it('writes the file the dialog chose, and nothing when it is cancelled', async () => {
    const id = await harborStory(lib.ctx);
    const target = path.join(lib.dir, 'chosen.csv');
    const asked: unknown[] = [];
    let answer: string | null = target;
    // The host's dialog (Electron's showSaveDialog) cannot run here; this stands for the
    // person's choice, everything else is the real path.
    lib.ctx.saveFileDialog = (request) => {
      asked.push(request);
      return Promise.resolve(answer);
    };
    const saved = await call('exports.save', { scope: { storyId: id }, format: 'csv', bom: true });
    expect(saved.path).toBe(target);
    expect(asked[0]).toMatchObject({ defaultName: 'harbor-cable-vote.csv' });
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    answer = null;
    const cancelled = await call('exports.save', { scope: { storyId: id }, format: 'json' });
    expect(cancelled).toEqual({ path: null, summary: 'Nothing was saved.' });
  });

  it('prints a PDF through the shell and says so when it cannot', async () => {
    const id = await harborStory(lib.ctx);
    lib.ctx.saveFileDialog = () => Promise.resolve(path.join(lib.dir, 'r.pdf'));
    const r = await dispatch(lib.ctx, 'exports.save', { scope: { storyId: id }, format: 'pdf' });
    if (r.ok) throw new Error('printed a PDF with no printer');
    expect(r.error.message).toMatch(/print it to PDF/);
  });
});
