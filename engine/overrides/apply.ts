// Corrections: the analyst's overrides on top of the engine's output, applied by one pure
// function before anything is shown or exported. The engine's result is never edited in the
// cache; each correction is anchored to words (anchor.ts), found again in whatever comparison
// is current, and applied to the pair between its two versions. One that cannot be found is
// reported `detached` with its words and changes nothing. Counts in `stats` and the derivation
// stay the engine's (they summarise word evidence that a correction does not change).
import type { AttributionEntry, Comparison, Link, Pair } from '../types.js';
import { findFinding, pairsOf, placeAnchor, type Placed, type VersionAnchor } from './locate.js';

/** What a correction does. */
export type CorrectionKind =
  'not-attribution' | 'attribution-status' | 'add-attribution' | 'link' | 'unlink';

/** One stored correction, as the library keeps it. */
export interface Correction {
  id: number;
  kind: CorrectionKind;
  /** The new status (attribution-status) or the added attribution's (add-attribution). */
  status: AttributionEntry['status'] | null;
  /** The words it is about: an attribution, or for link/unlink the base-side paragraph. */
  anchor: VersionAnchor;
  /** For link/unlink, the other paragraph; otherwise null. */
  other: VersionAnchor | null;
  /** The pair's other library version (the correction applies to that pair only). */
  otherVersionId: number | null;
}

/** What became of one correction in this comparison. */
export interface CorrectionOutcome {
  id: number;
  kind: CorrectionKind;
  /**
   * applied; `inactive`: its words are there but its pair is not compared now (another base
   * was chosen), so it waits; `detached`: its words are gone (or no longer fit): it changes
   * nothing and is kept with its words.
   */
  status: 'applied' | 'inactive' | 'detached';
  /** The pair it was applied in. */
  pair?: number;
  /** The engine's entry it replaced or removed (attribution corrections). */
  was?: AttributionEntry;
  /** The entry as corrected (absent for a removal). */
  entry?: AttributionEntry;
  /** The link made or dissolved (link/unlink). */
  link?: Link;
}

/** The comparison with every correction applied, and what became of each. */
export interface Corrected {
  comparison: Comparison;
  outcomes: CorrectionOutcome[];
}

function fixStatus(e: AttributionEntry, status: AttributionEntry['status']): AttributionEntry {
  // An added source has no base side and a dropped one no version side: the side that
  // contradicts the new status goes (the outcome keeps the engine's entry as `was`).
  const { change: _minor, ...rest } = e;
  return {
    ...rest,
    status,
    base: status === 'added' ? null : e.base,
    version: status === 'dropped' ? null : e.version,
  };
}

function attributionFix(
  c: Comparison,
  pi: number,
  k: Correction,
  at: Placed,
): CorrectionOutcome | null {
  const pair = c.pairs[pi] as Pair;
  const side = at.index === c.base ? 'base' : 'version';
  if (k.kind === 'add-attribution') {
    const text = c.versions[at.index]?.text.slice(at.start, at.end) ?? '';
    const span = { start: at.start, end: at.end, text, source: null, cue: null };
    const entry: AttributionEntry = {
      status: k.status ?? (side === 'base' ? 'dropped' : 'added'),
      kind: 'other',
      base: side === 'base' ? span : null,
      version: side === 'version' ? span : null,
    };
    pair.attributions = [...pair.attributions, entry];
    return { id: k.id, kind: k.kind, status: 'applied', pair: pi, entry };
  }
  const ref = findFinding(c, pi, 'attribution', at);
  const was = ref ? pair.attributions[ref.index] : undefined;
  if (!ref || !was) return null;
  if (k.kind === 'not-attribution') {
    pair.attributions = pair.attributions.filter((_, i) => i !== ref.index);
    return { id: k.id, kind: k.kind, status: 'applied', pair: pi, was };
  }
  const entry = fixStatus(was, k.status ?? was.status);
  pair.attributions = pair.attributions.map((e, i) => (i === ref.index ? entry : e));
  return { id: k.id, kind: k.kind, status: 'applied', pair: pi, was, entry };
}

