import type { Database } from 'better-sqlite3';

/**
 * The comparison cache. A comparison is derived data: it can always be recomputed from the
 * versions, so it is stored whole (as the engine's JSON) under a key the renderer computes
 * from everything the result depends on: the versions' content hashes, the base choice, the
 * engine version and the options. Nothing is filtered on inside the JSON; `content_hashes`
 * (space-separated) lets pruning drop entries whose versions are gone from the library.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE comparison_cache (
      key TEXT PRIMARY KEY,
      content_hashes TEXT NOT NULL,
      comparison TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
