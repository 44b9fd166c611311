// Global sentence alignment. (1) The heaviest chain of candidates that keeps the order of
// both texts (a weighted longest common subsequence over candidate pairs, O(P log P) with a
// Fenwick tree). (2) Strong candidates left out of the chain, between sentences long enough
// that a repeated short phrase cannot qualify, become moves: content that stands out of the
// base order. Inside the gaps of the chain, free near twins are paired in order (gap-fill.ts)
// and, when the version derives from the base, so are rewritten sentences (a summary, a spun
// copy) whose Dice is below the chain's bar but whose folded wording and phrasing agree
// (rewrites.ts). (3) Leftover sentences attach to an already matched partner when they bring
// content the partner's other matches do not cover, which models splits and merges (also a
// split whose second half adds material of its own), or when they repeat the partner nearly
// word for word (a standfirst repeating the lead, a caption repeating a body paragraph: one
// base paragraph may correspond to several version paragraphs). Two matched sentences are
// also joined when each carries content the other's partners lack: a clause moved into a
// sentence that is matched elsewhere.
// Links are then the connected components of the block graph these sentence edges draw.

import type { Prepared } from '../text/prepare.js';
import { attach, use, type Used } from './attach.js';
import type { Candidate, Weights } from './similarity.js';
import { fillGaps } from './gap-fill.js';
import { heaviestChain } from './chain.js';
import { pairRewrites } from './rewrites.js';

export { heaviestChain } from './chain.js';

/** A sentence correspondence; `moved` when it came from step (2) or attaches to a move. */
export interface Edge {
  b: number;
  v: number;
  shared: number;
  moved: boolean;
}

/** A group of base blocks and version blocks with the sentence edges between them. */
export interface BlockLink {
  base: number[];
  version: number[];
  edges: Edge[];
  moved: boolean;
}

/** Thresholds of steps (1) and (2); step (3) has its own, `ATTACH` in attach.ts. */
export const ALIGN = {
  /** Dice needed to stand in the ordered chain. */
  chainDice: 0.35,
  /** Dice needed for a move. */
  moveDice: 0.5,
  /** Words both sentences need before their correspondence can count as a move. */
  moveMinWords: 8,
} as const;

function moves(cands: readonly Candidate[], base: Prepared, ver: Prepared, used: Used): Edge[] {
  const out: Edge[] = [];
  const strong = cands
    .filter((c) => c.dice >= ALIGN.moveDice)
    .filter((c) => (base.sentences[c.b]?.words ?? 0) >= ALIGN.moveMinWords)
    .filter((c) => (ver.sentences[c.v]?.words ?? 0) >= ALIGN.moveMinWords)
    .sort((x, y) => y.shared - x.shared || x.b - y.b || x.v - y.v);
  for (const c of strong) {
    if (used.b.has(c.b) || used.v.has(c.v)) continue;
    use(used, c.b, c.v, true);
    out.push({ b: c.b, v: c.v, shared: c.shared, moved: true });
  }
  return out;
}

/** How freely alignment may link: `derived` when the version derives from the base (pair.ts). */
export interface AlignOptions {
  /** Pair rewritten sentences between anchors (rewrites.ts); never for independent reports. */
  derived?: boolean;
}

/**
 * Sentence edges between base and version: ordered chain, moves, near twins and (for derived
 * versions) rewrites in the chain's gaps, then splits and merges.
 */
export function alignSentences(
  cands: readonly Candidate[],
  base: Prepared,
  ver: Prepared,
  w: Weights,
  opts: AlignOptions = {},
): Edge[] {
  const used: Used = { b: new Map(), v: new Map(), movedB: new Map(), movedV: new Map() };
  const chain = heaviestChain(
    cands.filter((c) => c.dice >= ALIGN.chainDice),
    base.sentences.length,
  );
  const edges: Edge[] = [];
  for (const c of chain) {
    use(used, c.b, c.v, false);
    edges.push({ b: c.b, v: c.v, shared: c.shared, moved: false });
  }
  // Loops, not push(...xs): spreading 100,000 edges as arguments overflows the call stack.
  for (const e of moves(cands, base, ver, used)) edges.push(e);
  const freeB = (b: number): boolean => !used.b.has(b);
  const freeV = (v: number): boolean => !used.v.has(v);
  for (const g of fillGaps(chain, { base, ver, w, freeB, freeV })) {
    use(used, g.b, g.v, false);
    edges.push({ ...g, moved: false });
  }
  if (opts.derived === true) {
    for (const r of pairRewrites(chain, { base, ver, w, freeB, freeV })) {
      use(used, r.b, r.v, false);
      edges.push({ ...r, moved: false });
    }
  }
  for (const e of attach(cands, { base, ver, used, w })) edges.push(e);
  return edges;
}

/** Links: connected components of the block graph drawn by the sentence edges. */
export function blockLinks(edges: readonly Edge[], base: Prepared, ver: Prepared): BlockLink[] {
  const nb = base.blocks.length;
  const parent = Array.from({ length: nb + ver.blocks.length }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) {
      // Path halving: long chains of merged blocks (one huge paragraph) stay shallow.
      parent[r] = parent[parent[r] ?? r] ?? r;
      r = parent[r] ?? r;
    }
    return r;
  };
  const blockOf = (e: Edge): [number, number] => [
    base.sentences[e.b]?.block ?? 0,
    nb + (ver.sentences[e.v]?.block ?? 0),
  ];
  for (const e of edges) {
    const x = find(base.sentences[e.b]?.block ?? 0);
    const y = find(nb + (ver.sentences[e.v]?.block ?? 0));
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const groups = new Map<number, BlockLink>();
  // Each block belongs to one group: one set of the blocks already listed, not a scan per edge.
  const listed = new Set<number>();
  for (const e of edges) {
    const [bb, vb] = blockOf(e);
    const root = find(bb);
    let g = groups.get(root);
    if (g === undefined) {
      g = { base: [], version: [], edges: [], moved: false };
      groups.set(root, g);
    }
    if (!listed.has(bb)) g.base.push(bb);
    if (!listed.has(vb)) g.version.push(vb - nb);
    listed.add(bb).add(vb);
    g.edges.push(e);
  }
  const links = [...groups.values()];
  for (const g of links) {
    g.base.sort((x, y) => x - y);
    g.version.sort((x, y) => x - y);
    let moved = 0;
    let kept = 0;
    for (const e of g.edges) {
      if (e.moved) moved += e.shared;
      else kept += e.shared;
    }
    g.moved = moved > kept;
  }
  return links.sort(
    (x, y) => (x.base[0] ?? 0) - (y.base[0] ?? 0) || (x.version[0] ?? 0) - (y.version[0] ?? 0),
  );
}
