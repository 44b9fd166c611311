import type { Database } from 'better-sqlite3';

/**
 * The library as data (issue 12, item 5): what each reprint did to its story's base, one row
 * per non-base version, so the outlets view sums a table instead of comparing every story
 * again. Derived data, like the comparison cache: `summary_key` is the story's comparison key
 * plus its corrections (backend/outlets/refresh.ts), and a story whose key no longer matches is
 * summarised again. The outlet is not copied here: it is read from `versions` at query time,
 * so renaming an outlet shows at once. Deleting a story or version deletes its rows.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE outlet_story_summaries (
      story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
      summary_key TEXT NOT NULL,
      summarized_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE outlet_pair_summaries (
      story_id INTEGER NOT NULL
        REFERENCES outlet_story_summaries(story_id) ON DELETE CASCADE,
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      base_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      credit_dropped INTEGER NOT NULL,
      ending_trimmed INTEGER NOT NULL,
      quotes_altered INTEGER NOT NULL,
      quotes_dropped INTEGER NOT NULL,
      sources_added INTEGER NOT NULL,
      sources_dropped INTEGER NOT NULL,
      similarity REAL NOT NULL,
      PRIMARY KEY (story_id, version_id)
    ) STRICT;
    CREATE INDEX outlet_pair_summaries_by_version ON outlet_pair_summaries(version_id);
    CREATE INDEX outlet_pair_summaries_by_base ON outlet_pair_summaries(base_version_id);
  `);
}
