// A bulk import's LSH band keys, appended until they join the band index (migration 0012). A
// bulk import wrote 64 band rows per article straight into `minhash_bands`, each on a random
// page of a B-tree of millions of rows, so every batch dirtied most of its pages: at 100,000
// articles that was 1.7 ms of the main thread's 2.9 ms per article. A bulk import appends its
// rows to `minhash_bands_recent` instead, a plain table with no index (an append costs about a
// microsecond); mergeRecentBands moves them into `minhash_bands` thousands of versions at a
// time, sorted by key, so consecutive rows share pages. Every import merges at its end, so the
// table is empty outside an import (or after one was killed, until the next); look-ups read it
// too (db/minhash.ts), so a version is found wherever its keys are. Single imports write into
// `minhash_bands` directly, as before.
import type { Database as Db } from 'better-sqlite3';
import { MINHASH } from '../engine/relations/derivation/minhash';
import { stmt } from './statements';

/** When recent keys move into the band index. */
export const RECENT_BANDS = {
  /**
   * Versions with recent keys that make writeBulkBatch merge them in its transaction. Each
   * merge touches most pages of the band index, so bigger merges cost less per version; but a
   * look-up reads every recent row (about 15 ms at 4,000 versions, 256,000 rows), and Find
   * other versions should stay fast during an import.
   */
  mergeAt: 4_000,
} as const;

/** One INSERT of a version's 64 rows: single-row INSERTs cost several times more. */
const ALL_RECENT_SQL = `INSERT INTO minhash_bands_recent (band, hash, version_id) VALUES ${Array.from(
  { length: MINHASH.bands },
  () => '(?, ?, ?)',
).join(', ')}`;

/** Appends `keys`, the band keys of version `versionId`, to the recent rows. */
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

/** How many versions have recent keys (every version with keys has a band 0). */
export function recentBandCount(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM minhash_bands_recent WHERE band = 0')
    .pluck()
    .get() as number;
}

/**
 * About how many versions have recent keys, without reading the rows (the table has no index
 * to count by): rows are appended with increasing rowids from 1 after each merge empties the
 * table, 64 per version. A deleted version's rows leave it an overestimate until the merge.
 */
export function recentBandEstimate(db: Db): number {
  const last = stmt(db, 'SELECT max(rowid) FROM minhash_bands_recent').pluck().get() as
    number | null;
  return Math.ceil((last ?? 0) / MINHASH.bands);
}

/** Whether any version has recent keys (cheaper than counting them). */
export function hasRecentBands(db: Db): boolean {
  return stmt(db, 'SELECT 1 FROM minhash_bands_recent LIMIT 1').get() !== undefined;
}

/**
 * Versions with recent keys among `keys` (the query's band keys, in band order), each with how
 * many bands it shares: one pass over the recent rows.
 */
export function recentBandHits(db: Db, keys: Int32Array, into: Map<number, number>): void {
  if (keys.length === 0 || !hasRecentBands(db)) return;
  const pairs = Array.from(keys, () => '(?, ?)').join(', ');
  const params: number[] = [];
  keys.forEach((key, b) => params.push(b, key));
  const rows = stmt(
    db,
    `SELECT version_id AS id, count(*) AS n FROM minhash_bands_recent
     WHERE (band, hash) IN (VALUES ${pairs}) GROUP BY version_id`,
  ).all(params) as { id: number; n: number }[];
  for (const r of rows) into.set(r.id, (into.get(r.id) ?? 0) + r.n);
}

/**
 * Moves every recent row into `minhash_bands`, sorted by key, in one transaction (the
 * caller's, when inside one); returns how many versions moved.
 */
export function mergeRecentBands(db: Db): number {
  const merge = db.transaction(() => {
    if (!hasRecentBands(db)) return 0;
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
 * The band keys stored for version `versionId`, wherever they are (the band index or the
 * recent rows), in band order: what a check or a test compares with the version's text.
 */
export function storedBandKeys(db: Db, versionId: number): { band: number; hash: number }[] {
  return stmt(
    db,
    `SELECT band, hash FROM minhash_bands WHERE version_id = ?
     UNION ALL SELECT band, hash FROM minhash_bands_recent WHERE version_id = ?
     ORDER BY band`,
  ).all(versionId, versionId) as { band: number; hash: number }[];
}
