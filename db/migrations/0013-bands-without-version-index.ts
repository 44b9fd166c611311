import type { Database } from 'better-sqlite3';

/**
 * The band index without its index by version (issue 12, item 4: bulk import at 1,000 articles
 * a second on a library of 100,000).
 *
 * `minhash_bands` had a foreign key to `versions` and, for its cascade, an index on
 * `version_id`: a second B-tree as large as the table (102 MB of a 940 MB library of 100,000
 * articles), which every merge of a bulk import's band keys (db/minhash-recent.ts) updated
 * too, at about 70 µs of the main thread per article. A version's band keys follow from its
 * signature, which has its own row keyed by version, so whoever deletes a version removes its
 * band rows by their key instead (db/minhash.ts `forgetBands`, called by Library.deleteVersion
 * and deleteStory in their transaction). SQLite cannot drop a foreign key or its index from a
 * table, so the table is rebuilt: its rows are copied in key order, which the copy keeps.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE minhash_bands_keyed (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      version_id INTEGER NOT NULL,
      PRIMARY KEY (band, hash, version_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO minhash_bands_keyed (band, hash, version_id)
      SELECT band, hash, version_id FROM minhash_bands ORDER BY band, hash, version_id;
    DROP TABLE minhash_bands;
    ALTER TABLE minhash_bands_keyed RENAME TO minhash_bands;
  `);
}
