import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { collectStory, storyExportJsonText } from '../../../../backend/export/index';
import { schemaErrors, undocumentedFields } from '../../engine/schema';
import { harborStory, tempLibrary, type TempLibrary } from './library';
import { bridgeStory, meterStory } from './relations-stories';
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

describe('JSON export of issue 13’s findings', () => {
  it('carries correspondences, sources, facts, shared edits and the copy chain as the engine emits them, valid', async () => {
    for (const id of [await bridgeStory(lib.ctx), await meterStory(lib.ctx)]) {
      const x = collectStory(lib.ctx.library, id, { appVersion: APP_VERSION });
      const out = JSON.parse(storyExportJsonText(x)) as { comparison: Record<string, unknown> };
      expect(exportSchemaErrors(out)).toBe('');
      expect(schemaErrors(out.comparison)).toBe('');
      expect(undocumentedFields(out.comparison)).toBe('');
      // the export writes the engine's object as it is: nothing dropped, nothing renamed
      expect(out.comparison).toEqual(JSON.parse(JSON.stringify(x.comparison)));
      for (const key of ['sharedEdits', 'copyChain', 'storySources', 'storyFacts'])
        expect(out.comparison).toHaveProperty(key);
      const pairs = out.comparison.pairs as Record<string, unknown>[];
      for (const key of ['correspondences', 'sources', 'facts'])
        expect(pairs.every((p) => Array.isArray(p[key]))).toBe(true);
    }
  });

  it('has three correspondences for the two bridge reports and the chain #3 ← #2 ← #1', async () => {
    const bridge = collectStory(lib.ctx.library, await bridgeStory(lib.ctx), {
      appVersion: APP_VERSION,
    });
    expect(bridge.comparison.pairs[0]?.correspondences).toHaveLength(3);
    const meters = collectStory(lib.ctx.library, await meterStory(lib.ctx), {
      appVersion: APP_VERSION,
    });
    const c = meters.comparison;
    const num = (i: number | null) => (i === null ? null : c.versions[i]?.number);
    const chain = c.copyChain?.entries.map((e) => [num(e.version), num(e.source)]);
    expect(chain?.sort()).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });
});
