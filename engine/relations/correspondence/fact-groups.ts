// The "same facts, independent wording" rows of a pair (issue 13), as every view and export
// counts them: which unlinked base and version paragraphs stand side by side. Read from the
// pair's correspondences, after the comparison (and after any correction of its links), so it
// is not part of compare()'s output; it lives here so the app, the reports and the CLI group
// and count them one way.
//
// The engine lists correspondences pair by pair, and one paragraph may correspond to several
// (a version paragraph that sums up two of the base's). A row is one paragraph on each side,
// taken strongest first so each paragraph stands in one row; a further correspondence joins a
// row when its other paragraph is the neighbour of one already there (base ¶8–9 both report
// what the version's ¶3 does), so the row still reads as one passage of each text. The rest
// stay dropped and added paragraphs.

import type { Correspondence, Pair } from '../../types.js';

/** A "same facts" row: base and version paragraphs, each in its text's order. */
export interface FactGroup {
  base: number[];
  version: number[];
  /** The engine's correspondences the row stands for, strongest first. */
  items: Correspondence[];
}

const byScore = (a: Correspondence, b: Correspondence): number =>
  b.score - a.score || a.base - b.base || a.version - b.version;

const next = (list: number[], x: number): boolean =>
  list.some((y) => Math.abs(y - x) === 1) && !list.includes(x);

/** Groups a pair's correspondences into rows (see the header), in base order. */
export function factGroups(pair: Pair): FactGroup[] {
  const groups: FactGroup[] = [];
  const usedBase = new Map<number, FactGroup>();
  const usedVersion = new Map<number, FactGroup>();
  const sorted = [...(pair.correspondences ?? [])].sort(byScore);
  for (const k of sorted) {
    const gb = usedBase.get(k.base);
    const gv = usedVersion.get(k.version);
    if (!gb && !gv) {
      const g = { base: [k.base], version: [k.version], items: [k] };
      groups.push(g);
      usedBase.set(k.base, g);
      usedVersion.set(k.version, g);
    } else if (gv && !gb && gv.version.length === 1 && next(gv.base, k.base)) {
      gv.base.push(k.base);
      gv.items.push(k);
      usedBase.set(k.base, gv);
    } else if (gb && !gv && gb.base.length === 1 && next(gb.version, k.version)) {
      gb.version.push(k.version);
      gb.items.push(k);
      usedVersion.set(k.version, gb);
    }
  }
  for (const g of groups) {
    g.base.sort((a, b) => a - b);
    g.version.sort((a, b) => a - b);
  }
  return groups.sort((a, b) => (a.base[0] ?? 0) - (b.base[0] ?? 0));
}

/**
 * Base block → its "same facts" group, for groups whose paragraphs no link holds (a correction
 * that links one of them makes the row moot): the base paragraphs shown in a "same facts" row.
 */
export function groupsByBase(pair: Pair, groups: FactGroup[]): Map<number, FactGroup> {
  const linkedBase = new Set(pair.links.flatMap((l) => l.base));
  const linkedVersion = new Set(pair.links.flatMap((l) => l.version));
  const out = new Map<number, FactGroup>();
  for (const g of groups) {
    if (g.base.some((b) => linkedBase.has(b)) || g.version.some((v) => linkedVersion.has(v)))
      continue;
    g.base.forEach((b) => out.set(b, g));
  }
  return out;
}

/** A pair's paragraph counts as the views give them (see paragraphCounts). */
export interface ParagraphCounts {
  kept: number;
  reworded: number;
  moved: number;
  /** Base paragraphs in no link and in no "same facts" row. */
  dropped: number;
  /** Version paragraphs in no link and in no "same facts" row. */
  added: number;
  /** Base paragraphs in "same facts" rows (the engine lists them among `droppedBlocks`). */
  sameFacts: number;
  /** The rows themselves: passages that report the same facts in independent wording. */
  sameFactsRows: number;
}

/**
 * The pair's paragraphs by what became of them, as the pair view, the matrix, the overview,
 * the reports and the CLI count them: base paragraphs kept (verbatim), reworded, moved,
 * dropped or in a "same facts" row, and version paragraphs added. The engine's
 * `droppedBlocks` and `addedBlocks` hold every unlinked paragraph; those of a "same facts" row
 * are counted there, not as dropped and added.
 */
export function paragraphCounts(pair: Pair): ParagraphCounts {
  let kept = 0;
  let reworded = 0;
  let moved = 0;
  for (const l of pair.links) {
    if (l.moved) moved += l.base.length;
    else if (l.relation === 'verbatim') kept += l.base.length;
    else reworded += l.base.length;
  }
  const byBase = groupsByBase(pair, factGroups(pair));
  const rows = new Set(byBase.values());
  const rowVersions = new Set([...rows].flatMap((g) => g.version));
  const sameFacts = pair.droppedBlocks.filter((b) => byBase.has(b)).length;
  return {
    kept,
    reworded,
    moved,
    dropped: pair.droppedBlocks.length - sameFacts,
    added: pair.addedBlocks.filter((v) => !rowVersions.has(v)).length,
    sameFacts,
    sameFactsRows: rows.size,
  };
}
