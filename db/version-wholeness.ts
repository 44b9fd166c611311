// Is every version whole? An import writes a version, its full-text index entry and its
// near-duplicate signature with its band keys in one transaction, so after any interruption (a killed
// process, a power cut) each version has all three or does not exist. This checks exactly that,
// for tests and for `retold check`-style diagnostics: the text matches its content hash, the
// full-text index holds the version (read from the index itself through an fts5vocab table: a
// plain SELECT on an external-content FTS table reads the versions table, not the index), the
// index's own structure is sound, the signature and its band keys are there, and no story was left without
// versions by an import.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { contentHash } from './hash';

/** What the check found; every list is of ids, empty when whole. */
export interface VersionWholeness {
  versions: number;
  /** Versions whose text is empty or no longer matches their content hash. */
  badText: number[];
  /** Versions the full-text index does not hold. */
  missingFts: number[];
  /**
   * Versions without a signature, or whose signature's band keys are in neither band index;
   * null for a library without signatures (before 0008).
   */
  missingSignature: number[] | null;
  /** Stories with no version at all. */
  emptyStories: number[];
  /** The full-text index's own structure check: null when sound, else SQLite's words. */
  ftsProblem: string | null;
}

function indexedIds(db: Db): Set<number> {
  // temp: the vocabulary table lives in this connection only; nothing is written to the file.
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.versions_fts_instances USING fts5vocab(main, versions_fts, instance)',
  );
  const ids = db
    .prepare('SELECT DISTINCT doc FROM temp.versions_fts_instances')
    .pluck()
    .all() as number[];
  return new Set(ids);
}

function ftsProblem(db: Db): string | null {
  try {
    // rank 0: check the index's structure only. The default also compares it with the text of
    // the versions table, which differs by design (the index holds the spelling-folded text).
    db.prepare("INSERT INTO versions_fts(versions_fts, rank) VALUES ('integrity-check', 0)").run();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function missingSignatures(db: Db): number[] | null {
  const has = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'minhash_signatures'")
    .get();
  if (has === undefined) return null;
  const recent = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'minhash_bands_recent'")
    .get();
  // A signature with shingles has band keys, in the big index or (migration 0012 on) the
  // recent one; a text without shingles (a few words) has none. Every version with keys has
  // one in band 0, the first range of the band index's key (there is no index by version
  // since migration 0013, so this reads that range once rather than the index per version).
  const banded = new Set(
    db
      .prepare(
        `SELECT version_id FROM minhash_bands WHERE band = 0
         ${recent ? 'UNION ALL SELECT version_id FROM minhash_bands_recent WHERE band = 0' : ''}`,
      )
      .pluck()
      .all() as number[],
  );
  const rows = db
    .prepare(
      `SELECT v.id, m.shingles FROM versions v
       LEFT JOIN minhash_signatures m ON m.version_id = v.id ORDER BY v.id`,
    )
    .all() as { id: number; shingles: number | null }[];
  return rows
    .filter((r) => r.shingles === null || (r.shingles > 0 && !banded.has(r.id)))
    .map((r) => r.id);
}

/** Checks that every version of the library is whole (see the header). Reads only. */
export function checkVersionWholeness(db: Db): VersionWholeness {
  const rows = db
    .prepare('SELECT id, text, content_hash AS hash FROM versions ORDER BY id')
    .all() as { id: number; text: string; hash: string }[];
  const indexed = indexedIds(db);
  return {
    versions: rows.length,
    badText: rows.filter((r) => r.text === '' || contentHash(r.text) !== r.hash).map((r) => r.id),
    missingFts: rows.filter((r) => !indexed.has(r.id)).map((r) => r.id),
    missingSignature: missingSignatures(db),
    emptyStories: db
      .prepare(
        'SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.story_id = s.id) ORDER BY s.id',
      )
      .pluck()
      .all() as number[],
    ftsProblem: ftsProblem(db),
  };
}

/**
 * How many versions a library file holds, read through a read-only connection while another
 * process may be writing it (WAL readers never block the writer); 0 while it has no schema yet.
 * Tests watch an import's progress with it.
 */
export function countVersionsInFile(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    return (db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}
