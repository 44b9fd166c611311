// The comparison cache's SQL (table made by migrations/0002-comparison-cache.ts). Library
// wraps these; they are separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';

/** The JSON of a cached comparison, or null. */
export function get(db: Db, key: string): string | null {
  const row = db.prepare('SELECT comparison FROM comparison_cache WHERE key = ?').get(key) as
    { comparison: string } | undefined;
  return row?.comparison ?? null;
}

/** Stores (or replaces) a comparison's JSON under its key. */
export function put(db: Db, key: string, contentHashes: readonly string[], json: string): void {
  db.prepare(
    `INSERT INTO comparison_cache (key, content_hashes, comparison, created_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET content_hashes = excluded.content_hashes,
       comparison = excluded.comparison, created_at = excluded.created_at`,
  ).run(key, contentHashes.join(' '), json, new Date().toISOString());
}

/**
 * Deletes entries that mention a content hash no version in the library has any more: run
 * after deleting versions or stories, so deleted evidence does not linger in derived data.
 */
export function prune(db: Db): number {
  const live = new Set(
    (db.prepare('SELECT DISTINCT content_hash AS h FROM versions').all() as { h: string }[]).map(
      (r) => r.h,
    ),
  );
  const rows = db.prepare('SELECT key, content_hashes AS hashes FROM comparison_cache').all() as {
    key: string;
    hashes: string;
  }[];
  const del = db.prepare('DELETE FROM comparison_cache WHERE key = ?');
  let n = 0;
  for (const r of rows) {
    if (r.hashes.split(' ').some((h) => h !== '' && !live.has(h))) n += del.run(r.key).changes;
  }
  return n;
}
