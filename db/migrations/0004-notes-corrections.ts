import type { Database } from 'better-sqlite3';

/**
 * Notes on findings and corrections of findings (issue 10). Both are anchored to words of one
 * version's text (engine/overrides/anchor.ts): its content hash, UTF-16 offsets, the exact
 * words and some context either side, so they can be found again after the engine's rules
 * change. Deleting a version sets `version_id` to NULL rather than deleting the row: the note
 * or correction is then listed as detached with its words, never lost. Deleting a story
 * deletes its notes and corrections (the person asked for the story to go).
 *
 * Notes have a full-text index of their own (external content, kept in step by triggers, as
 * `versions_fts`), searched by the same query as the versions (db/search.ts); so do the
 * stories' own notes (`stories.notes`), indexed from the stories already in the library.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE finding_notes (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      other_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      finding TEXT NOT NULL
        CHECK (finding IN ('paragraph', 'word change', 'attribution', 'quote')),
      content_hash TEXT NOT NULL,
      anchor_start INTEGER NOT NULL CHECK (anchor_start >= 0),
      anchor_end INTEGER NOT NULL CHECK (anchor_end > anchor_start),
      anchor_text TEXT NOT NULL,
      context_before TEXT NOT NULL,
      context_after TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX finding_notes_by_story ON finding_notes(story_id, created_at);

    CREATE TABLE corrections (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN
        ('not-attribution', 'attribution-status', 'add-attribution', 'link', 'unlink')),
      status TEXT CHECK (status IN ('kept', 'added', 'dropped', 'changed')),
      version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      other_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      content_hash TEXT NOT NULL,
      anchor_start INTEGER NOT NULL CHECK (anchor_start >= 0),
      anchor_end INTEGER NOT NULL CHECK (anchor_end > anchor_start),
      anchor_text TEXT NOT NULL,
      context_before TEXT NOT NULL,
      context_after TEXT NOT NULL,
      -- The second paragraph of a link or unlink (its version is other_version_id).
      other_content_hash TEXT,
      other_start INTEGER,
      other_end INTEGER,
      other_text TEXT,
      other_before TEXT,
      other_after TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX corrections_by_story ON corrections(story_id, id);

    CREATE VIRTUAL TABLE finding_notes_fts USING fts5(
      body, anchor_text,
      content = 'finding_notes', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER finding_notes_fts_insert AFTER INSERT ON finding_notes BEGIN
      INSERT INTO finding_notes_fts(rowid, body, anchor_text)
        VALUES (new.id, new.body, new.anchor_text);
    END;
    CREATE TRIGGER finding_notes_fts_delete AFTER DELETE ON finding_notes BEGIN
      INSERT INTO finding_notes_fts(finding_notes_fts, rowid, body, anchor_text)
        VALUES ('delete', old.id, old.body, old.anchor_text);
    END;
    CREATE TRIGGER finding_notes_fts_update AFTER UPDATE OF body, anchor_text ON finding_notes
    BEGIN
      INSERT INTO finding_notes_fts(finding_notes_fts, rowid, body, anchor_text)
        VALUES ('delete', old.id, old.body, old.anchor_text);
      INSERT INTO finding_notes_fts(rowid, body, anchor_text)
        VALUES (new.id, new.body, new.anchor_text);
    END;

    CREATE VIRTUAL TABLE story_notes_fts USING fts5(
      notes,
      content = 'stories', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER story_notes_fts_insert AFTER INSERT ON stories BEGIN
      INSERT INTO story_notes_fts(rowid, notes) VALUES (new.id, new.notes);
    END;
    CREATE TRIGGER story_notes_fts_delete AFTER DELETE ON stories BEGIN
      INSERT INTO story_notes_fts(story_notes_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
    END;
    CREATE TRIGGER story_notes_fts_update AFTER UPDATE OF notes ON stories BEGIN
      INSERT INTO story_notes_fts(story_notes_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
      INSERT INTO story_notes_fts(rowid, notes) VALUES (new.id, new.notes);
    END;
    INSERT INTO story_notes_fts(story_notes_fts) VALUES ('rebuild');
  `);
}
