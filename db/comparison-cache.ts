// The comparison cache's SQL (table made by migrations/0002-comparison-cache.ts). Library
// wraps these; they are separate only to keep library.ts small.
//
// A comparison holds the full text of every version it compares (`versions[].text`), which the
// versions table already holds: a cache of a library's comparisons stored every text again.
// Since migration 0010 an entry stores each such text as a reference instead,
// `{ "$text": sha256 of the exact text }` under the version's id (its content hash), and `get`
// puts the text back from the versions table, so what comes out is the JSON that went in, byte
// for byte. A text the library no longer holds exactly makes the entry a miss (recomputed).
import { createHash } from 'node:crypto';
import type { Database as Db } from 'better-sqlite3';
import { stmt } from './statements';

type Json = Record<string, unknown>;
interface TextRef {
  $text: string;
}

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** The versions of a comparison object, or [] when it has none. */
function versionsOf(comparison: unknown): Json[] {
  const vs = isObject(comparison) ? comparison.versions : undefined;
  return Array.isArray(vs) ? vs.filter(isObject) : [];
}

/** The library's texts under a content hash (several when they differ only in whitespace). */
function textsWithHash(db: Db, hash: string): string[] {
  const rows = stmt(db, 'SELECT text FROM versions WHERE content_hash = ?').all(hash) as {
    text: string;
  }[];
  return rows.map((r) => r.text);
}

/** Replaces each text the library holds exactly by a reference; returns how many. */
function textsToRefs(db: Db, comparison: unknown): number {
  let n = 0;
  for (const v of versionsOf(comparison)) {
    const { id, text } = v;
    if (typeof id !== 'string' || typeof text !== 'string') continue;
    if (!textsWithHash(db, id).includes(text)) continue;
    v.text = { $text: sha(text) } satisfies TextRef;
    n++;
  }
  return n;
}

/** Puts the texts back in place of their references; false when one is gone. */
function refsToTexts(db: Db, comparison: unknown): boolean {
  for (const v of versionsOf(comparison)) {
    const ref = v.text;
    if (!isObject(ref) || typeof ref.$text !== 'string' || typeof v.id !== 'string') continue;
    const text = textsWithHash(db, v.id).find((t) => sha(t) === ref.$text);
    if (text === undefined) return false;
    v.text = text; // assigning an existing key keeps its place, so the JSON comes out the same
  }
  return true;
}

/** The JSON of a cached comparison, or null. */
export function get(db: Db, key: string): string | null {
  const row = stmt(
    db,
    'SELECT comparison, texts_by_ref AS byRef FROM comparison_cache WHERE key = ?',
  ).get(key) as { comparison: string; byRef: number } | undefined;
  if (!row) return null;
  if (row.byRef === 0) return row.comparison;
  const comparison: unknown = JSON.parse(row.comparison);
  return refsToTexts(db, comparison) ? JSON.stringify(comparison) : null;
}

/** Stores (or replaces) a comparison's JSON under its key, its texts as references. */
export function put(db: Db, key: string, contentHashes: readonly string[], json: string): void {
  let stored = json;
  let byRef = 0;
  try {
    const comparison: unknown = JSON.parse(json);
    if (textsToRefs(db, comparison) > 0) {
      stored = JSON.stringify(comparison);
      byRef = 1;
    }
  } catch {
    // Not JSON we can read: kept as given, as before references existed.
  }
  stmt(
    db,
    `INSERT INTO comparison_cache (key, content_hashes, comparison, created_at, texts_by_ref)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET content_hashes = excluded.content_hashes,
       comparison = excluded.comparison, created_at = excluded.created_at,
       texts_by_ref = excluded.texts_by_ref`,
  ).run(key, contentHashes.join(' '), stored, new Date().toISOString(), byRef);
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
