import type { Database } from 'better-sqlite3';
import { refreshSignatures } from '../minhash';

/**
 * The near-duplicate index (issue 12, item 3): each version's MinHash signature and its LSH
 * band keys (engine/relations/derivation/minhash.ts, db/minhash.ts).
 *
 * - `minhash_signatures`: one row per version; `signature` is MINHASH.permutations 32-bit
 *   minima, little-endian (512 bytes), `shingles` the number of distinct shingles (containment
 *   is estimated from it), `scheme` the MINHASH.scheme that computed it.
 * - `minhash_bands`: one row per version and band; "which versions share this band key?" is a
 *   range of the primary key (band, hash, version_id), a WITHOUT ROWID table so the key is the
 *   table and not a second copy. The index on version_id makes the cascade from a deleted
 *   version a look-up; without it SQLite scans every band row for each version deleted.
 *
 * Existing versions are sketched here, in the migration's transaction (about 0.3 ms each).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE minhash_signatures (
      version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
      scheme INTEGER NOT NULL,
      shingles INTEGER NOT NULL CHECK (shingles >= 0),
      signature BLOB NOT NULL
    ) STRICT;

    CREATE TABLE minhash_bands (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, version_id)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX minhash_bands_by_version ON minhash_bands(version_id);
  `);
  refreshSignatures(db);
}
