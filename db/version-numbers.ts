// Version numbers within a story (column made by migrations/0003-version-numbers.ts, which
// explains the rule). Library calls this inside its write transactions; it is separate only
// to keep library.ts small.
import type { Database as Db } from 'better-sqlite3';
import { stmt } from './statements';

/** Takes the next number of a story (never reused: the story remembers the last one given). */
export function takeNumber(db: Db, storyId: number): number {
  const row = stmt(
    db,
    `UPDATE stories SET last_version_number = last_version_number + 1 WHERE id = ?
     RETURNING last_version_number AS n`,
  ).get(storyId) as { n: number } | undefined;
  if (row === undefined) throw new Error(`story ${storyId} is missing`);
  return row.n;
}
