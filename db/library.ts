import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../contract/errors';
import { contentHash } from './hash';
import { openDatabase, type OpenNotes, type OpenOptions } from './open';
import { checkDatabase, type CheckResult } from './integrity';
import { LATEST_SCHEMA_VERSION } from './migrations';
import {
  STORY_COLUMNS,
  VERSION_COLUMNS,
  type SearchHitRow,
  type StoryRow,
  type VersionRow,
  type VersionSummaryRow,
} from './rows';
import { searchVersions } from './search';
import { NoteStore } from './notes';
import { CorrectionStore } from './corrections';
import { ProposalStore } from './proposals';
import { OutletSummaryStore } from './outlet-summaries';
import * as cache from './comparison-cache';
import * as settings from './settings';
import { fetchEvidenceOf, fetchedBytesOf, type FetchEvidenceSummary } from './fetch-evidence';
import { takeNumber } from './version-numbers';
import { insertVersionRow, type NewVersion, type VersionMeta } from './version-insert';
import { forgetBands } from './minhash';
import { rebuiltRaw } from './raw-bytes';
import { stmt } from './statements';
import { listStoryPage, type StoryPage, type StoryPageQuery } from './story-list';

export type { NewVersion, VersionMeta } from './version-insert';

/** Result of writing a version: new, or the same text was already in the story. */
export interface InsertResult {
  outcome: 'imported' | 'duplicate';
  version: VersionSummaryRow;
}

const META_FIELDS = ['outlet', 'url', 'title', 'byline', 'published'] as const;

/**
 * The Retold library: the only place with SQL. Every write is one transaction, so a failure
 * leaves nothing half-written.
 */
export class Library {
  readonly db: Db;
  readonly file: string;
  /** What happened while opening: the quick check, backups taken or skipped. */
  readonly openNotes: OpenNotes;
  /** Notes on findings (db/notes.ts). */
  readonly notes: NoteStore;
  /** Corrections of findings (db/corrections.ts). */
  readonly corrections: CorrectionStore;
  /** Pending story proposals of "Group unsorted articles" and passim (db/proposals.ts). */
  readonly proposals: ProposalStore;
  /** Per-reprint summaries behind the outlets view (db/outlet-summaries.ts). */
  readonly outlets: OutletSummaryStore;

  constructor(file: string, options: OpenOptions = {}) {
    this.file = file;
    const opened = openDatabase(file, options);
    this.db = opened.db;
    this.openNotes = opened.notes;
    this.notes = new NoteStore(this.db);
    this.corrections = new CorrectionStore(this.db);
    this.proposals = new ProposalStore(this.db);
    this.outlets = new OutletSummaryStore(this.db);
  }

  /** Checks the open library: the quick check, or the full integrity check with `full`. */
  check(full: boolean): CheckResult {
    return checkDatabase(this.db, full);
  }

  /** The schema version of the open library. */
  get schemaVersion(): number {
    return LATEST_SCHEMA_VERSION;
  }

  /** Closes the database (checkpointing the WAL). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Runs `fn` in one write transaction. IMMEDIATE takes the write lock at the start, waiting up
   * to the busy timeout for another writer. A deferred transaction would start as a reader and
   * upgrade at its first write, and SQLite refuses that upgrade at once ("database is locked",
   * no waiting) when another process wrote in between: 10% of writes failed that way with two
   * writers (issue 9). Nested calls become savepoints of the outer transaction.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** All stories, most recently changed first. */
  listStories(): StoryRow[] {
    return listStoryPage(this.db).stories;
  }

  /** One page of the story list in a chosen order, with the count (db/story-list.ts). */
  listStoryPage(query: StoryPageQuery): StoryPage {
    return listStoryPage(this.db, query);
  }

  /** One story; throws not_found. */
  getStory(id: number): StoryRow {
    const row = stmt(this.db, `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`).get(id);
    if (!row) throw new AppError('not_found', `There is no story #${id} in the library.`);
    return row as StoryRow;
  }

  /** The versions of a story, by published date (unknown last), then number (import order). */
  listVersions(storyId: number): VersionSummaryRow[] {
    this.getStory(storyId);
    return this.db
      .prepare(
        `SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.story_id = ?
         ORDER BY v.published IS NULL, v.published, v.number`,
      )
      .all(storyId) as VersionSummaryRow[];
  }

