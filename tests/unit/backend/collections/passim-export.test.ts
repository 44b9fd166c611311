// The library written in passim's input format (issue 12, item 6), without Spark.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PASSIM_EXPORT,
  exportPassim,
  passimDoc,
} from '../../../../backend/collections/passim-export';
import type { Library } from '../../../../db';
import { FIXTURE_DIR, fixtureLibrary, fixtureRows, type Name } from './support';

let dir: string;
let lib: Library;
let ids: Record<Name, number>;
const OUT = path.join(FIXTURE_DIR, 'passim', 'out.json');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-passim-'));
  ({ lib, ids } = fixtureLibrary(path.join(dir, 'library.sqlite')));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportPassim', () => {
  it('writes one JSON record per line with id, series, date and text', () => {
    const target = path.join(dir, 'in');
    const { files, documents } = exportPassim(lib, target);
    expect(documents).toBe(6);
    expect(files.map((f) => path.basename(f))).toEqual(['retold-00001.json']);
    const lines = readFileSync(files[0]!, 'utf8').trimEnd().split('\n');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const row = fixtureRows()[0]!;
    expect(records[0]).toEqual({
      id: expect.stringMatching(/^retold-\d+-[0-9a-f]{12}$/) as unknown,
      series: 'Northern Press',
      date: '2024-05-06',
      text: row.text,
      title: row.title,
      url: row.url,
    });
    // the ids are the ones the passim fixture refers to
    const fixtureIds = readFileSync(path.join(OUT, 'part-00000-7f3c.json'), 'utf8');
    expect(fixtureIds).toContain(`"${String(records[0]!.id)}"`);
  });

  it('refuses a folder that is not empty, and can export only the unsorted articles', () => {
    const target = path.join(dir, 'in');
    mkdirSync(target);
    writeFileSync(path.join(target, 'notes.txt'), 'mine');
    expect(() => exportPassim(lib, target)).toThrow(/not empty/);
    lib.moveVersion(ids['bakery-reprint'], lib.getVersionSummary(ids['bakery-wire']).storyId);
    const only = exportPassim(lib, path.join(dir, 'unsorted'), { unsortedOnly: true });
    expect(only.documents).toBe(4);
  });

  it('gives an article of unknown outlet a series of its own and no date when unknown', () => {
    const doc = passimDoc({
      id: 9,
      contentHash: 'ab'.repeat(32),
      outlet: null,
      url: null,
      title: null,
      published: 'last Tuesday',
      text: 'x',
    });
    expect(doc).toEqual({ id: 'retold-9-abababababab', series: 'unknown-outlet-9', text: 'x' });
    expect(PASSIM_EXPORT.perFile).toBeGreaterThan(1000);
  });
});
