// Prepared statements, once per connection. better-sqlite3 compiles a statement on every
// db.prepare() call (about 10–40 µs for the statements here), which bulk import paid several
// times per article; a statement kept per connection and per SQL text is compiled once.
// The cache is keyed by the connection in a WeakMap, so a closed library's statements go with it.
import type { Database as Db, Statement } from 'better-sqlite3';

const byDb = new WeakMap<Db, Map<string, Statement>>();

/** The statement for `sql` on `db`, prepared on first use. */
export function stmt(db: Db, sql: string): Statement {
  let cache = byDb.get(db);
  if (!cache) {
    cache = new Map();
    byDb.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
