// The evidence of a URL import (migration 0007): written with its version in the same
// transaction (version-insert.ts), read for the version's details and exports. The raw bytes of
// such a version are kept here once, gzip-compressed, instead of uncompressed in
// versions.raw_bytes (HTML compresses about 5-10 times); rawBytesOf gives them back whole.
import type { Database as Db } from 'better-sqlite3';
import { gunzipSync } from 'node:zlib';
import { stmt } from './statements';

/** How a version was fetched from the web, with the bytes as received. */
export interface FetchEvidence {
  /** The address as given. */
  requestedUrl: string;
  /** The address read after redirects. */
  finalUrl: string;
  /** ISO time the final response started. */
  fetchedAt: string;
  httpStatus: number;
  /** The media type the server declared ('text/html'), or null. */
  contentType: string | null;
  redirects: number;
  /** SHA-256 (hex) of the bytes as received, after undoing any Content-Encoding. */
  rawSha256: string;
  /** Size of those bytes. */
  rawSize: number;
  /** Those bytes, gzip-compressed. */
  rawGzip: Uint8Array;
}

/** The evidence without the bytes, as the API shows it. */
export type FetchEvidenceSummary = Omit<FetchEvidence, 'rawGzip'>;

/** Writes the evidence of version `versionId`. */
export function insertFetchEvidence(db: Db, versionId: number, e: FetchEvidence): void {
  stmt(
    db,
    `INSERT INTO fetch_evidence (version_id, requested_url, final_url, fetched_at, http_status,
       content_type, redirects, raw_sha256, raw_size, raw_gzip)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    versionId,
    e.requestedUrl,
    e.finalUrl,
    e.fetchedAt,
    e.httpStatus,
    e.contentType,
    e.redirects,
    e.rawSha256,
    e.rawSize,
    Buffer.from(e.rawGzip.buffer, e.rawGzip.byteOffset, e.rawGzip.byteLength),
  );
}

/** The evidence of a version (without the bytes), or null when it was not fetched. */
export function fetchEvidenceOf(db: Db, versionId: number): FetchEvidenceSummary | null {
  const row = stmt(
    db,
    `SELECT requested_url AS requestedUrl, final_url AS finalUrl, fetched_at AS fetchedAt,
         http_status AS httpStatus, content_type AS contentType, redirects,
         raw_sha256 AS rawSha256, raw_size AS rawSize
       FROM fetch_evidence WHERE version_id = ?`,
  ).get(versionId) as FetchEvidenceSummary | undefined;
  return row ?? null;
}

/** The bytes a fetched version was read from, decompressed; null when it was not fetched. */
export function fetchedBytesOf(db: Db, versionId: number): Buffer | null {
  const row = stmt(db, 'SELECT raw_gzip AS gz FROM fetch_evidence WHERE version_id = ?').get(
    versionId,
  ) as { gz: Buffer } | undefined;
  return row ? gunzipSync(row.gz) : null;
}
