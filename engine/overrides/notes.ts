// Notes on findings, placed in the current comparison. A note is anchored to words of one
// version (anchor.ts) and names the kind of finding it was written on. Placed again after any
// recomputation, it is `attached` (its words and a finding of its kind were found), `text`
// (its words were found but the engine no longer reports such a finding there), or `detached`
// (its words are gone, or its version was deleted): the note and its words are kept either way.
import type { Comparison } from '../types.js';
import {
  findFinding,
  pairsOf,
  placeAnchor,
  type FindingKind,
  type FindingRef,
  type Placed,
  type VersionAnchor,
} from './locate.js';

/** A note as the library keeps it. */
export interface FindingNote {
  id: number;
  kind: FindingKind;
  anchor: VersionAnchor;
  /** The pair's other library version when it was written (null: any pair of its version). */
  otherVersionId: number | null;
  body: string;
}

/** Where a note is in this comparison. */
export interface PlacedNote {
  id: number;
  status: 'attached' | 'text' | 'detached';
  /** Where its words are now (absent when detached). */
  at?: Placed;
  /** The findings it is on: one per pair that shows it (empty unless attached). */
  findings: FindingRef[];
}

/**
 * Places every note in the comparison. `ids[i]` is the library id of `c.versions[i]`. Pure and
 * deterministic; a note is never dropped from the result.
 */
export function placeNotes(
  c: Comparison,
  ids: readonly number[],
  notes: readonly FindingNote[],
): PlacedNote[] {
  return notes.map((n) => {
    const at = placeAnchor(c, ids, n.anchor);
    const atId = at ? ids[at.index] : undefined;
    if (!at || atId === undefined) return { id: n.id, status: 'detached', findings: [] };
    const pairs = pairsOf(c, ids, atId, n.otherVersionId);
    // Written on one pair, a note is shown there; if that pair is gone (another base was
    // chosen), on every pair that holds its version.
    const tried = pairs.length > 0 ? pairs : pairsOf(c, ids, atId, null);
    const findings = tried.flatMap((pi) => findFinding(c, pi, n.kind, at) ?? []);
    return { id: n.id, status: findings.length > 0 ? 'attached' : 'text', at, findings };
  });
}
