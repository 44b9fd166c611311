import type { Database } from 'better-sqlite3';

/**
 * Story proposals awaiting review (issue 12, items 3 and 6): "Group my unsorted articles" and
 * passim's clusters propose stories for articles that are alone in their story; nothing moves
 * until the person accepts a proposal, so pending proposals are kept in the library and a
 * review can be left and resumed.
 *
 * A member remembers the one-version story it was in when proposed (`story_id`): when its
 * version has since moved, or its story gained another version, the member is stale and is
 * cleaned out on the next read (db/proposals.ts). Deleting a version deletes its membership;
 * deleting the presumed original leaves `original_version_id` NULL, which makes the whole
 * proposal stale. A version is in at most one pending proposal (the unique index), so two
 * accepted proposals can never both claim it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE story_proposals (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('near-duplicates', 'passim')),
      original_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE story_proposal_reasons (
      proposal_id INTEGER NOT NULL REFERENCES story_proposals(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('earliest-date', 'containment', 'agency-credit', 'passim')),
      text TEXT NOT NULL,
      PRIMARY KEY (proposal_id, position)
    ) STRICT;

    CREATE TABLE story_proposal_members (
      proposal_id INTEGER NOT NULL REFERENCES story_proposals(id) ON DELETE CASCADE,
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      story_id INTEGER NOT NULL,
      position INTEGER NOT NULL,
      contained_in_original REAL,
      contains_original REAL,
      derivation TEXT CHECK (derivation IN ('wholly', 'partially', 'none')),
      PRIMARY KEY (proposal_id, version_id)
    ) STRICT;
    CREATE UNIQUE INDEX story_proposal_members_by_version ON story_proposal_members(version_id);
  `);
}
