import type { Database } from 'better-sqlite3';

/**
 * Version numbers: the "#3" people cite. A library id counts across the whole library, and a
 * position in a list sorted by date shifts whenever a date is edited or a version deleted, so
 * neither can be cited. Each version gets a number within its story instead: 1-based in import
 * order, kept when other versions are deleted and never reused, because a story remembers the
 * last number it gave (`stories.last_version_number`). A version moved to another story takes
 * the next number there. Existing versions are numbered in import (id) order.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE stories ADD COLUMN last_version_number INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE versions ADD COLUMN number INTEGER NOT NULL DEFAULT 0;

    UPDATE versions SET number = ranked.n
      FROM (SELECT id, row_number() OVER (PARTITION BY story_id ORDER BY id) AS n FROM versions)
        AS ranked
      WHERE ranked.id = versions.id;
    UPDATE stories SET last_version_number =
      (SELECT coalesce(max(v.number), 0) FROM versions v WHERE v.story_id = stories.id);

    CREATE UNIQUE INDEX versions_by_number ON versions(story_id, number);
  `);
}
