// The story list, paged and sorted in SQL (issue 12, item 4). A library of 100,000 stories was
// sent whole to the sidebar (2.2 MB of JSON for 10,000) and sorted there; now the sidebar asks
// for one page at a time in the order the person chose, and each order is an index made by
// migrations/0010-library-scale.ts, so a page is a walk of that index.
//
// Pages are by offset rather than by key: the sidebar is a virtual list whose scrollbar can be
// dragged to any point, which asks for "rows 48,000 to 48,100"; OFFSET walks the index to it
// (a few ms at 100,000 rows), where a key-set page could only continue from a row it knows.
import type { Database as Db } from 'better-sqlite3';
import { STORY_COLUMNS, type StoryRow } from './rows';
import { stmt } from './statements';

/** The orders the story list offers. */
export type StorySort = 'updated' | 'title' | 'versions';

/** SQL function that folds a title for sorting (registered by openDatabase). */
export const TITLE_KEY_FUNCTION = 'retold_title_key';

/** Each order's ORDER BY, with the tie-breaks that make it total (newest update, newest story). */
export const ORDER_BY: Record<StorySort, string> = {
  updated: 's.updated_at DESC, s.id DESC',
  title: 's.title_key, s.updated_at DESC, s.id DESC',
  versions: 's.version_count DESC, s.updated_at DESC, s.id DESC',
};

/** Digits a number is padded to in a title key, so "Story 10" sorts after "Story 9". */
const NUMBER_WIDTH = 12;

/**
 * A title folded for sorting: accents and case ignored, runs of digits padded so they compare
 * as numbers. It stands in for the `Intl.Collator(…, { sensitivity: 'base', numeric: true })`
 * the sidebar sorted with, which SQLite cannot call.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0'));
}

/** Registers `retold_title_key(text)` on a connection, unless it has it already. */
export function registerTitleKey(db: Db): void {
  try {
    db.prepare(`SELECT ${TITLE_KEY_FUNCTION}('')`);
    return;
  } catch {
    db.function(TITLE_KEY_FUNCTION, { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? titleKey(value) : '',
    );
  }
}

/** What a page request asks for; no `limit` means every story from `offset` on. */
export interface StoryPageQuery {
  sort?: StorySort;
  offset?: number;
  limit?: number;
}

/** One page of the list, with what the sidebar shows about the whole library. */
export interface StoryPage {
  stories: StoryRow[];
  /** Stories in the library. */
  total: number;
  /** The most recently updated story (opened when the address names none), or null. */
  newestId: number | null;
  /** Whether any story has two versions or more (something to compare and export). */
  anyComparable: boolean;
}

/** A page of stories in `sort` order. */
export function listStoryPage(db: Db, q: StoryPageQuery = {}): StoryPage {
  const order = ORDER_BY[q.sort ?? 'updated'];
  const sql = `SELECT ${STORY_COLUMNS} FROM stories s ORDER BY ${order} LIMIT ? OFFSET ?`;
  const stories = stmt(db, sql).all(q.limit ?? -1, q.offset ?? 0) as StoryRow[];
  const total = (stmt(db, 'SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  const newest = stmt(
    db,
    `SELECT s.id FROM stories s ORDER BY ${ORDER_BY.updated} LIMIT 1`,
  ).get() as { id: number } | undefined;
  const comparable = stmt(
    db,
    'SELECT EXISTS (SELECT 1 FROM stories WHERE version_count >= 2) AS yes',
  ).get() as { yes: number };
  return { stories, total, newestId: newest?.id ?? null, anyComparable: comparable.yes === 1 };
}