  /** Creates a story. */
  createStory(title: string, notes: string | null = null): StoryRow {
    const now = new Date().toISOString();
    const info = stmt(
      this.db,
      'INSERT INTO stories (title, notes, created_at, updated_at) VALUES (?, ?, ?, ?)',
    ).run(title.trim(), notes, now, now);
    return this.getStory(Number(info.lastInsertRowid));
  }

  /** Returns the story with exactly this title (case-insensitive), or null. */
  findStoryByTitle(title: string): StoryRow | null {
    const row = stmt(
      this.db,
      `SELECT ${STORY_COLUMNS} FROM stories s WHERE lower(s.title) = lower(?) ORDER BY s.id LIMIT 1`,
    ).get(title.trim());
    return (row as StoryRow | undefined) ?? null;
  }

  /** Renames a story. */
  renameStory(id: number, title: string): StoryRow {
    this.getStory(id);
    this.db
      .prepare('UPDATE stories SET title = ?, updated_at = ? WHERE id = ?')
      .run(title.trim(), new Date().toISOString(), id);
    return this.getStory(id);
  }

  /** Updates a story's notes and/or chosen base version. */
  updateStory(
    id: number,
    patch: { notes?: string | null; baseVersionId?: number | null },
  ): StoryRow {
    return this.transaction(() => {
      this.getStory(id);
      if (patch.baseVersionId != null) {
        const v = this.getVersionSummary(patch.baseVersionId);
        if (v.storyId !== id) {
          throw new AppError('bad_input', `Version #${v.id} does not belong to story #${id}.`);
        }
      }
      const now = new Date().toISOString();
      if (patch.notes !== undefined) {
        this.db
          .prepare('UPDATE stories SET notes = ?, updated_at = ? WHERE id = ?')
          .run(patch.notes, now, id);
      }
      if (patch.baseVersionId !== undefined) {
        this.db
          .prepare('UPDATE stories SET base_version_id = ?, updated_at = ? WHERE id = ?')
          .run(patch.baseVersionId, now, id);
      }
      return this.getStory(id);
    });
  }

  /** Deletes a story and its versions. */
  deleteStory(id: number): void {
    this.transaction(() => {
      this.getStory(id);
      const versions = stmt(this.db, 'SELECT id FROM versions WHERE story_id = ?')
        .pluck()
        .all(id) as number[];
      forgetBands(this.db, versions);
      this.db.prepare('DELETE FROM stories WHERE id = ?').run(id);
      this.pruneComparisonCache();
    });
  }

  /** A version without its text; throws not_found. */
  getVersionSummary(id: number): VersionSummaryRow {
    const row = stmt(this.db, `SELECT ${VERSION_COLUMNS} FROM versions v WHERE v.id = ?`).get(id);
    if (!row) throw new AppError('not_found', `There is no version #${id} in the library.`);
    return row as VersionSummaryRow;
  }

  /** A version with its text; throws not_found. */
  getVersion(id: number): VersionRow {
    const row = this.db
      .prepare(`SELECT ${VERSION_COLUMNS}, v.text FROM versions v WHERE v.id = ?`)
      .get(id);
    if (!row) throw new AppError('not_found', `There is no version #${id} in the library.`);
    return row as VersionRow;
  }

  /** The bytes of a version exactly as imported (rebuilt when kept as its text: raw-bytes.ts). */
  getRawBytes(id: number): Buffer {
    const row = this.db
      .prepare('SELECT raw_bytes AS b, raw_form AS form, text FROM versions WHERE id = ?')
      .get(id) as { b: Buffer; form: string; text: string } | undefined;
    if (!row) throw new AppError('not_found', `There is no version #${id} in the library.`);
    // No bytes kept here: a fetched page's are in its evidence (db/fetch-evidence.ts).
    const fetched = row.form === 'bytes' && row.b.length === 0 ? fetchedBytesOf(this.db, id) : null;
    return fetched ?? rebuiltRaw(row.form, row.b, row.text);
  }

  /** How a version was fetched from the web (URL import), or null. */
  getFetchEvidence(id: number): FetchEvidenceSummary | null {
    return fetchEvidenceOf(this.db, id);
  }

