// Accepting a story proposal: one write transaction that makes the proposal a story, so an
// accept either happens whole or not at all. The original's own one-version story becomes the
// story (renamed to the proposal's title): its notes, corrections and id stay with it, and the
// original keeps version #1. The others move in with Library.moveVersion (the same rules as
// "Move to story"), and the original becomes the story's base, since the proposal chose it by
// the same evidence the engine's base choice uses (earliest date, else containment).
import type { Database as Db } from 'better-sqlite3';
import type { Library } from './library';

/** What an accept did. */
export interface AcceptOutcome {
  storyId: number;
  moved: number;
  /** Emptied stories kept because they hold notes (on the story or on findings) or corrections. */
  keptStories: { id: number; title: string }[];
  /** Emptied stories deleted. */
  removedStories: number[];
}

/** True when the story has notes, notes on findings or corrections a delete would lose. */
function hasNotes(db: Db, storyId: number): boolean {
  const row = db
    .prepare(
      `SELECT (coalesce(trim(s.notes), '') <> ''
          OR EXISTS (SELECT 1 FROM finding_notes n WHERE n.story_id = s.id)
          OR EXISTS (SELECT 1 FROM corrections c WHERE c.story_id = s.id)) AS kept
       FROM stories s WHERE s.id = ?`,
    )
    .get(storyId) as { kept: number } | undefined;
  return row?.kept === 1;
}

/** Deletes a story that lost its only version unless it has notes; says which it did. */
export function dropEmptied(db: Db, storyId: number): 'kept' | 'deleted' | 'in use' {
  const left = db.prepare('SELECT count(*) AS n FROM versions WHERE story_id = ?').get(storyId) as {
    n: number;
  };
  if (left.n > 0) return 'in use';
  if (hasNotes(db, storyId)) return 'kept';
  db.prepare('DELETE FROM stories WHERE id = ?').run(storyId);
  return 'deleted';
}

/**
 * Accepts pending proposal `id` in one transaction (see the header). Stale members are cleaned
 * out first (unless `cleaned`: the caller just did, in the same transaction, as "accept all"
 * does once for all proposals); a proposal that no longer stands is refused with not_found and
 * nothing moves.
 */
export function acceptProposal(
  lib: Library,
  id: number,
  title?: string,
  cleaned = false,
): AcceptOutcome {
  return lib.transaction(() => {
    if (!cleaned) lib.proposals.clean();
    const p = lib.proposals.get(id);
    const original = p.members.find((m) => m.isOriginal);
    if (!original) throw new Error(`proposal ${id} has no original after cleaning`);
    const storyId = original.storyId;
    const wanted = (title ?? p.title).trim();
    if (wanted && wanted !== lib.getStory(storyId).title) lib.renameStory(storyId, wanted);
    const out: AcceptOutcome = { storyId, moved: 0, keptStories: [], removedStories: [] };
    for (const m of p.members) {
      if (m.isOriginal) continue;
      const from = lib.getStory(m.storyId);
      lib.moveVersion(m.versionId, storyId);
      out.moved += 1;
      const fate = dropEmptied(lib.db, from.id);
      if (fate === 'kept') out.keptStories.push({ id: from.id, title: from.title });
      if (fate === 'deleted') out.removedStories.push(from.id);
    }
    lib.updateStory(storyId, { baseVersionId: p.originalId });
    lib.proposals.remove(id);
    return out;
  });
}