/** Dissolves the links holding base block b or version block v; their blocks become unlinked. */
function dissolve(pair: Pair, b: number, v: number): Link[] {
  const gone = pair.links.filter((l) => l.base.includes(b) || l.version.includes(v));
  pair.links = pair.links.filter((l) => !gone.includes(l));
  const sorted = (xs: number[]) => [...new Set(xs)].sort((x, y) => x - y);
  pair.droppedBlocks = sorted([...pair.droppedBlocks, ...gone.flatMap((l) => l.base)]);
  pair.addedBlocks = sorted([...pair.addedBlocks, ...gone.flatMap((l) => l.version)]);
  return gone;
}

function linkFix(
  c: Comparison,
  pi: number,
  k: Correction,
  a: Placed,
  o: Placed,
): CorrectionOutcome | null {
  const pair = c.pairs[pi] as Pair;
  const [bp, vp] = a.index === c.base ? [a, o] : [o, a];
  if (bp.index !== c.base || vp.index !== pair.version) return null;
  const blockOf = (p: Placed) =>
    c.versions[p.index]?.blocks.findIndex((x) => p.start >= x.start && p.start < x.end) ?? -1;
  const b = blockOf(bp);
  const v = blockOf(vp);
  if (b < 0 || v < 0) return null;
  if (k.kind === 'unlink') {
    const held = pair.links.find((l) => l.base.includes(b) && l.version.includes(v));
    if (!held) return null;
    dissolve(pair, b, v);
    return { id: k.id, kind: k.kind, status: 'applied', pair: pi, link: held };
  }
  dissolve(pair, b, v);
  const [bt, vt] = [c.versions[c.base], c.versions[pair.version]].map((x, i) => {
    const blk = x?.blocks[i === 0 ? b : v];
    return blk ? x.text.slice(blk.start, blk.end) : '';
  });
  const link: Link = {
    base: [b],
    version: [v],
    relation: bt === vt ? 'verbatim' : 'reworded',
    moved: false,
    changes: [],
  };
  pair.links = [...pair.links, link].sort((x, y) => (x.version[0] ?? 0) - (y.version[0] ?? 0));
  pair.droppedBlocks = pair.droppedBlocks.filter((x) => x !== b);
  pair.addedBlocks = pair.addedBlocks.filter((x) => x !== v);
  return { id: k.id, kind: k.kind, status: 'applied', pair: pi, link };
}

function applyOne(c: Comparison, ids: readonly number[], k: Correction): CorrectionOutcome {
  const detached: CorrectionOutcome = { id: k.id, kind: k.kind, status: 'detached' };
  const at = placeAnchor(c, ids, k.anchor);
  const atId = at ? ids[at.index] : undefined;
  if (!at || atId === undefined) return detached;
  const isLink = k.kind === 'link' || k.kind === 'unlink';
  const other = isLink && k.other ? placeAnchor(c, ids, k.other) : null;
  if (isLink && !other) return detached;
  const otherId = other ? (ids[other.index] ?? null) : k.otherVersionId;
  const pairs = pairsOf(c, ids, atId, otherId);
  if (pairs.length === 0) return { ...detached, status: 'inactive' };
  for (const pi of pairs) {
    const done = other ? linkFix(c, pi, k, at, other) : attributionFix(c, pi, k, at);
    if (done) return done;
  }
  return detached;
}

/**
 * Applies corrections, in order, to a copy of the comparison (the input is not changed).
 * `ids[i]` is the library id of `c.versions[i]`. Deterministic; never throws on a correction
 * that no longer fits: it is reported `detached`.
 */
export function applyCorrections(
  c: Comparison,
  ids: readonly number[],
  corrections: readonly Correction[],
): Corrected {
  // Pairs are copied shallowly: applyOne replaces the arrays it changes, never edits them.
  const out: Comparison = { ...c, pairs: c.pairs.map((p) => ({ ...p })) };
  const outcomes = corrections.map((k) => applyOne(out, ids, k));
  return { comparison: out, outcomes };
}