  /**
   * Writes a version (and its full-text index entry, by trigger) in one transaction. When the
   * story already holds the same text (by content hash) nothing is written and the existing
   * version is returned with outcome 'duplicate'.
   */
  insertVersion(input: NewVersion): InsertResult {
    const hash = contentHash(input.text);
    return this.transaction(() => {
      this.getStory(input.storyId);
      const existing = stmt(
        this.db,
        'SELECT id FROM versions WHERE story_id = ? AND content_hash = ?',
      ).get(input.storyId, hash) as { id: number } | undefined;
      if (existing) return { outcome: 'duplicate', version: this.getVersionSummary(existing.id) };
      const now = new Date().toISOString();
      const id = insertVersionRow(this.db, input, hash, now);
      this.touchStory(input.storyId, now);
      return { outcome: 'imported', version: this.getVersionSummary(id) };
    });
  }

  /** Edits a version's metadata (the text is immutable evidence and never edited). */
  updateVersion(id: number, meta: VersionMeta): VersionSummaryRow {
    return this.transaction(() => {
      const v = this.getVersionSummary(id);
      const fields = META_FIELDS.filter((f) => meta[f] !== undefined);
      if (fields.length > 0) {
        const sets = fields.map((f) => `${f} = ?`).join(', ');
        this.db
          .prepare(`UPDATE versions SET ${sets} WHERE id = ?`)
          .run(...fields.map((f) => meta[f] ?? null), id);
        this.touchStory(v.storyId);
      }
      return this.getVersionSummary(id);
    });
  }

  /** Moves a version to another story; refuses when that story already has the same text. */
  moveVersion(id: number, storyId: number): VersionSummaryRow {
    return this.transaction(() => {
      const v = this.getVersionSummary(id);
      const target = this.getStory(storyId);
      if (v.storyId === storyId) return v;
      const clash = this.db
        .prepare('SELECT id FROM versions WHERE story_id = ? AND content_hash = ?')
        .get(storyId, v.contentHash) as { id: number } | undefined;
      if (clash) {
        throw new AppError(
          'bad_input',
          `“${target.title}” already has this text (version #${clash.id}); nothing was moved.`,
        );
      }
      this.db
        .prepare('UPDATE versions SET story_id = ?, number = ? WHERE id = ?')
        .run(storyId, takeNumber(this.db, storyId), id);
      this.db
        .prepare('UPDATE stories SET base_version_id = NULL WHERE id = ? AND base_version_id = ?')
        .run(v.storyId, id);
      this.touchStory(v.storyId);
      this.touchStory(storyId);
      return this.getVersionSummary(id);
    });
  }

  /** Deletes a version (its index entry goes with it, by trigger). */
  deleteVersion(id: number): void {
    this.transaction(() => {
      const v = this.getVersionSummary(id);
      forgetBands(this.db, [id]);
      this.db.prepare('DELETE FROM versions WHERE id = ?').run(id);
      this.touchStory(v.storyId);
      this.pruneComparisonCache();
    });
  }

  /**
   * Full-text search over title, outlet and text (see db/search.ts): every word must match, the
   * last as a prefix; snippets mark matches with MARK_START and MARK_END.
   */
  search(q: string, limit = 50): SearchHitRow[] {
    return searchVersions(this.db, q, limit);
  }

  /** A cached comparison (its JSON text) by cache key, or null. */
  getCachedComparison(key: string): string | null {
    return cache.get(this.db, key);
  }

  /** Stores a comparison's JSON under its key; `contentHashes` are its versions', for pruning. */
  putCachedComparison(key: string, contentHashes: readonly string[], json: string): void {
    cache.put(this.db, key, contentHashes, json);
  }

  /** Deletes cached comparisons of versions no longer in the library; returns how many. */
  pruneComparisonCache(): number {
    return cache.prune(this.db);
  }

  /** A library-wide setting (e.g. whether the demo story was offered), or null. */
  getSetting(key: string): string | null {
    return settings.get(this.db, key);
  }

  /** Stores a library-wide setting. */
  setSetting(key: string, value: string): void {
    settings.set(this.db, key, value);
  }

  /** Removes a library-wide setting, so its default applies. */
  deleteSetting(key: string): void {
    settings.remove(this.db, key);
  }

  /** Count of all stories, for the first-start check. */
  countStories(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  }

  private touchStory(id: number, now = new Date().toISOString()): void {
    stmt(this.db, 'UPDATE stories SET updated_at = ? WHERE id = ?').run(now, id);
  }
}

/** Opens the library at `file` (see openDatabase for the errors). */
export function openLibrary(file: string, options: OpenOptions = {}): Library {
  return new Library(file, options);
}
