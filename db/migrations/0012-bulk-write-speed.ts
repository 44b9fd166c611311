import type { Database } from 'better-sqlite3';

/**
 * Bulk import at 1,000 articles a second on a library of 100,000 (issue 12, item 4). Two
 * writes per article grew with the library (bench/library-100k.bench.ts, /tmp profiles in
 * the note): 64 band rows landing on random pages of a B-tree of millions of rows,
 * and the search index's fold of the text, a JavaScript call from inside SQLite.
 *
 * 1. `minhash_bands_recent`: a second band index of the same shape as `minhash_bands`, for the
 *    keys of versions written since the last merge. It stays small (thousands of versions),
 *    so its pages stay in the cache; db/minhash-recent.ts moves its rows into `minhash_bands`
 *    thousands of versions at a time, in key order, where consecutive rows share pages.
 *    Look-ups read both, and a version's rows are written in its own transaction, so none is
 *    ever without them.
 * 2. The trigger that indexed a new version for search is dropped: the one writer of versions
 *    (db/version-insert.ts) writes its index entry itself, from the folded text that bulk
 *    import computes in its worker beside the hash and the sketch. The delete and update
 *    triggers stay.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE minhash_bands_recent (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, version_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX minhash_bands_recent_by_version ON minhash_bands_recent(version_id);
    DROP TRIGGER IF EXISTS versions_fts_insert;
  `);
}
