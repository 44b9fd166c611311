import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import {
  collectStory,
  findingRows,
  findingsCsv,
  neutraliseCell,
  type FindingRow,
} from '../../../../backend/export/index';
import { csvCells } from '../../../../backend/export/csv';
import { FINDING_COLUMNS } from '../../../../backend/export/findings';
import { harborStory, HOSTILE, tempLibrary, type TempLibrary } from './library';

const row = (over: Partial<FindingRow>): FindingRow => ({
  story: 'S',
  storyId: 1,
  baseVersion: 1,
  version: 2,
  outlet: null,
  type: 'quote',
  status: 'altered',
  class: '',
  baseText: null,
  versionText: null,
  baseParagraphs: null,
  versionParagraphs: null,
  baseStart: null,
  baseEnd: null,
  versionStart: null,
  versionEnd: null,
  url: null,
  ...over,
});

const parsed = (csv: string): string[][] => parse(csv, { bom: true }) as string[][];

describe('CSV of findings', () => {
  it('quotes commas, double quotes and line breaks (RFC 4180) and reads back the same', () => {
    const tricky = row({
      story: 'Vote, then "recount"',
      baseText: 'line one\nline two\r\nline three',
      versionText: '“curly” and "straight", both',
      baseStart: 0,
      baseEnd: 12,
    });
    const csv = findingsCsv([tricky]);
    expect(csv).toContain('"Vote, then ""recount"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, back] = parsed(csv);
    expect(header).toEqual(FINDING_COLUMNS.map(([n]) => n));
    expect(back).toEqual(csvCells(tricky).map(String));
    expect(back?.[8]).toBe('line one\nline two\r\nline three');
  });

  it('neutralises formula-like cells with a leading apostrophe (OWASP), numbers untouched', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}HYPERLINK("http://x")`)).toBe(
        `'${start}HYPERLINK("http://x")`,
      );
    }
    expect(neutraliseCell('plain =1+1')).toBe('plain =1+1');
    const [, back] = parsed(
      findingsCsv([row({ baseText: '=HYPERLINK("https://evil.example")', baseStart: 5 })]),
    );
    expect(back?.[8]).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(back?.[12]).toBe('5');
    expect(back?.slice(12).every((c) => !c.startsWith("'"))).toBe(true);
  });

  it('writes a UTF-8 byte-order mark only when asked (for Excel)', () => {
    expect(findingsCsv([]).charCodeAt(0)).toBe('s'.charCodeAt(0));
    expect(findingsCsv([], { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  describe('on a real library', () => {
    let lib: TempLibrary;
    let rows: FindingRow[];
    beforeAll(async () => {
      lib = tempLibrary();
      const id = await harborStory(lib.ctx);
      rows = findingRows(collectStory(lib.ctx.library, id, { appVersion: APP_VERSION }));
    });
    afterAll(() => lib.close());

    it('has one row per finding of every type and parses back to the same rows', () => {
      const types = new Set(rows.map((r) => r.type));
      expect([...types].sort()).toEqual([
        'attribution',
        'copy chain',
        'derivation',
        'fact',
        'paragraph',
        'quote',
        'source',
        'word change',
      ]);
      const back = parsed(findingsCsv(rows));
      expect(back.length).toBe(rows.length + 1);
      back
        .slice(1)
        .forEach((cells, i) => expect(cells).toEqual(csvCells(rows[i] as FindingRow).map(String)));
    });

    it('gives the app’s paragraph numbers and offsets that point at the text', () => {
      const moved = rows.find((r) => r.type === 'paragraph' && r.status.startsWith('moved'));
      expect(moved?.version).toBe(2);
      expect(moved?.baseParagraphs).toMatch(/^\d+$/);
      const hostile = rows.find((r) => r.type === 'paragraph' && r.status === 'added');
      expect(hostile?.versionText).toBe(HOSTILE);
      expect(hostile?.versionParagraphs).toBe('8');
      const change = rows.find((r) => r.type === 'word change' && r.versionText === 'twenty');
      expect(change).toMatchObject({ baseText: 'eighteen', class: 'number', status: 'replaced' });
    });
  });
});
