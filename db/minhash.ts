// The near-duplicate index (issue 12, item 3): each version's MinHash signature
// (engine/relations/derivation/minhash.ts) and its LSH band keys, written in the transaction that writes
// the version (db/version-insert.ts), so every import path has them and an interrupted import
// leaves no version without one (a bulk import appends its keys to recent rows that join the
// band index in sorted batches: db/minhash-recent.ts). A deleted version leaves nothing behind:
// its signature goes by cascade, its recent band rows by trigger, and its band rows by
// forgetBands, which the deleting transaction calls (the band index has no index by version
// since migration 0013). A moved version keeps its rows (they name the version, not the story).
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
} from '../engine/relations/derivation/minhash';
import { mergeRecentBands, recentBandHits, writeRecentBands } from './minhash-recent';
import type { TextSketch } from './sketch';
import { stmt } from './statements';

/** How writeSignature writes. */
export interface SignatureWrite {
  /** The version was just inserted, so it has no signature or band rows to replace. */
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
  // a signature redone (refreshSignatures) replaces its own band rows, found from the old one
  if (!how.fresh) forgetBands(db, [versionId]);
  stmt(
    db,
    how.fresh
      ? `INSERT INTO minhash_signatures (version_id, scheme, shingles, signature)
         VALUES (?, ?, ?, ?)`
      : `INSERT OR REPLACE INTO minhash_signatures (version_id, scheme, shingles, signature)
         VALUES (?, ?, ?, ?)`,
  ).run(versionId, MINHASH.scheme, m.shingles, Buffer.from(bytes.buffer, 0, bytes.byteLength));
  const keys = how.sketch?.bandKeys ?? bandKeys(m);
  if (how.recent) writeRecentBands(db, versionId, keys);
  else writeBands(db, versionId, keys);
  return m;
}

/**
 * Removes the band rows of versions (in the band index; their recent rows go by trigger), as
 * the transaction that deletes them or redoes their signature must: their keys follow from the
 * stored signature, and each row is removed by its key. A signature of another scheme (before
 * refreshSignatures) says nothing of the keys stored with it, so those versions' rows are
 * found by reading the band index once (slow on a large library; refreshSignatures clears
 * such rows for all versions at once first).
 */
export function forgetBands(db: Db, versionIds: readonly number[]): void {
  const del = stmt(db, 'DELETE FROM minhash_bands WHERE band = ? AND hash = ? AND version_id = ?');
  const row = stmt(
    db,
    'SELECT scheme, shingles, signature FROM minhash_signatures WHERE version_id = ?',
  );
  const unknown: number[] = [];
  for (const id of versionIds) {
    const r = row.get(id) as { scheme: number; shingles: number; signature: Buffer } | undefined;
    if (r === undefined) continue; // no signature, no band rows
    if (r.scheme !== MINHASH.scheme) {
      unknown.push(id);
      continue;
    }
    bandKeys(signatureFromBytes(r.signature, r.shingles)).forEach((key, b) => del.run(b, key, id));
  }
  if (unknown.length > 0) {
    db.prepare(
      `DELETE FROM minhash_bands WHERE version_id IN (${unknown.map(() => '?').join(', ')})`,
    ).run(...unknown);
  }
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
  // Rows stored with a signature of another scheme, all in one pass over the band index (each
  // version's own, in writeSignature, would read it once per version); their signatures go
  // too, so those versions are written as new.
  stmt(
    db,
    `DELETE FROM minhash_bands WHERE version_id IN
       (SELECT version_id FROM minhash_signatures WHERE scheme <> ?)`,
  ).run(MINHASH.scheme);
  stmt(db, 'DELETE FROM minhash_signatures WHERE scheme <> ?').run(MINHASH.scheme);
  const text = stmt(db, 'SELECT text FROM versions WHERE id = ?').pluck();
  let done = 0;
  for (;;) {
    const ids = versionsMissingSignature(db, 500);
    if (ids.length === 0) return done;
    const batch = db.transaction(() => {
      for (const id of ids) writeSignature(db, id, text.get(id) as string, { fresh: true });
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
