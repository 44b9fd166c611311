// New versions' LSH band keys, in a small band index of their own until they join the big one
// (migration 0012). A bulk import wrote 64 band rows per article straight into `minhash_bands`,
// each on a random page of a B-tree of millions of rows, so every batch dirtied most of its
// pages: at 100,000 articles that was 1.7 ms of the main thread's 2.9 ms per article. New rows
// go to `minhash_bands_recent` instead (the same shape; small enough to stay in the page cache);
// mergeRecentBands moves thousands of versions' rows at a time into `minhash_bands`, in key
// order, so consecutive rows share pages. Look-ups read both indexes (db/minhash.ts), so a
// version is found wherever its keys are.
import type { Database as Db } from 'better-sqlite3';
import { MINHASH } from '../engine/relations/minhash';
import { stmt } from './statements';

/** When recent keys move into the big band index. */
export const RECENT_BANDS = {
  /**
   * Versions in the recent index that make writeBulkBatch merge them in its transaction. Each
   * merge touches most pages of the big index, so bigger merges cost less per version; a
   * bigger recent index costs more pages per batch. (Measured in bench/library-100k.bench.ts.)
   */
  mergeAt: 8_000,
} as const;

/** One INSERT of a version's 64 rows: single-row INSERTs cost about 1 ms per version. */
const ALL_RECENT_SQL = `INSERT INTO minhash_bands_recent (band, hash, version_id) VALUES ${Array.from(
  { length: MINHASH.bands },
  () => '(?, ?, ?)',
).join(', ')}`;

/** Writes `keys`, the band keys of new version `versionId`, into the recent index. */
export function writeRecentBands(db: Db, versionId: number, keys: Int32Array): void {
  if (keys.length === MINHASH.bands) {
    const params: number[] = [];
    keys.forEach((key, b) => params.push(b, key, versionId));
    stmt(db, ALL_RECENT_SQL).run(params);
    return;
  }
  const one = stmt(
    db,
    'INSERT INTO minhash_bands_recent (band, hash, version_id) VALUES (?, ?, ?)',
  );
  keys.forEach((key, b) => one.run(b, key, versionId));
}

/** How many versions have keys in the recent index (every version with keys has band 0). */
export function recentBandCount(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM minhash_bands_recent WHERE band = 0')
    .pluck()
    .get() as number;
}

/**
 * Moves every row of the recent index into `minhash_bands`, in key order, in one transaction
 * (the caller's, when inside one); returns how many versions moved.
 */
export function mergeRecentBands(db: Db): number {
  const merge = db.transaction(() => {
    const versions = recentBandCount(db);
    stmt(
      db,
      `INSERT INTO minhash_bands (band, hash, version_id)
       SELECT band, hash, version_id FROM minhash_bands_recent ORDER BY band, hash, version_id`,
    ).run();
    stmt(db, 'DELETE FROM minhash_bands_recent').run();
    return versions;
  });
  return merge();
}

/**
 * The band keys stored for version `versionId`, wherever they are (the big index or the recent
 * one), in band order: what a check or a test compares with the version's text.
 */
export function storedBandKeys(db: Db, versionId: number): { band: number; hash: number }[] {
  return stmt(
    db,
    `SELECT band, hash FROM minhash_bands WHERE version_id = ?
     UNION ALL SELECT band, hash FROM minhash_bands_recent WHERE version_id = ?
     ORDER BY band`,
  ).all(versionId, versionId) as { band: number; hash: number }[];
}
