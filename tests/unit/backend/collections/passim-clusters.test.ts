// passim's cluster output read back (issue 12, item 6), without Spark: the fixture
// tests/fixtures/grouping/passim/out.json is written in passim's documented record format.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPassimClusters } from '../../../../backend/collections/passim-clusters';
import { exportPassim } from '../../../../backend/collections/passim-export';
import type { Library } from '../../../../db';
import { FIXTURE_DIR, fixtureLibrary } from './support';

let dir: string;
let lib: Library;
const OUT = path.join(FIXTURE_DIR, 'passim', 'out.json');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-passim-'));
  ({ lib } = fixtureLibrary(path.join(dir, 'library.sqlite')));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('readPassimClusters', () => {
  it("reads passim's out.json folder (skipping _SUCCESS) and gives each document one cluster", async () => {
    const read = await readPassimClusters(OUT);
    expect(read.passages).toBe(7);
    expect(read.inSeveral).toBe(1); // the wire story shares a quote with the independent report
    expect([...read.clusters.keys()].sort()).toEqual(['12', '7', '9']);
    expect(read.clusters.get('7')).toHaveLength(3);
    expect(read.clusters.get('9')).toHaveLength(1);
  });

  it('reads a gzipped part', async () => {
    const gz = path.join(dir, 'part-00000.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(path.join(OUT, 'part-00001-7f3c.json'))));
    expect((await readPassimClusters(gz)).clusters.get('12')).toHaveLength(2);
  });

  it('names the file and line of a malformed record', async () => {
    const bad = path.join(dir, 'part-00000.json');
    writeFileSync(bad, '{"id":"a","cluster":1,"begin":0,"end":5}\n{"id":"b","cluster":\n');
    await expect(readPassimClusters(bad)).rejects.toThrow(
      /^part-00000\.json, line 2 is not a JSON record/,
    );
    writeFileSync(bad, '[1,2]\n');
    await expect(readPassimClusters(bad)).rejects.toThrow(/line 1 is not a JSON object/);
    writeFileSync(bad, '{"cluster":3}\n');
    await expect(readPassimClusters(bad)).rejects.toThrow(/has no document “id”/);
  });

  it("recognises passim's input given in place of its output", async () => {
    const target = path.join(dir, 'in');
    exportPassim(lib, target);
    await expect(readPassimClusters(target)).rejects.toThrow(/looks like passim's input/);
  });

  it('says so when the path is missing or the folder empty', async () => {
    await expect(readPassimClusters(path.join(dir, 'nope'))).rejects.toThrow(/no file or folder/);
    mkdirSync(path.join(dir, 'empty'));
    await expect(readPassimClusters(path.join(dir, 'empty'))).rejects.toThrow(/holds no files/);
  });
});
