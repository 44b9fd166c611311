// The CSV rows of issue 13's findings (backend/export/findings-relations.ts), through the real
// library, engine and CSV writer, on stories written for these tests (relations-stories.ts).
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import {
  collectStory,
  FINDING_COLUMNS,
  findingRows,
  findingsCsv,
  type FindingRow,
  type StoryExport,
} from '../../../../backend/export/index';
import { csvCells } from '../../../../backend/export/csv';
import { tempLibrary, type TempLibrary } from './library';
import {
  bridgeStory,
  CHAIN_ADDED,
  CHAIN_BASE,
  meterStory,
  undatedTwinsStory,
} from './relations-stories';

let lib: TempLibrary;
let bridge: StoryExport;
let meters: StoryExport;
let twins: StoryExport;
beforeAll(async () => {
  lib = tempLibrary();
  const opts = { appVersion: APP_VERSION };
  bridge = collectStory(lib.ctx.library, await bridgeStory(lib.ctx), opts);
  meters = collectStory(lib.ctx.library, await meterStory(lib.ctx), opts);
  twins = collectStory(lib.ctx.library, await undatedTwinsStory(lib.ctx), opts);
}, 60_000);
afterAll(() => lib.close());

const ofType = (rows: FindingRow[], type: FindingRow['type']) =>
  rows.filter((r) => r.type === type);

/** The text of version #n of an export, as the JSON export stores it. */
function textOf(x: StoryExport, n: number | null): string {
  const i = x.versions.findIndex((v) => v.number === n);
  return x.comparison.versions[i]?.text ?? '';
}

/** Every row's words are the text at its offsets, on both sides. */
function expectExactWords(x: StoryExport, rows: FindingRow[]): void {
  const baseText = textOf(x, rows[0]?.baseVersion ?? null);
  for (const r of rows) {
    if (r.baseText !== null)
      expect(baseText.slice(r.baseStart ?? 0, r.baseEnd ?? 0)).toBe(r.baseText);
    if (r.versionText !== null)
      expect(textOf(x, r.version).slice(r.versionStart ?? 0, r.versionEnd ?? 0)).toBe(
        r.versionText,
      );
  }
}

describe('CSV rows of independent reports', () => {
  it('gives each correspondence both paragraphs, their ¶ and offsets, and the evidence', () => {
    const rows = ofType(findingRows(bridge), 'correspondence');
    expect(rows.map((r) => r.versionText?.slice(0, 22))).toEqual([
      'About 14,000 drivers a',
      'Dana Whitcombe, who le',
      'Budget papers show the',
    ]);
    expect(rows.every((r) => r.status === 'same facts, independent wording')).toBe(true);
    expect(rows[1]?.baseText).toMatch(/^“We found corrosion/);
    expect(rows[1]?.class).toMatch(/speakers: Dana Whitcombe/);
    expect(rows[2]?.class).toMatch(/numbers: 6\.5 million, 2019/);
    expect(rows.map((r) => [r.baseParagraphs, r.versionParagraphs])).toEqual([
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
    ]);
    expectExactWords(bridge, rows);
  });

  it('lists each source with how each text uses it, at the words that use it', () => {
    const rows = ofType(findingRows(bridge), 'source');
    const whitcombe = rows.find((r) => r.class.startsWith('Dana Whitcombe'));
    expect(whitcombe).toMatchObject({
      status: 'shared',
      class: 'Dana Whitcombe (base: direct, version: reported)',
    });
    expect(whitcombe?.baseText).toMatch(/corrosion/);
    expect(whitcombe?.versionText).toMatch(/Dana Whitcombe/);
    const mayor = rows.find((r) => r.class.includes('Colin Asante'));
    expect(mayor).toMatchObject({ status: 'version-only', baseText: null, baseStart: null });
    expect(mayor?.versionText).toMatch(/Colin Asante said/);
    expectExactWords(bridge, rows);
  });

  it('lists the figures and names only one gives, at their words', () => {
    const rows = ofType(findingRows(bridge), 'fact');
    expect(
      rows.find((r) => r.status === 'version-only' && r.class.startsWith('person')),
    ).toMatchObject({ versionText: 'Colin Asante', baseText: null });
    expect(rows.find((r) => r.status === 'base-only' && r.class.startsWith('date'))?.baseText).toBe(
      'Saturday',
    );
    expect(rows.some((r) => r.status === 'shared')).toBe(true);
    expectExactWords(bridge, rows);
  });
});

