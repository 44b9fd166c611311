import type { Database } from 'better-sqlite3';

/**
 * Bulk import at 1,000 articles a second on a library of 100,000 (issue 12, item 4). Two
 * writes per article grew with the library (bench/library-100k.bench.ts): 64 band rows landing on random pages of a B-tree of millions of rows,
 * and the search index's fold of the text, a JavaScript call from inside SQLite.
 *
 * 1. `minhash_bands_recent`: a bulk import's band rows, appended to a table with no index (its
 *    rows are in the order they came), in the version's own transaction, so no version is ever
 *    without them. db/minhash-recent.ts moves them into `minhash_bands` thousands of versions
 *    at a time, sorted by key, where consecutive rows share pages, and at the end of every
 *    import. Look-ups read both. Deleting a version reads the whole table to find its rows
 *    (there is no index to keep up, and a trigger rather than a foreign key removes them, so
 *    an append checks nothing), which costs nothing while it is empty, as outside an import.
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
      version_id INTEGER NOT NULL
    ) STRICT;
    -- What a foreign key's cascade would do, without its look-up of the version per row
    -- appended (64 per article).
    CREATE TRIGGER minhash_bands_recent_delete AFTER DELETE ON versions BEGIN
      DELETE FROM minhash_bands_recent WHERE version_id = old.id;
    END;
    DROP TRIGGER IF EXISTS versions_fts_insert;
  `);
}
