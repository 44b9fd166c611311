import type { Database } from 'better-sqlite3';

/**
 * URL import (issue 12, item 2) keeps the evidence of each fetch beside its version: the address
 * asked for and the one read after redirects, when, the HTTP status and media type, and the
 * bytes as received (SHA-256, size, and the bytes gzip-compressed so the extraction can be redone
 * later). One row per version imported from the web; it goes when the version does. The bytes
 * live only here, compressed: such a version's own raw_bytes is empty (db/fetch-evidence.ts).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE fetch_evidence (
      version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
      requested_url TEXT NOT NULL,
      final_url TEXT NOT NULL,
      fetched_at TEXT NOT NULL,
      http_status INTEGER NOT NULL CHECK (http_status BETWEEN 100 AND 599),
      content_type TEXT,
      redirects INTEGER NOT NULL CHECK (redirects >= 0),
      raw_sha256 TEXT NOT NULL CHECK (length(raw_sha256) = 64),
      raw_size INTEGER NOT NULL CHECK (raw_size >= 0),
      raw_gzip BLOB NOT NULL
    ) STRICT;
  `);
}