describe('CSV rows of a chain of copies', () => {
  it('gives a shared addition one row per version that makes it, at its words there', () => {
    const rows = ofType(findingRows(meters), 'shared edit');
    const added = rows.filter((r) => r.class === 'added');
    expect(added.map((r) => [r.version, r.status, r.versionText])).toEqual([
      [2, 'added by #2 and #3', CHAIN_ADDED],
      [3, 'added by #2 and #3', CHAIN_ADDED],
    ]);
    const dropped = rows.filter((r) => r.class === 'dropped');
    expect(dropped.map((r) => [r.version, r.status, r.baseText])).toEqual([
      [2, 'dropped by #2 and #3', CHAIN_BASE[7]],
      [3, 'dropped by #2 and #3', CHAIN_BASE[7]],
    ]);
    expectExactWords(meters, rows);
  });

  it('says who copied whom in the library’s numbers, at the shared addition it rests on', () => {
    const rows = ofType(findingRows(meters), 'copy chain');
    expect(rows.map((r) => [r.version, r.status])).toEqual([
      [2, 'copies #1 (the base)'],
      [3, 'probably copies #2'],
    ]);
    expect(rows[1]?.class).toMatch(/^confidence medium, score 0\.\d\d$/);
    expect(rows[1]?.versionText).toBe(CHAIN_ADDED);
    expect(rows[0]?.versionText).toBeNull();
    // the reason names versions by the library's numbers, whatever order the engine saw them in
    expect(rows[0]?.note).toMatch(/#1\b/);
    expect(rows[0]?.note).not.toMatch(/#[23]\b/);
    expect(rows[1]?.note).toMatch(/#2\b/);
    expect(rows[1]?.note).not.toMatch(/#[13]\b/);
    expectExactWords(meters, rows);
  });

  it('says “source unclear” where the engine finds the evidence ambiguous', () => {
    const rows = ofType(findingRows(twins), 'copy chain');
    const unclear = rows.filter((r) => r.status.startsWith('source unclear: '));
    expect(unclear.length).toBeGreaterThan(0);
    expect(unclear.every((r) => r.class.startsWith('confidence ambiguous'))).toBe(true);
  });

  it('keeps the column set and reads back the same cells', () => {
    const rows = findingRows(meters);
    const [header, ...back] = parse(findingsCsv(rows)) as string[][];
    expect(header).toEqual(FINDING_COLUMNS.map(([name]) => name));
    expect(header).toHaveLength(19);
    back.forEach((cells, i) => expect(cells).toEqual(csvCells(rows[i] as FindingRow).map(String)));
  });
});

describe('comparisons without issue 13’s fields', () => {
  it('give no rows of these kinds (older cached comparisons, coarse ones)', () => {
    const c = meters.comparison;
    const older: StoryExport = {
      ...meters,
      comparison: {
        ...c,
        sharedEdits: undefined,
        copyChain: undefined,
        pairs: c.pairs.map((p) => ({
          ...p,
          correspondences: undefined,
          sources: undefined,
          facts: undefined,
        })),
      },
    };
    const kinds = new Set(findingRows(older).map((r) => r.type));
    for (const k of ['correspondence', 'source', 'fact', 'shared edit', 'copy chain'] as const)
      expect(kinds.has(k)).toBe(false);
    expect(kinds.has('paragraph')).toBe(true);
  });
});
