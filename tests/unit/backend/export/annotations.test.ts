// Notes and corrections in every export format, through the real backend (dispatch) and a real
// library: the JSON lists them (and validates), the CSV has their rows and marks the corrected
// finding, the HTML report shows them escaped.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { dispatch } from '../../../../backend/dispatch';
import {
  collectStory,
  findingRows,
  findingsCsv,
  storyExportJson,
  storyReportHtml,
} from '../../../../backend/export/index';
import type { StoryExport } from '../../../../backend/export/index';
import { harborStory, tempLibrary, type TempLibrary } from './library';
import { exportSchemaErrors } from './schema';

let lib: TempLibrary;
let x: StoryExport;
let engineKept: number;
let pairIndex: number;
const NOTE = 'Marsh <b>is</b> named here; check "the" wire, =1+1';

beforeAll(async () => {
  lib = tempLibrary();
  const storyId = await harborStory(lib.ctx);
  const first = collectStory(lib.ctx.library, storyId, { appVersion: APP_VERSION });
  const c = first.comparison;
  const pi = c.pairs.findIndex((p) => p.attributions.some((a) => a.status === 'kept'));
  const pair = c.pairs[pi];
  const kept = pair?.attributions.find((a) => a.status === 'kept');
  if (!pair || !kept?.version) throw new Error('fixture: no kept attribution');
  pairIndex = pi;
  engineKept = pair.attributions.filter((a) => a.status === 'kept').length;
  const verId = first.versions[pair.version]?.libraryId as number;
  const baseId = first.versions[c.base]?.libraryId as number;
  const anchor = { versionId: verId, start: kept.version.start, end: kept.version.end };
  const call = async (method: 'notes.create' | 'corrections.create', input: object) => {
    const r = await dispatch(lib.ctx, method, input as never);
    if (!r.ok) throw new Error(r.error.message);
  };
  await call('notes.create', { kind: 'attribution', anchor, otherVersionId: baseId, body: NOTE });
  await call('corrections.create', {
    kind: 'attribution-status',
    status: 'added',
    anchor,
    otherVersionId: baseId,
  });
  x = collectStory(lib.ctx.library, storyId, { appVersion: APP_VERSION });
});
afterAll(() => lib.close());

describe('notes and corrections in exports', () => {
  it('the JSON lists both, applies the correction and validates', () => {
    const out = JSON.parse(JSON.stringify(storyExportJson(x))) as ReturnType<
      typeof storyExportJson
    >;
    expect(exportSchemaErrors(out)).toBe('');
    expect(out.notes).toEqual([
      expect.objectContaining({ note: NOTE, placement: 'attached', finding: 'attribution' }),
    ]);
    expect(out.corrections).toEqual([
      expect.objectContaining({
        kind: 'attribution-status',
        outcome: 'applied',
        status: 'added',
        engine: expect.objectContaining({ status: 'kept' }),
      }),
    ]);
    const kept = out.comparison.pairs[pairIndex]?.attributions.filter((a) => a.status === 'kept');
    expect(kept?.length).toBe(engineKept - 1);
  });

  it('the CSV has a note row, a correction row, and marks the corrected finding', () => {
    const rows = parse(findingsCsv(findingRows(x)), { columns: true }) as Record<string, string>[];
    const note = rows.find((r) => r.finding === 'note');
    expect(note).toMatchObject({
      status: 'attached',
      class: 'attribution',
      note: `'${NOTE}`.slice(1),
    });
    const fixed = rows.find((r) => r.finding === 'attribution' && r.corrected !== '');
    expect(fixed).toMatchObject({ status: 'added', corrected: 'by you, status changed: was kept' });
    expect(rows.find((r) => r.finding === 'correction')).toMatchObject({
      status: 'applied',
      class: 'status changed: added',
      corrected: 'engine said kept',
    });
  });

  it('the HTML report shows both, escaped', () => {
    const html = storyReportHtml(x);
    expect(html).toContain('Marsh &lt;b&gt;is&lt;/b&gt; named here');
    expect(html).not.toContain('<b>is</b>');
    expect(html).toContain('(corrected by you, status changed: was kept)');
    expect(html).toContain('class="corrections-table"');
  });
});
