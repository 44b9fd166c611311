// Global sentence alignment. (1) The heaviest chain of candidates that keeps the order of
// both texts (a weighted longest common subsequence over candidate pairs, O(P log P) with a
// Fenwick tree). (2) Strong candidates left out of the chain, between sentences long enough
// that a repeated short phrase cannot qualify, become moves: content that stands out of the
// base order. (3) Leftover sentences attach to an already matched partner when they bring
// content the partner's other matches do not cover, which models splits and merges.
// Links are then the connected components of the block graph these sentence edges draw.

import type { Prepared } from '../text/prepare.js';
import type { Candidate, Weights } from './similarity.js';

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

/** Thresholds of the alignment, in one place. */
export const ALIGN = {
  /** Dice needed to stand in the ordered chain. */
  chainDice: 0.35,
  /** Dice needed for a move. */
  moveDice: 0.5,
  /** Words both sentences need before their correspondence can count as a move. */
  moveMinWords: 8,
  /** Share of a leftover sentence's content that must be new to its partner to attach. */
  attachNovelty: 0.5,
} as const;

/** Heaviest chain strictly increasing in both b and v. */
export function heaviestChain(cands: readonly Candidate[], nBase: number): Candidate[] {
  const sorted = [...cands].sort((x, y) => x.v - y.v || y.b - x.b);
  const treeVal = new Float64Array(nBase + 1);
  const treeIdx = new Int32Array(nBase + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const back = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((c, i) => {
    let val = 0;
    let idx = -1;
    for (let j = c.b; j > 0; j -= j & -j) {
      if ((treeVal[j] ?? 0) > val) {
        val = treeVal[j] ?? 0;
        idx = treeIdx[j] ?? -1;
      }
    }
    best[i] = val + c.shared;
    back[i] = idx;
    for (let j = c.b + 1; j <= nBase; j += j & -j) {
      if ((best[i] ?? 0) > (treeVal[j] ?? 0)) {
        treeVal[j] = best[i] ?? 0;
        treeIdx[j] = i;
      }
    }
  });
  let end = -1;
  best.forEach((v, i) => {
    if (end === -1 || v > (best[end] ?? 0)) end = i;
  });
  const chain: Candidate[] = [];
  for (let i = end; i !== -1; i = back[i] ?? -1) {
    const c = sorted[i];
    if (c !== undefined) chain.push(c);
  }
  return chain.reverse();
}

interface Used {
  /** Partners of each matched base sentence. */
  b: Map<number, number[]>;
  /** Partners of each matched version sentence. */
  v: Map<number, number[]>;
  /** Whether the edges of a matched sentence are moves, by "b3" / "v7". */
  moved: Map<string, boolean>;
}

function use(used: Used, b: number, v: number, moved: boolean): void {
  const pb = used.b.get(b);
  if (pb === undefined) used.b.set(b, [v]);
  else pb.push(v);
  const pv = used.v.get(v);
  if (pv === undefined) used.v.set(v, [b]);
  else pv.push(b);
  used.moved.set(`b${b}`, moved);
  used.moved.set(`v${v}`, moved);
}

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

/** Share of the free sentence's content that its matched candidate has and no partner covers. */
function novelty(freeSide: 'b' | 'v', c: Candidate, ctx: Ctx): number {
  const { base, ver, used, w } = ctx;
  const own = freeSide === 'v' ? ver.sentences[c.v] : base.sentences[c.b];
  const other = freeSide === 'v' ? base.sentences[c.b] : ver.sentences[c.v];
  const partners = (freeSide === 'v' ? used.b.get(c.b) : used.v.get(c.v)) ?? [];
  const partnerSide = freeSide === 'v' ? ver.sentences : base.sentences;
  if (own === undefined || other === undefined) return 0;
  const residual = new Map(other.content);
  for (const p of partners) {
    for (const [k, n] of partnerSide[p]?.content ?? []) {
      const r = residual.get(k);
      if (r !== undefined) residual.set(k, Math.max(0, r - n));
    }
  }
  const total = freeSide === 'v' ? (w.version[c.v] ?? 0) : (w.base[c.b] ?? 0);
  let novel = 0;
  for (const [k, n] of own.content) novel += Math.min(n, residual.get(k) ?? 0) * w.weight(k);
  return total > 0 ? novel / total : 0;
}

interface Ctx {
  base: Prepared;
  ver: Prepared;
  used: Used;
  w: Weights;
}

function attach(cands: readonly Candidate[], ctx: Ctx): Edge[] {
  const out: Edge[] = [];
  const sorted = [...cands].sort((x, y) => y.shared - x.shared || x.b - y.b || x.v - y.v);
  for (const c of sorted) {
    const vFree = !ctx.used.v.has(c.v);
    const bFree = !ctx.used.b.has(c.b);
    if (vFree === bFree) continue; // both matched already, or neither (no partner to join)
    const side = vFree ? 'v' : 'b';
    if (novelty(side, c, ctx) < ALIGN.attachNovelty) continue;
    const moved = ctx.used.moved.get(side === 'v' ? `b${c.b}` : `v${c.v}`) ?? false;
    use(ctx.used, c.b, c.v, moved);
    out.push({ b: c.b, v: c.v, shared: c.shared, moved });
  }
  return out;
}

/** Sentence edges between base and version: ordered chain, moves, then splits and merges. */
export function alignSentences(
  cands: readonly Candidate[],
  base: Prepared,
  ver: Prepared,
  w: Weights,
): Edge[] {
  const used: Used = { b: new Map(), v: new Map(), moved: new Map() };
  const chain = heaviestChain(
    cands.filter((c) => c.dice >= ALIGN.chainDice),
    base.sentences.length,
  );
  const edges: Edge[] = [];
  for (const c of chain) {
    use(used, c.b, c.v, false);
    edges.push({ b: c.b, v: c.v, shared: c.shared, moved: false });
  }
  edges.push(...moves(cands, base, ver, used));
  edges.push(...attach(cands, { base, ver, used, w }));
  return edges;
}

/** Links: connected components of the block graph drawn by the sentence edges. */
export function blockLinks(edges: readonly Edge[], base: Prepared, ver: Prepared): BlockLink[] {
  const nb = base.blocks.length;
  const parent = Array.from({ length: nb + ver.blocks.length }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const blockOf = (e: Edge): [number, number] => [
    base.sentences[e.b]?.block ?? 0,
    nb + (ver.sentences[e.v]?.block ?? 0),
  ];
  for (const e of edges) {
    const [x, y] = blockOf(e).map(find) as [number, number];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const groups = new Map<number, BlockLink>();
  for (const e of edges) {
    const [bb, vb] = blockOf(e);
    const root = find(bb);
    let g = groups.get(root);
    if (g === undefined) {
      g = { base: [], version: [], edges: [], moved: false };
      groups.set(root, g);
    }
    if (!g.base.includes(bb)) g.base.push(bb);
    if (!g.version.includes(vb - nb)) g.version.push(vb - nb);
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
