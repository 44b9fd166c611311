import type { Database } from 'better-sqlite3';
import { TITLE_KEY_FUNCTION, registerTitleKey } from '../story-list';

/**
 * A library of 100,000 articles (issue 12, item 4).
 *
 * 1. The story list is paged and sorted in SQL (db/story-list.ts), so each order it offers is
 *    an index: `version_count` is a column kept by triggers on `versions` (a count per story
 *    sorted 100,000 stories in ~0.3 s), and `title_key` is the title folded for sorting
 *    (case and accents ignored, numbers read as numbers, as the sidebar sorted before), written
 *    by a trigger through the SQL function `retold_title_key`, which openDatabase registers
 *    as it does `retold_fold`.
 * 2. Raw bytes are not stored twice: most plain-text versions' bytes are exactly their text as
 *    UTF-8 (45% of a generated library's file was such copies). `raw_form` says how the bytes
 *    are kept: 'bytes' in `raw_bytes`, or 'utf8' / 'utf8-bom' meaning "the text as UTF-8"
 *    (after a byte-order mark), with `raw_bytes` empty. Library.getRawBytes rebuilds them byte
 *    for byte. Existing versions are converted here (the space is reused, not returned to the
 *    disk, until a VACUUM).
 * 3. `stories_by_lower_title`: the case-insensitive title look-up of bulk import, by index.
 * 4. `comparison_cache.texts_by_ref`: an entry whose versions' texts are stored as references
 *    to the versions table (db/comparison-cache.ts) instead of a second copy.
 */
export function up(db: Database): void {
  registerTitleKey(db);
  db.exec(`
    ALTER TABLE stories ADD COLUMN version_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
    UPDATE stories SET
      version_count = (SELECT count(*) FROM versions v WHERE v.story_id = stories.id),
      title_key = ${TITLE_KEY_FUNCTION}(title);

    CREATE TRIGGER stories_title_key_insert AFTER INSERT ON stories BEGIN
      UPDATE stories SET title_key = ${TITLE_KEY_FUNCTION}(new.title) WHERE id = new.id;
    END;
    CREATE TRIGGER stories_title_key_update AFTER UPDATE OF title ON stories BEGIN
      UPDATE stories SET title_key = ${TITLE_KEY_FUNCTION}(new.title) WHERE id = new.id;
    END;
    CREATE TRIGGER versions_count_insert AFTER INSERT ON versions BEGIN
      UPDATE stories SET version_count = version_count + 1 WHERE id = new.story_id;
    END;
    CREATE TRIGGER versions_count_delete AFTER DELETE ON versions BEGIN
      UPDATE stories SET version_count = version_count - 1 WHERE id = old.story_id;
    END;
    CREATE TRIGGER versions_count_move AFTER UPDATE OF story_id ON versions
    WHEN old.story_id <> new.story_id BEGIN
      UPDATE stories SET version_count = version_count - 1 WHERE id = old.story_id;
      UPDATE stories SET version_count = version_count + 1 WHERE id = new.story_id;
    END;

    -- One index per order the list offers; each ends with the tie-breaks, so a page is an
    -- index range and OFFSET walks the index instead of sorting the table.
    DROP INDEX IF EXISTS stories_by_updated;
    CREATE INDEX stories_by_updated ON stories(updated_at DESC, id DESC);
    CREATE INDEX stories_by_title ON stories(title_key, updated_at DESC, id DESC);
    CREATE INDEX stories_by_versions ON stories(version_count DESC, updated_at DESC, id DESC);
    -- Bulk import joins rows to stories by title, case-insensitively (Library.findStoryByTitle):
    -- without this, each new title scanned every story (5 ms at 40,000 stories).
    CREATE INDEX stories_by_lower_title ON stories(lower(title));

    ALTER TABLE versions ADD COLUMN raw_form TEXT NOT NULL DEFAULT 'bytes'
      CHECK (raw_form IN ('bytes', 'utf8', 'utf8-bom'));
    UPDATE versions SET raw_form = 'utf8', raw_bytes = x''
      WHERE raw_bytes = CAST(text AS BLOB);
    UPDATE versions SET raw_form = 'utf8-bom', raw_bytes = x''
      WHERE raw_form = 'bytes' AND raw_bytes = CAST(char(65279) || text AS BLOB);

    ALTER TABLE comparison_cache ADD COLUMN texts_by_ref INTEGER NOT NULL DEFAULT 0;
  `);
}
