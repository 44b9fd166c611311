import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { collectStory, storyExportJsonText } from '../../../../backend/export/index';
import { schemaErrors, undocumentedFields } from '../../engine/schema';
import { harborStory, tempLibrary, type TempLibrary } from './library';
import { exportSchemaErrors } from './schema';

let lib: TempLibrary;
let storyId: number;
beforeAll(async () => {
  lib = tempLibrary();
  storyId = await harborStory(lib.ctx);
  lib.ctx.library.updateStory(storyId, { notes: 'Check the Ledger’s credit line.' });
});
afterAll(() => lib.close());

describe('JSON export', () => {
  it('validates against contract/export.schema.json, comparison included', () => {
    const out = JSON.parse(
      storyExportJsonText(collectStory(lib.ctx.library, storyId, { appVersion: APP_VERSION })),
    ) as { comparison: unknown; versions: { number: number; contentHash: string }[] };
    expect(exportSchemaErrors(out)).toBe('');
    expect(schemaErrors(out.comparison)).toBe('');
    expect(undocumentedFields(out.comparison)).toBe('');
    const bad = { ...out, versions: [{ ...out.versions[0], contentHash: 7 }] };
    expect(exportSchemaErrors(bad)).not.toBe('');
  });

  it('carries each version’s library metadata in the comparison’s order, with the notes', () => {
    const x = collectStory(lib.ctx.library, storyId, {
      appVersion: APP_VERSION,
      now: new Date('2026-01-02T03:04:05Z'),
    });
    const out = JSON.parse(storyExportJsonText(x)) as {
      exportedAt: string;
      story: { notes: string };
      versions: { number: number; contentHash: string; outlet: string; source: { kind: string } }[];
      comparison: { versions: { id: string; number: number }[] };
    };
    expect(out.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(out.story.notes).toBe('Check the Ledger’s credit line.');
    out.versions.forEach((v, i) => {
      expect(v.contentHash).toBe(out.comparison.versions[i]?.id);
      expect(v.number).toBe(out.comparison.versions[i]?.number);
      expect(v.source.kind).toBe('paste');
    });
    expect(out.versions.map((v) => v.outlet).sort()).toEqual([
      '<b>Evil</b> & Co',
      'Coast Ledger',
      'Harbor Gazette',
    ]);
  });
});
