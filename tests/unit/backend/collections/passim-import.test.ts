// passim's clusters stored as story proposals (issue 12, item 6), without Spark, from the
// fixture tests/fixtures/grouping/passim/out.json (passim's documented record format).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPassimClusters } from '../../../../backend/collections/passim-import';
import type { Library } from '../../../../db';
import { FIXTURE_DIR, fixtureLibrary, type Name } from './support';

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

describe('importPassimClusters', () => {
  it('stores each cluster of two or more unsorted articles as a passim proposal', async () => {
    const r = await importPassimClusters(lib, OUT);
    expect(r).toMatchObject({ clusters: 3, passages: 7, proposals: 2, articles: 5 });
    expect(r).toMatchObject({ unknownCount: 0, inSeveral: 1, skipped: 1 });
    const [dam, bakery] = lib.proposals.list();
    expect(dam?.source).toBe('passim');
    expect(dam?.originalId).toBe(ids['dam-wire']);
    expect(dam?.members.map((m) => m.versionId).sort()).toEqual(
      [ids['dam-wire'], ids['dam-reprint-1'], ids['dam-reprint-2']].sort(),
    );
    expect(dam?.reasons.map((x) => x.kind)).toEqual(['earliest-date', 'passim']);
    expect(dam?.reasons[1]?.text).toMatch(/cluster 7/);
    expect(dam?.members.find((m) => !m.isOriginal)?.derivation).toBe('wholly');
    expect(bakery?.originalId).toBe(ids['bakery-wire']);
    // reading the same clusters again replaces, not adds
    await importPassimClusters(lib, OUT);
    expect(lib.proposals.count()).toBe(2);
  });

  it('reports ids that name no article, and finds a moved id by its content hash', async () => {
    const file = path.join(dir, 'clusters.json');
    const lines = readdirSync(OUT)
      .filter((n) => n.startsWith('part-'))
      .map((n) => readFileSync(path.join(OUT, n), 'utf8').trim());
    const wire = `retold-${ids['dam-wire']}-`;
    const text = lines
      .join('\n')
      .replaceAll(wire, 'retold-999-') // another library's id for the same text
      .concat('\n{"id":"retold-77-0123456789ab","cluster":12,"begin":0,"end":40}\n')
      .concat('{"id":"page-14","cluster":12,"begin":0,"end":40}\n');
    writeFileSync(file, text);
    const r = await importPassimClusters(lib, file);
    expect(r.unknownIds).toEqual(['retold-77-0123456789ab', 'page-14']);
    expect(r.unknownCount).toBe(2);
    expect(lib.proposals.list()[0]?.originalId).toBe(ids['dam-wire']);
  });

  it('stores nothing when a record is malformed', async () => {
    const file = path.join(dir, 'clusters.json');
    const good = readFileSync(path.join(OUT, 'part-00000-7f3c.json'), 'utf8');
    writeFileSync(file, `${good}not json\n`);
    await expect(importPassimClusters(lib, file)).rejects.toThrow(/line 6/);
    expect(lib.proposals.count()).toBe(0);
  });
});
