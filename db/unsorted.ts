// Unsorted articles (issue 12, item 3): versions alone in their story. Bulk import makes a
// one-version story for each article that names no story; grouping proposes stories for them.
import type { Database as Db } from 'better-sqlite3';
import { stmt } from './statements';

/** Ids of the versions alone in their story, ascending. */
export function unsortedVersionIds(db: Db): number[] {
  // one pass over the story index (versions_by_story), no per-story subquery
  return stmt(
    db,
    'SELECT min(id) AS id FROM versions GROUP BY story_id HAVING count(*) = 1 ORDER BY id',
  )
    .pluck()
    .all() as number[];
}
