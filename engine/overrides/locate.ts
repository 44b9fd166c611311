// Finding anchors and findings in a comparison. An anchor belongs to a library version; the
// comparison knows versions by content hash and position, so the caller passes the library id
// of each position (`ids[i]` is the library id of `c.versions[i]`). A version deleted since
// (versionId null) may still be found by its content hash, if the same text is in the story.
// A finding is then the entry of the wanted kind whose span on that side overlaps the anchored
// words most: after the engine's rules change, offsets of findings move but the words do not.
import type { Comparison, Pair } from '../types.js';
import { reanchor, type AnchorMatch, type TextAnchor } from './anchor.js';

/** What a note or a correction can be about. */
export type FindingKind = 'paragraph' | 'word change' | 'attribution' | 'quote';

/** An anchor with the library version it was written on (null once that version is deleted). */
export interface VersionAnchor extends TextAnchor {
  versionId: number | null;
}

/** An anchor found in a comparison: which version (position), where, and how. */
export interface Placed {
  index: number;
  start: number;
  end: number;
  how: AnchorMatch;
}

/** A finding of one pair: its kind, which side the anchor is on, and where it is listed. */
export interface FindingRef {
  pair: number;
  kind: FindingKind;
  side: 'base' | 'version';
  /** attributions[i] / quotes[i]; for a paragraph or word change, the link (or -1: unlinked). */
  index: number;
  /** A word change's index in its link's changes; a paragraph's block on `side`. */
  sub: number;
}

/** Finds an anchor again in the comparison's texts, or returns null (detached). */
export function placeAnchor(
  c: Comparison,
  ids: readonly number[],
  a: VersionAnchor,
): Placed | null {
  let index = a.versionId === null ? -1 : ids.indexOf(a.versionId);
  if (index < 0) index = c.versions.findIndex((v) => v.id === a.hash);
  const v = c.versions[index];
  if (!v) return null;
  const found = reanchor(a, v.text, v.id);
  return found ? { index, ...found } : null;
}

const overlap = (s: number, e: number, p: Placed): number =>
  Math.max(0, Math.min(e, p.end) - Math.max(s, p.start));

type Span = { start: number; end: number } | null | undefined;
type Candidate = { index: number; sub: number; span: [number, number] };

function candidates(c: Comparison, pair: Pair, kind: FindingKind, side: 'base' | 'version') {
  const out: Candidate[] = [];
  const push = (index: number, sub: number, s: Span) => {
    if (s) out.push({ index, sub, span: [s.start, s.end] });
  };
  if (kind === 'attribution') pair.attributions.forEach((e, i) => push(i, 0, e[side]));
  if (kind === 'quote') pair.quotes.forEach((e, i) => push(i, 0, e[side]));
  if (kind === 'word change') {
    pair.links.forEach((l, i) =>
      l.changes.forEach((ch, j) => {
        const r = ch[side];
        if (r) push(i, j, { start: r[0], end: r[1] });
      }),
    );
  }
  if (kind === 'paragraph') {
    const blocks = c.versions[side === 'base' ? c.base : pair.version]?.blocks ?? [];
    blocks.forEach((b, bi) => {
      const link = pair.links.findIndex((l) => l[side].includes(bi));
      push(link, bi, b);
    });
  }
  return out;
}

/**
 * The finding of `kind` in pair `pairIndex` that the placed anchor points at: the one whose
 * span on the anchor's side overlaps it most (ties: the first). Null when the anchor's version
 * is not in the pair or nothing of that kind overlaps it.
 */
export function findFinding(
  c: Comparison,
  pairIndex: number,
  kind: FindingKind,
  at: Placed,
): FindingRef | null {
  const pair = c.pairs[pairIndex];
  if (!pair) return null;
  const side = at.index === c.base ? 'base' : at.index === pair.version ? 'version' : null;
  if (!side) return null;
  let best: Candidate | null = null;
  let bestOverlap = 0;
  // An empty span (an insertion point) overlaps nothing; count touching it as one character.
  for (const cand of candidates(c, pair, kind, side)) {
    const [s, e] = cand.span;
    const o = s === e ? (s >= at.start && s <= at.end ? 1 : 0) : overlap(s, e, at);
    if (o > bestOverlap) {
      best = cand;
      bestOverlap = o;
    }
  }
  return best ? { pair: pairIndex, kind, side, index: best.index, sub: best.sub } : null;
}

/**
 * The pairs a finding between library versions `a` and `b` can be in: the pair whose base and
 * version are those two (either way round). With `b` null, every pair holding `a`.
 */
export function pairsOf(
  c: Comparison,
  ids: readonly number[],
  a: number,
  b: number | null,
): number[] {
  const baseId = ids[c.base];
  return c.pairs.flatMap((p, i) => {
    const pid = ids[p.version];
    const has = (x: number) => x === baseId || x === pid;
    return has(a) && (b === null || (has(b) && a !== b)) ? [i] : [];
  });
}
