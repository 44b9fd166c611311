import type { Database } from 'better-sqlite3';

/**
 * The first schema. Tables are STRICT; anything filtered or sorted on is a column.
 * The FTS5 index is an external-content table over `versions`, kept in step by triggers, so
 * every statement that writes a version updates the index inside the same transaction.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE stories (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      notes TEXT,
      base_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE versions (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      outlet TEXT,
      url TEXT,
      title TEXT,
      byline TEXT,
      published TEXT,
      source_kind TEXT NOT NULL CHECK (source_kind IN ('paste', 'file', 'url', 'bulk', 'demo')),
      source_name TEXT,
      raw_bytes BLOB NOT NULL,
      encoding TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
      text TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      word_count INTEGER NOT NULL CHECK (word_count >= 0),
      imported_at TEXT NOT NULL,
      UNIQUE (story_id, content_hash)
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE INDEX versions_by_story ON versions(story_id, published);
    CREATE INDEX stories_by_updated ON stories(updated_at);

    CREATE VIRTUAL TABLE versions_fts USING fts5(
      title, outlet, text,
      content = 'versions', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions BEGIN
      INSERT INTO versions_fts(rowid, title, outlet, text)
        VALUES (new.id, new.title, new.outlet, new.text);
    END;
    CREATE TRIGGER versions_fts_delete AFTER DELETE ON versions BEGIN
      INSERT INTO versions_fts(versions_fts, rowid, title, outlet, text)
        VALUES ('delete', old.id, old.title, old.outlet, old.text);
    END;
    CREATE TRIGGER versions_fts_update AFTER UPDATE OF title, outlet, text ON versions BEGIN
      INSERT INTO versions_fts(versions_fts, rowid, title, outlet, text)
        VALUES ('delete', old.id, old.title, old.outlet, old.text);
      INSERT INTO versions_fts(rowid, title, outlet, text)
        VALUES (new.id, new.title, new.outlet, new.text);
    END;
  `);
}
