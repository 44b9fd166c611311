// Library-wide settings' SQL (the `settings` table of migrations/0001-initial.ts). Library
// wraps these; they are separate only to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';

/** A setting's value, or null. */
export function get(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Stores (or replaces) a setting. */
export function set(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Removes a setting (it goes back to its default). */
export function remove(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
