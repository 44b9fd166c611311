// Headline pairing. Outlets rewrite headlines far more than body text ("Coach K staying:
// Krzyzewski shuns Lakers" becomes "Coach K to stay at Duke"), so a reprint's headline rarely
// reaches the sentence thresholds of the alignment, yet an analyst reads it as the same
// headline, reworded. When the version derives from the base, a base title and a version
// title that are both left unlinked correspond when they share a good part of the shorter
// one's content words; the word diff of the link then shows the rewording.

import type { BlockLink } from './align.js';
import type { Prepared } from '../text/prepare.js';

/** Thresholds of headline pairing. */
export const TITLES = {
  /**
   * Share of the shorter headline's content words the two must share. Two headlines on one
   * event share its names ("ferry", "South Korea") by necessity; a reworded headline keeps
   * more ("Coach K … Duke": 3 of 4). Ranking by share also prefers a kicker that repeats
   * the base headline's opening ("TRUMPETED ARRIVAL") to a new headline under it.
   */
  minShare: 0.4,
} as const;

/** Content-word keys of the sentences of block `block`. */
function contentOf(p: Prepared, block: number): Set<string> {
  const out = new Set<string>();
  for (const s of p.sentences) {
    if (s.block === block) for (const k of s.content.keys()) out.add(k);
  }
  return out;
}

/** Title blocks of `p`, in order. */
function titles(p: Prepared): number[] {
  const out: number[] = [];
  p.blocks.forEach((b, i) => {
    if (b.kind === 'title') out.push(i);
  });
  return out;
}

/**
 * Links unlinked base titles to unlinked version titles that share content words, greedily
 * by the share of the shorter title's words they share (ties: earlier blocks first), one to
 * one. Call it only for
 * versions derived from the base: independent reports share the event's names, not a headline.
 */
export function pairTitles(
  links: readonly BlockLink[],
  base: Prepared,
  ver: Prepared,
): BlockLink[] {
  const bAll = titles(base);
  const vAll = titles(ver);
  // most texts have one title or none: the linked blocks are gathered only when both have some
  if (bAll.length === 0 || vAll.length === 0) return [...links];
  const linkedB = new Set(links.flatMap((l) => l.base));
  const linkedV = new Set(links.flatMap((l) => l.version));
  const bTitles = bAll.filter((i) => !linkedB.has(i));
  const vTitles = vAll.filter((i) => !linkedV.has(i));
  if (bTitles.length === 0 || vTitles.length === 0) return [...links];
  const scored: Array<{ b: number; v: number; shared: number }> = [];
  for (const b of bTitles) {
    const bw = contentOf(base, b);
    for (const v of vTitles) {
      const vw = contentOf(ver, v);
      let n = 0;
      for (const k of vw) if (bw.has(k)) n += 1;
      const shared = n / Math.max(1, Math.min(bw.size, vw.size));
      if (n > 0 && shared >= TITLES.minShare) scored.push({ b, v, shared });
    }
  }
  scored.sort((x, y) => y.shared - x.shared || x.b - y.b || x.v - y.v);
  const out = [...links];
  const usedB = new Set<number>();
  const usedV = new Set<number>();
  for (const s of scored) {
    if (usedB.has(s.b) || usedV.has(s.v)) continue;
    usedB.add(s.b);
    usedV.add(s.v);
    out.push({ base: [s.b], version: [s.v], edges: [], moved: false });
  }
  return out.sort(
    (x, y) => (x.base[0] ?? 0) - (y.base[0] ?? 0) || (x.version[0] ?? 0) - (y.version[0] ?? 0),
  );
}
