// Keeps the outlets view's per-story summaries (db/outlet-summaries.ts) in step with the
// library. A story's summary key is its comparison's cache key (the versions' hashes and dates,
// the base choice, the engine version and options: backend/export/story-comparison.ts) plus the
// ids of its corrections, which change what a finding is; a story whose stored key differs is
// stale. Checking every key reads no text (one query of hashes), so it costs little even on a
// big library; only stale stories are compared, through the comparison cache, so a story
// already compared in the app or by `retold export` costs a cache read. Work is done a slice at
// a time (`budgetMs`) so the backend keeps answering while a big library is summarised.
import type { Library, VersionKeyRow } from '../../db';
import { applyCorrections } from '../../engine/index';
import { compareStory, storyComparisonKey } from '../export/story-comparison';
import { storyPairSummaries } from './measures';

/** Tuning of the refresh. */
export const OUTLET_REFRESH = {
  /** Default time one `outlets.refresh` call may spend comparing before it answers. */
  budgetMs: 400,
  /** A call compares for at least this many times as long as its staleness check took. */
  checkShare: 3,
} as const;

/** Every comparable story's current summary key, and whether its stored one matches. */
export interface SummaryState {
  current: Map<number, string>;
  stale: number[];
}

/** Current keys of every story with two versions or more, and which are stale. */
export function summaryState(library: Library): SummaryState {
  const store = library.outlets;
  const bases = store.baseChoices();
  const corrections = store.correctionIds();
  const stored = store.storedKeys();
  const byStory = new Map<number, VersionKeyRow[]>();
  for (const v of store.versionsOfComparableStories()) {
    const list = byStory.get(v.storyId);
    if (list) list.push(v);
    else byStory.set(v.storyId, [v]);
  }
  const current = new Map<number, string>();
  const stale: number[] = [];
  for (const [storyId, versions] of byStory) {
    const { key } = storyComparisonKey(versions, bases.get(storyId) ?? null);
    const full = `${key}|c:${(corrections.get(storyId) ?? []).join(',')}`;
    current.set(storyId, full);
    if (stored.get(storyId) !== full) stale.push(storyId);
  }
  return { current, stale };
}

/** Compares one story (cache first), applies its corrections and stores its reprints. */
export function summariseStory(library: Library, storyId: number, key: string): void {
  const sc = compareStory(library, storyId);
  const ids = sc.versions.map((v) => v.id);
  const { comparison } = applyCorrections(sc.comparison, ids, library.corrections.list(storyId));
  library.outlets.replace(storyId, key, storyPairSummaries(comparison, ids));
}

/**
 * Summarises stale stories for about `budgetMs` (at least one story per call, so it always
 * advances); returns how many comparable stories there are and how many are still stale.
 */
export function refreshOutletSummaries(
  library: Library,
  budgetMs: number = OUTLET_REFRESH.budgetMs,
  now: () => number = Date.now,
): { total: number; pending: number } {
  const checkStart = now();
  library.outlets.dropUncomparable();
  const { current, stale } = summaryState(library);
  const start = now();
  // On a big library the staleness check itself takes a while (it reads every version's hash):
  // compare for at least OUTLET_REFRESH.checkShare times as long, so most of each call is work.
  const budget = Math.max(budgetMs, OUTLET_REFRESH.checkShare * (start - checkStart));
  let done = 0;
  for (const storyId of stale) {
    if (done > 0 && now() - start >= budget) break;
    summariseStory(library, storyId, current.get(storyId) ?? '');
    done += 1;
  }
  return { total: current.size, pending: stale.length - done };
}

/** Summarises every stale story (the CLI, and a download that must be complete). */
export function refreshAll(library: Library): { total: number } {
  const { total } = refreshOutletSummaries(library, Number.POSITIVE_INFINITY);
  return { total };
}
