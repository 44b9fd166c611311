// The writes of a bulk import (issue 12): a batch of articles in one transaction, each skipped
// when its text is already anywhere in the library (by the content hash every version stores,
// through the index of migration 0006). A batch is written whole or not at all, so an import
// interrupted at any moment leaves only whole articles behind.
import type { Database as Db, Statement } from 'better-sqlite3';
import { contentHash } from './hash';
import type { Library } from './library';
import { mergeRecentBands, recentBandEstimate, RECENT_BANDS } from './minhash-recent';
import { stmt } from './statements';
import {
  insertVersionRow,
  writeSearchEntries,
  type NewVersion,
  type SearchEntry,
} from './version-insert';

/** One article to write: its version, and the story it goes into. */
export interface BulkArticle {
  /** A story title to join (found case-insensitively, created when missing), or null. */
  story: string | null;
  /** The title of the story created for this article alone when `story` is null. */
  ownStoryTitle: string;
  version: Omit<NewVersion, 'storyId'>;
}

/** What happened to one article of a batch. */
export interface BulkWritten {
  outcome: 'imported' | 'duplicate';
  storyId: number;
  storyTitle: string;
  versionId: number;
  number: number;
}

interface HashHit {
  versionId: number;
  storyId: number;
  number: number;
  storyTitle: string;
}

const byHash = new WeakMap<Db, Statement>();

/** The first version anywhere in the library whose content hash is `hash`, if any. */
export function findVersionByHash(db: Db, hash: string): HashHit | null {
  let stmt = byHash.get(db);
  if (!stmt) {
    stmt = db.prepare(
      `SELECT v.id AS versionId, v.story_id AS storyId, v.number AS number, s.title AS storyTitle
       FROM versions v JOIN stories s ON s.id = v.story_id
       WHERE v.content_hash = ? ORDER BY v.id LIMIT 1`,
    );
    byHash.set(db, stmt);
  }
  return (stmt.get(hash) as HashHit | undefined) ?? null;
}

/**
 * Writes `articles` in one transaction; returns one outcome per article, in order. The same text
 * twice within the batch gives one import and one duplicate, as across batches.
 *
 * Faster than a Library.insertVersion per article (bench/bulk-import.bench.ts): the duplicate
 * check is already library-wide here, so each version is inserted directly (no savepoint, no
 * second hash, no re-reading its summary), stories are looked up once per batch, and each
 * story's `updated_at` is written once per batch. Once `mergeBandsAt` versions (by default
 * RECENT_BANDS.mergeAt) have recent band keys, they join the band index in the batch's
 * transaction (db/minhash-recent.ts).
 */
export function writeBulkBatch(
  lib: Library,
  articles: readonly BulkArticle[],
  options: { mergeBandsAt?: number } = {},
): BulkWritten[] {
  const mergeAt = options.mergeBandsAt ?? RECENT_BANDS.mergeAt;
  return lib.transaction(() => {
    const stories = new Map<string, { id: number; title: string }>();
    const touched = new Set<number>();
    const now = new Date().toISOString();
    const bulk = { search: [] as SearchEntry[] };
    const written = articles.map((a): BulkWritten => {
      const hash = a.version.sketch?.contentHash ?? contentHash(a.version.text);
      const hit = findVersionByHash(lib.db, hash);
      if (hit) return { outcome: 'duplicate', ...hit };
      const story = a.story === null ? lib.createStory(a.ownStoryTitle) : joinStory(a.story);
      const versionId = insertVersionRow(
        lib.db,
        { ...a.version, storyId: story.id },
        hash,
        now,
        bulk,
      );
      touched.add(story.id);
      return {
        outcome: 'imported',
        storyId: story.id,
        storyTitle: story.title,
        versionId,
        number: (stmt(lib.db, NUMBER_SQL).get(versionId) as { n: number }).n,
      };
    });
    const touch = stmt(lib.db, 'UPDATE stories SET updated_at = ? WHERE id = ?');
    for (const id of touched) touch.run(now, id);
    if (recentBandEstimate(lib.db) >= mergeAt) mergeRecentBands(lib.db);
    // the search entries last: one FTS5 segment for the batch (see insertVersionRow)
    writeSearchEntries(lib.db, bulk.search);
    return written;

    function joinStory(title: string): { id: number; title: string } {
      const key = title.trim().toLowerCase();
      let story = stories.get(key);
      if (!story) {
        story = lib.findStoryByTitle(title) ?? lib.createStory(title);
        stories.set(key, story);
      }
      return story;
    }
  });
}

const NUMBER_SQL = 'SELECT number AS n FROM versions WHERE id = ?';
