// A bulk import appends its band keys to recent rows that join the band index in batches
// (db/minhash-recent.ts, migration 0012). What must hold: a look-up finds a version wherever
// its keys are, a merge moves exactly the recent keys (the index then holds what direct
// writes would have written), a bulk batch merges when enough versions are recent, single
// imports write into the index directly, and a deleted version leaves no key behind.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Library } from '../../../db';
import { writeBulkBatch } from '../../../db/bulk-write';
import { bandBuckets, bandCandidates } from '../../../db/minhash';
import { mergeRecentBands, recentBandCount, storedBandKeys } from '../../../db/minhash-recent';
import { MINHASH, bandKeys, minhashOf } from '../../../engine/relations/derivation/minhash';
import { articleText, version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-recent-bands-'));
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

/** Writes `texts` as one bulk batch (merging only at `mergeBandsAt`); returns their ids. */
const bulk = (texts: string[], mergeBandsAt = 1_000_000): number[] =>
  writeBulkBatch(
    lib,
    texts.map((t, i) => ({ story: null, ownStoryTitle: `S${i}`, version: version(0, t) })),
    { mergeBandsAt },
  ).map((w) => w.versionId);

it('finds a version whose keys are recent, and the same after they join the index', () => {
  const [v] = bulk([words('alpha'), words('beta')]);
  expect(recentBandCount(lib.db)).toBe(2);
  const query = minhashOf(`${words('alpha')} One more line.`);
  const before = bandCandidates(lib.db, query, null);
  expect(before[0]?.versionId).toBe(v);
  expect(mergeRecentBands(lib.db)).toBe(2);
  expect(recentBandCount(lib.db)).toBe(0);
  expect(bandCandidates(lib.db, query, null)).toEqual(before);
  expect(bandCandidates(lib.db, query, v ?? 0).some((h) => h.versionId === v)).toBe(false);
});

it('moves exactly the recent keys, each under its version', () => {
  const texts = [1, 2, 3, 4, 5, 6].map((i) => articleText(i));
  const ids = bulk(texts);
  expect(indexed()).toEqual([]);
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
  expect(recentBandCount(lib.db)).toBe(0); // a single import writes into the index
  const [b] = bulk([`${articleText(7)} And a new last line.`, words('gamma')]);
  expect(recentBandCount(lib.db)).toBe(2);
  const buckets = bandBuckets(lib.db, null);
  expect(buckets.some((bucket) => bucket.includes(a) && bucket.includes(b ?? 0))).toBe(true);
});

it('a bulk batch merges once enough versions are recent; a deleted version leaves no key', () => {
  const mergeBandsAt = 12;
  const texts = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `${words(`w${from + i}x`)} end`);
  bulk(texts(0, mergeBandsAt - 1), mergeBandsAt);
  expect(recentBandCount(lib.db)).toBe(mergeBandsAt - 1);
  const [last] = bulk(texts(100, 1), mergeBandsAt);
  expect(recentBandCount(lib.db)).toBe(0);
  expect(indexed()).toHaveLength(mergeBandsAt * MINHASH.bands);
  const [v] = bulk([articleText(9)]);
  expect(recentBandCount(lib.db)).toBe(1);
  lib.deleteVersion(v ?? 0);
  expect(recentBandCount(lib.db)).toBe(0);
  lib.deleteVersion(last ?? 0);
  expect(indexed()).toHaveLength((mergeBandsAt - 1) * MINHASH.bands);
});
