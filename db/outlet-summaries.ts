// The outlets view's SQL (tables made by migrations/0011-outlet-summaries.ts): per-story
// summary keys, one row per reprint, and the rows joined with their outlet and story for
// summing. Library exposes it as `library.outlets`; the counting itself is in backend/outlets.
import type { Database as Db } from 'better-sqlite3';

/** What one reprint did to its base: counts of each kind, and its similarity (0–1). */
export interface PairMeasures {
  creditDropped: number;
  endingTrimmed: number;
  quotesAltered: number;
  quotesDropped: number;
  sourcesAdded: number;
  sourcesDropped: number;
  similarity: number;
}

/** A reprint to store: its version, the base it was compared with, and its measures. */
export interface NewPairSummary extends PairMeasures {
  versionId: number;
  baseVersionId: number;
}

/** A stored reprint with what the view shows about it. */
export interface PairSummaryRow extends PairMeasures {
  storyId: number;
  storyTitle: string;
  versionId: number;
  /** The version's #n and outlet (null when it has none), and its base's #n. */
  version: number;
  outlet: string | null;
  baseVersion: number;
}

/** A version as the staleness check needs it (no text). */
export interface VersionKeyRow {
  id: number;
  storyId: number;
  contentHash: string;
  published: string | null;
}

const MEASURE_COLUMNS = `p.credit_dropped AS creditDropped, p.ending_trimmed AS endingTrimmed,
  p.quotes_altered AS quotesAltered, p.quotes_dropped AS quotesDropped,
  p.sources_added AS sourcesAdded, p.sources_dropped AS sourcesDropped, p.similarity`;

/** The SQL behind the outlets view. */
export class OutletSummaryStore {
  constructor(private readonly db: Db) {}

  /** Every version of every story with two or more, ordered by story (one pass, no text). */
  versionsOfComparableStories(): VersionKeyRow[] {
    return this.db
      .prepare(
        `SELECT v.id, v.story_id AS storyId, v.content_hash AS contentHash, v.published
         FROM versions v
         WHERE v.story_id IN (SELECT story_id FROM versions GROUP BY story_id HAVING count(*) >= 2)
         ORDER BY v.story_id`,
      )
      .all() as VersionKeyRow[];
  }

  /** Each story's chosen base version (null: the engine chooses). */
  baseChoices(): Map<number, number | null> {
    const rows = this.db.prepare('SELECT id, base_version_id AS base FROM stories').all() as {
      id: number;
      base: number | null;
    }[];
    return new Map(rows.map((r) => [r.id, r.base]));
  }

  /** The ids of each story's corrections, in order (they change what a finding is). */
  correctionIds(): Map<number, number[]> {
    const rows = this.db
      .prepare('SELECT story_id AS storyId, id FROM corrections ORDER BY story_id, id')
      .all() as { storyId: number; id: number }[];
    const out = new Map<number, number[]>();
    for (const r of rows) out.set(r.storyId, [...(out.get(r.storyId) ?? []), r.id]);
    return out;
  }

  /** The stored summary key of each summarised story. */
  storedKeys(): Map<number, string> {
    const rows = this.db
      .prepare('SELECT story_id AS storyId, summary_key AS k FROM outlet_story_summaries')
      .all() as { storyId: number; k: string }[];
    return new Map(rows.map((r) => [r.storyId, r.k]));
  }

  /** Replaces a story's summary (its key and all its reprint rows) in one transaction. */
  replace(storyId: number, key: string, pairs: readonly NewPairSummary[]): void {
    const del = this.db.prepare('DELETE FROM outlet_story_summaries WHERE story_id = ?');
    const story = this.db.prepare(
      'INSERT INTO outlet_story_summaries (story_id, summary_key, summarized_at) VALUES (?, ?, ?)',
    );
    const pair = this.db.prepare(
      `INSERT INTO outlet_pair_summaries (story_id, version_id, base_version_id, credit_dropped,
         ending_trimmed, quotes_altered, quotes_dropped, sources_added, sources_dropped, similarity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db
      .transaction(() => {
        del.run(storyId);
        story.run(storyId, key, new Date().toISOString());
        for (const p of pairs) {
          pair.run(
            storyId,
            p.versionId,
            p.baseVersionId,
            p.creditDropped,
            p.endingTrimmed,
            p.quotesAltered,
            p.quotesDropped,
            p.sourcesAdded,
            p.sourcesDropped,
            p.similarity,
          );
        }
      })
      .immediate();
  }

  /** Drops summaries of stories that have fewer than two versions now. */
  dropUncomparable(): number {
    return this.db
      .prepare(
        `DELETE FROM outlet_story_summaries WHERE story_id NOT IN
         (SELECT story_id FROM versions GROUP BY story_id HAVING count(*) >= 2)`,
      )
      .run().changes;
  }

  /**
   * Every stored reprint with its outlet and story. Summaries of stories changed since are in
   * it too: the caller leaves those out (backend/outlets/refresh.ts knows which are stale).
   */
  rows(): PairSummaryRow[] {
    return this.db
      .prepare(
        `SELECT p.story_id AS storyId, s.title AS storyTitle, p.version_id AS versionId,
           v.number AS version, v.outlet, b.number AS baseVersion, ${MEASURE_COLUMNS}
         FROM outlet_pair_summaries p
         JOIN stories s ON s.id = p.story_id
         JOIN versions v ON v.id = p.version_id
         JOIN versions b ON b.id = p.base_version_id
         ORDER BY s.title COLLATE NOCASE, p.story_id, v.number`,
      )
      .all() as PairSummaryRow[];
  }
}
