// New versions' band keys go to a small recent index and join the big one in batches
// (db/minhash-recent.ts, migration 0012). What must hold: a look-up finds a version wherever
// its keys are, a merge moves exactly the recent keys (the big index then holds what direct
// writes would have written), a bulk import merges when enough are recent, and a deleted
// version leaves no key behind in either index.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Library } from '../../../db';
import { writeBulkBatch } from '../../../db/bulk-write';
import { bandBuckets, bandCandidates } from '../../../db/minhash';
import { mergeRecentBands, recentBandCount, storedBandKeys } from '../../../db/minhash-recent';
import { MINHASH, bandKeys, minhashOf } from '../../../engine/relations/minhash';
import { articleText, version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-pending-bands-'));
  lib = new Library(path.join(dir, 'library.sqlite'), { backups: false });
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const indexed = (): { band: number; hash: number; version_id: number }[] =>
  lib.db
    .prepare('SELECT band, hash, version_id FROM minhash_bands ORDER BY band, hash, version_id')
    .all() as { band: number; hash: number; version_id: number }[];

/** A text sharing no shingle with articleText's vocabulary, distinct per tag. */
const words = (tag: string) =>
  Array.from({ length: 200 }, (_, i) => `${tag}${(i * 37) % 113}`).join(' ');

it('finds a version whose keys are recent, and the same after they join the big index', () => {
  const s = lib.createStory('Harbour');
  const v = lib.insertVersion(version(s.id, words('alpha'))).version.id;
  lib.insertVersion(version(s.id, words('beta')));
  expect(recentBandCount(lib.db)).toBe(2);
  const query = minhashOf(`${words('alpha')} One more line.`);
  const before = bandCandidates(lib.db, query, null);
  expect(before[0]?.versionId).toBe(v);
  expect(mergeRecentBands(lib.db)).toBe(2);
  expect(recentBandCount(lib.db)).toBe(0);
  expect(bandCandidates(lib.db, query, null)).toEqual(before);
  expect(bandCandidates(lib.db, query, v).some((h) => h.versionId === v)).toBe(false);
});

it('moves exactly the recent keys, each under its version', () => {
  const s = lib.createStory('Harbour');
  const texts = [1, 2, 3, 4, 5, 6].map((i) => articleText(i));
  const ids = texts.map((t) => lib.insertVersion(version(s.id, t)).version.id);
  mergeRecentBands(lib.db);
  const expected = ids
    .flatMap((id, i) =>
      [...bandKeys(minhashOf(texts[i] ?? ''))].map((hash, band) => ({
        band,
        hash,
        version_id: id,
      })),
    )
    .sort((a, b) => a.band - b.band || a.hash - b.hash || a.version_id - b.version_id);
  expect(indexed()).toEqual(expected);
  ids.forEach((id) => expect(storedBandKeys(lib.db, id)).toHaveLength(MINHASH.bands));
  expect(lib.check(true).ok).toBe(true);
});

it('groups a recent version with an indexed one into one bucket', () => {
  const s = lib.createStory('Harbour');
  const a = lib.insertVersion(version(s.id, articleText(7))).version.id;
  mergeRecentBands(lib.db);
  const b = lib.insertVersion(version(s.id, `${articleText(7)} And a new last line.`)).version.id;
  lib.insertVersion(version(s.id, words('gamma')));
  expect(recentBandCount(lib.db)).toBe(2);
  const buckets = bandBuckets(lib.db, null);
  expect(buckets.some((bucket) => bucket.includes(a) && bucket.includes(b))).toBe(true);
});

it('a bulk batch merges once enough versions are recent; a deleted version leaves no key', () => {
  const mergeBandsAt = 12;
  const n = mergeBandsAt - 1;
  const batch = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      story: null,
      ownStoryTitle: `S${from + i}`,
      version: version(0, `${words(`w${from + i}x`)} end`, { meta: {} }),
    }));
  writeBulkBatch(lib, batch(0, n), { mergeBandsAt });
  expect(recentBandCount(lib.db)).toBe(n);
  const [last] = writeBulkBatch(lib, batch(n, 1), { mergeBandsAt });
  expect(recentBandCount(lib.db)).toBe(0);
  expect(indexed()).toHaveLength(mergeBandsAt * MINHASH.bands);
  const s = lib.createStory('Another');
  const v = lib.insertVersion(version(s.id, articleText(9))).version.id;
  expect(recentBandCount(lib.db)).toBe(1);
  lib.deleteVersion(v);
  expect(recentBandCount(lib.db)).toBe(0);
  lib.deleteVersion(last?.versionId ?? 0);
  expect(indexed()).toHaveLength((mergeBandsAt - 1) * MINHASH.bands);
});
