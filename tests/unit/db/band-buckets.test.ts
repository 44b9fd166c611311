// bandBucketsOf (db/band-buckets.ts) read band by band gives exactly bandBuckets' buckets, in
// its order, so the grouping's pauses change nothing in its proposals.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { bandBucketsOf } from '../../../db/band-buckets';
import { bandBuckets } from '../../../db/minhash';
import { mergeRecentBands, recentBandCount } from '../../../db/minhash-recent';
import { MINHASH } from '../../../engine/relations/derivation/minhash';
import type { Library } from '../../../db';
import { fixtureLibrary } from '../backend/collections/support';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-band-buckets-'));
  lib = fixtureLibrary(path.join(dir, 'library.sqlite')).lib;
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

it('reads the same buckets as bandBuckets, one band at a time', () => {
  // with the keys in the recent rows (as a bulk import leaves them until it merges), then in
  // the index (db/minhash-recent.ts): the same buckets either way
  lib.db.exec(`INSERT INTO minhash_bands_recent SELECT band, hash, version_id FROM minhash_bands;
               DELETE FROM minhash_bands;`);
  const read = () =>
    [null, new Set([1, 2, 3, 5])].map((among) => {
      const byBand: number[][] = [];
      for (let band = 0; band < MINHASH.bands; band += 1)
        byBand.push(...bandBucketsOf(lib.db, band, among));
      expect(byBand.length).toBeGreaterThan(0);
      expect(byBand).toEqual(bandBuckets(lib.db, among));
      return byBand;
    });
  expect(recentBandCount(lib.db)).toBeGreaterThan(0);
  const recent = read();
  mergeRecentBands(lib.db);
  expect(recentBandCount(lib.db)).toBe(0);
  expect(read()).toEqual(recent);
});
