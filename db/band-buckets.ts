// LSH buckets one band at a time, for the grouping's background job: bandBuckets (minhash.ts)
// reads all 64 bands in one statement, several seconds on 100,000 articles during which the
// backend could answer nothing. One band is a range of the primary key (band, hash,
// version_id), so each read is 1/64 of the work, and reading the bands in order gives the
// same buckets in the same order as bandBuckets.
import type { Database as Db } from 'better-sqlite3';
import { hasRecentBands } from './minhash-recent';
import { stmt } from './statements';

/** The buckets of two or more versions of one band, limited to `among` (all when null). */
export function bandBucketsOf(db: Db, band: number, among: ReadonlySet<number> | null): number[][] {
  // With no recent rows (db/minhash-recent.ts: the case outside a bulk import), a band is a
  // range of the index's primary key, read in order; otherwise the recent rows are read too.
  const rows = (
    !hasRecentBands(db)
      ? stmt(
          db,
          `SELECT group_concat(version_id) FROM minhash_bands WHERE band = ?
           GROUP BY hash HAVING count(*) > 1`,
        )
          .pluck()
          .iterate(band)
      : stmt(
          db,
          `SELECT group_concat(version_id) FROM (
             SELECT hash, version_id FROM minhash_bands WHERE band = ?
             UNION ALL SELECT hash, version_id FROM minhash_bands_recent WHERE band = ?)
           GROUP BY hash HAVING count(*) > 1`,
        )
          .pluck()
          .iterate(band, band)
  ) as IterableIterator<string>;
  const out: number[][] = [];
  for (const list of rows) {
    const ids = list.split(',').map(Number);
    const kept = among === null ? ids : ids.filter((id) => among.has(id));
    if (kept.length > 1) out.push(kept.sort((a, b) => a - b));
  }
  return out;
}
