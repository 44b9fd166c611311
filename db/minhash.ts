// The near-duplicate index (issue 12, item 3): each version's MinHash signature
// (engine/relations/minhash.ts) and its LSH band keys, written in the transaction that writes
// the version (db/version-insert.ts), so every import path has them and an interrupted import
// leaves no version without one (a bulk import appends its keys to recent rows that join the
// band index in sorted batches: db/minhash-recent.ts). All tables cascade from `versions`, so a deleted version
// leaves nothing behind; a moved version keeps its rows (they name the version, not the story).
// A version's text never changes (versions are immutable evidence), so neither does its
// signature; a signature of another scheme (MINHASH.scheme) counts as missing and is redone
// by refreshSignatures.
import type { Database as Db } from 'better-sqlite3';
import {
  MINHASH,
  bandKeys,
  minhashOf,
  signatureBytes,
  signatureFromBytes,
  type MinHash,
} from '../engine/relations/minhash';
import { mergeRecentBands, recentBandHits, writeRecentBands } from './minhash-recent';
import type { TextSketch } from './sketch';
import { stmt } from './statements';

/** How writeSignature writes. */
export interface SignatureWrite {
  /** The version was just inserted, so it has no band rows to replace. */
  fresh?: boolean;
  /** The text's sketch computed already (db/sketch.ts: bulk import does it in its worker). */
  sketch?: Pick<TextSketch, 'minhash' | 'bandKeys'>;
  /** Append the band keys to the recent rows (bulk import: db/minhash-recent.ts). */
  recent?: boolean;
}

/** Writes (or rewrites) the signature and band keys of version `versionId`, whose text is `text`. */
export function writeSignature(
  db: Db,
  versionId: number,
  text: string,
  how: SignatureWrite = {},
): MinHash {
  const m = how.sketch?.minhash ?? minhashOf(text);
  const bytes = signatureBytes(m);
  stmt(
    db,
    `INSERT OR REPLACE INTO minhash_signatures (version_id, scheme, shingles, signature)
     VALUES (?, ?, ?, ?)`,
  ).run(versionId, MINHASH.scheme, m.shingles, Buffer.from(bytes.buffer, 0, bytes.byteLength));
  const keys = how.sketch?.bandKeys ?? bandKeys(m);
  // A version just written has no band rows (a deleted version's went with it, by cascade);
  // a signature redone (refreshSignatures, after merging the recent rows) replaces its own.
  if (!how.fresh) stmt(db, 'DELETE FROM minhash_bands WHERE version_id = ?').run(versionId);
  if (how.recent) writeRecentBands(db, versionId, keys);
  else writeBands(db, versionId, keys);
  return m;
}

/** One INSERT of every band row: 64 single-row INSERTs cost about 1 ms per version. */
const ALL_BANDS_SQL = `INSERT INTO minhash_bands (band, hash, version_id) VALUES ${Array.from(
  { length: MINHASH.bands },
  () => '(?, ?, ?)',
).join(', ')}`;

function writeBands(db: Db, versionId: number, keys: Int32Array): void {
  if (keys.length === MINHASH.bands) {
    const params: number[] = [];
    keys.forEach((key, b) => params.push(b, key, versionId));
    stmt(db, ALL_BANDS_SQL).run(params);
    return;
  }
  const band = stmt(db, 'INSERT INTO minhash_bands (band, hash, version_id) VALUES (?, ?, ?)');
  keys.forEach((key, b) => band.run(b, key, versionId));
}

/** A version that shares at least one band with the query, and how many bands it shares. */
export interface BandHit {
  versionId: number;
  bands: number;
}

/** Versions sharing a band with `m`, most shared bands first (`exclude` left out). */
export function bandCandidates(db: Db, m: MinHash, exclude: number | null): BandHit[] {
  const q = stmt(db, 'SELECT version_id AS id FROM minhash_bands WHERE band = ? AND hash = ?');
  const counts = new Map<number, number>();
  const keys = bandKeys(m);
  keys.forEach((key, b) => {
    for (const row of q.all(b, key) as { id: number }[]) {
      counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
    }
  });
  recentBandHits(db, keys, counts);
  if (exclude !== null) counts.delete(exclude);
  return [...counts]
    .map(([versionId, bands]) => ({ versionId, bands }))
    .sort((a, b) => b.bands - a.bands || a.versionId - b.versionId);
}

/** The stored sketch of a version, or null when it has none of the current scheme. */
export function readSignature(db: Db, versionId: number): MinHash | null {
  const row = stmt(
    db,
    'SELECT shingles, signature FROM minhash_signatures WHERE version_id = ? AND scheme = ?',
  ).get(versionId, MINHASH.scheme) as { shingles: number; signature: Buffer } | undefined;
  return row ? signatureFromBytes(row.signature, row.shingles) : null;
}

/**
 * Groups of versions that share a band key, over all versions or only those in `among`: the
 * LSH buckets with two members or more, as arrays of version ids (ascending). SQLite groups
 * the band rows (of the big index and the recent one, db/minhash-recent.ts) by (band, hash)
 * and hands back only the buckets of two or more: 6.4 million rows for 100,000 versions stay inside SQLite instead of
 * crossing into JavaScript one by one.
 */
export function bandBuckets(db: Db, among: ReadonlySet<number> | null): number[][] {
  const rows = stmt(
    db,
    `SELECT group_concat(version_id) FROM (
       SELECT band, hash, version_id FROM minhash_bands
       UNION ALL SELECT band, hash, version_id FROM minhash_bands_recent)
     GROUP BY band, hash HAVING count(*) > 1`,
  )
    .pluck()
    .iterate() as IterableIterator<string>;
  const out: number[][] = [];
  for (const list of rows) {
    const ids = list.split(',').map(Number);
    const kept = among === null ? ids : ids.filter((id) => among.has(id));
    if (kept.length > 1) out.push(kept.sort((a, b) => a - b));
  }
  return out;
}

/** Ids of versions without a signature of the current scheme, oldest first (at most `limit`). */
export function versionsMissingSignature(db: Db, limit = 1_000_000): number[] {
  return stmt(
    db,
    `SELECT v.id FROM versions v
     WHERE NOT EXISTS (SELECT 1 FROM minhash_signatures m
                       WHERE m.version_id = v.id AND m.scheme = ?)
     ORDER BY v.id LIMIT ?`,
  )
    .pluck()
    .all(MINHASH.scheme, limit) as number[];
}

/**
 * Computes the signatures that are missing or of another scheme; returns how many. Runs in the
 * caller's transaction (a migration) or in batches of its own.
 */
export function refreshSignatures(db: Db): number {
  // Recent keys (migration 0012 on) join the big index first, so a redone signature's old keys
  // are all in one table, where writeSignature replaces them.
  if (hasTable(db, 'minhash_bands_recent')) mergeRecentBands(db);
  const text = stmt(db, 'SELECT text FROM versions WHERE id = ?').pluck();
  let done = 0;
  for (;;) {
    const ids = versionsMissingSignature(db, 500);
    if (ids.length === 0) return done;
    const batch = db.transaction(() => {
      for (const id of ids) writeSignature(db, id, text.get(id) as string);
    });
    batch();
    done += ids.length;
  }
}

function hasTable(db: Db, name: string): boolean {
  return (
    stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}
