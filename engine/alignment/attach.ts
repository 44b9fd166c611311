// Alignment step (3): sentences the ordered chain and the moves left out attach to a matched
// partner when they bring content the partner's other matches do not cover (splits and
// merges, also a split whose second half adds material of its own), or when a version
// sentence repeats a matched base sentence nearly word for word (a standfirst repeating the
// lead, a caption repeating a body paragraph). Two matched sentences are also joined when
// each carries content the other's partners lack: a clause moved into a sentence matched
// elsewhere. Edges only ever join blocks into larger links, so every block stays in one link.

import type { Edge } from './align.js';
import type { Candidate, Weights } from './similarity.js';
import type { Prepared } from '../text/prepare.js';

/** Thresholds of step (3), in one place. */
export const ATTACH = {
  /** Share of a leftover sentence's content that must be new to its partner to attach. */
  novelty: 0.5,
  /**
   * Share of the partner's uncovered content (what its other matches leave out) that a
   * leftover sentence must carry to attach however much it adds: the second half of a split
   * sentence that also brings new material fails `novelty` but carries this residual.
   */
  residual: 0.6,
  /** The uncovered content must be at least this share of the partner, or it is a scrap. */
  residualMin: 0.25,
  /** Dice of a repeat: a leftover sentence this close to a matched one says it again. */
  repeatDice: 0.8,
  /** Words a repeat needs: short stock sentences ("He declined to comment.") recur by chance. */
  repeatMinWords: 6,
  /**
   * Share of each of two matched sentences' content that their shared, otherwise uncovered
   * content must reach for them to be joined (a clause moved into another sentence).
   */
  clauseShare: 0.3,
  /**
   * Partners a matched sentence may have before nothing more attaches to it: real splits and
   * repeats (lead, standfirst, caption, summary) have a few pieces; a line repeated thousands
   * of times is not one base sentence kept thousands of times, and the coverage check walks
   * every partner, which would make such inputs quadratic.
   */
  maxPartners: 8,
} as const;

/** Partners of the sentences matched so far. */
export interface Used {
  /** Partners of each matched base sentence. */
  b: Map<number, number[]>;
  /** Partners of each matched version sentence. */
  v: Map<number, number[]>;
  /** Whether the edges of a matched base sentence are moves. */
  movedB: Map<number, boolean>;
  /** Whether the edges of a matched version sentence are moves. */
  movedV: Map<number, boolean>;
}

/** Records the edge `b`–`v` as matched. */
export function use(used: Used, b: number, v: number, moved: boolean): void {
  const pb = used.b.get(b);
  if (pb === undefined) used.b.set(b, [v]);
  else pb.push(v);
  const pv = used.v.get(v);
  if (pv === undefined) used.v.set(v, [b]);
  else pv.push(b);
  used.movedB.set(b, moved);
  used.movedV.set(v, moved);
}

/** How much of one side's sentence the other side's sentence covers beyond its partners. */
interface Cover {
  /** Weight of the content of `own` found in the part of `other` no partner of it covers. */
  novel: number;
  /** Weight of that uncovered part of `other`. */
  residual: number;
  ownTotal: number;
  otherTotal: number;
}

/**
 * Coverage seen from side `ownSide` of candidate `c`: the other sentence's content minus what
 * its partners (other than `c`'s own sentence) already cover, and how much of it `own` has.
 */
function cover(ownSide: 'b' | 'v', c: Candidate, ctx: Ctx): Cover {
  const { base, ver, used, w } = ctx;
  const own = ownSide === 'v' ? ver.sentences[c.v] : base.sentences[c.b];
  const other = ownSide === 'v' ? base.sentences[c.b] : ver.sentences[c.v];
  const partners = (ownSide === 'v' ? used.b.get(c.b) : used.v.get(c.v)) ?? [];
  const partnerSide = ownSide === 'v' ? ver.sentences : base.sentences;
  const ownIndex = ownSide === 'v' ? c.v : c.b;
  const ownTotal = (ownSide === 'v' ? w.version[c.v] : w.base[c.b]) ?? 0;
  const otherTotal = (ownSide === 'v' ? w.base[c.b] : w.version[c.v]) ?? 0;
  if (own === undefined || other === undefined)
    return { novel: 0, residual: 0, ownTotal, otherTotal };
  const residual = new Map(other.content);
  for (const p of partners) {
    if (p === ownIndex) continue;
    for (const [k, n] of partnerSide[p]?.content ?? []) {
      const r = residual.get(k);
      if (r !== undefined) residual.set(k, Math.max(0, r - n));
    }
  }
  let novel = 0;
  let rest = 0;
  for (const [k, n] of residual) rest += n * w.weight(k);
  for (const [k, n] of own.content) novel += Math.min(n, residual.get(k) ?? 0) * w.weight(k);
  return { novel, residual: rest, ownTotal, otherTotal };
}

/** What step (3) reads and updates. */
export interface Ctx {
  base: Prepared;
  ver: Prepared;
  used: Used;
  w: Weights;
}

/** Number of partners of side `side`'s sentence of `c`. */
function partnersOf(side: 'b' | 'v', c: Candidate, ctx: Ctx): number {
  return ((side === 'b' ? ctx.used.b.get(c.b) : ctx.used.v.get(c.v)) ?? []).length;
}

/** Whether free sentence (side `side` of `c`) attaches to its already matched partner. */
function attaches(side: 'b' | 'v', c: Candidate, ctx: Ctx): boolean {
  // Repeats count on the version side only: a version that says a base sentence again (as a
  // standfirst, a summary or a caption) still carries it, while a base that says something
  // twice (a closing quote repeating the lead) is not kept twice by a version that says it once.
  if (partnersOf(side === 'v' ? 'b' : 'v', c, ctx) > ATTACH.maxPartners) return false;
  const words = ctx.ver.sentences[c.v]?.words ?? 0;
  if (side === 'v' && c.dice >= ATTACH.repeatDice && words >= ATTACH.repeatMinWords) return true;
  const x = cover(side, c, ctx);
  if (x.ownTotal > 0 && x.novel >= ATTACH.novelty * x.ownTotal) return true;
  const split =
    x.residual >= ATTACH.residualMin * x.otherTotal &&
    x.residual > 0 &&
    x.novel >= ATTACH.residual * x.residual;
  return split;
}

/** Whether two matched sentences share a clause that neither's partners account for. */
function sharesClause(c: Candidate, ctx: Ctx): boolean {
  const pb = ctx.used.b.get(c.b) ?? [];
  if (pb.includes(c.v) || pb.length > ATTACH.maxPartners) return false;
  if (partnersOf('v', c, ctx) > ATTACH.maxPartners) return false;
  const fromV = cover('v', c, ctx);
  const fromB = cover('b', c, ctx);
  // Novel content must exist: two sentences with no content words (or none left uncovered)
  // read 0 >= 0 on every share below, which joined every such pair into giant links.
  return (
    fromV.novel > 0 &&
    fromB.novel > 0 &&
    fromV.novel >= ATTACH.clauseShare * fromV.ownTotal &&
    fromV.novel >= ATTACH.clauseShare * fromV.otherTotal &&
    fromB.novel >= ATTACH.clauseShare * fromB.ownTotal &&
    fromB.novel >= ATTACH.clauseShare * fromB.otherTotal
  );
}

/** Step (3): edges that attach leftover sentences and join clauses, strongest first. */
export function attach(cands: readonly Candidate[], ctx: Ctx): Edge[] {
  const out: Edge[] = [];
  const sorted = [...cands].sort((x, y) => y.shared - x.shared || x.b - y.b || x.v - y.v);
  for (const c of sorted) {
    const vFree = !ctx.used.v.has(c.v);
    const bFree = !ctx.used.b.has(c.b);
    if (vFree && bFree) continue; // no partner to join
    if (!vFree && !bFree) {
      if (!sharesClause(c, ctx)) continue;
      // Both sentences keep their own move flags: the join neither makes nor unmakes a move.
      const mb = ctx.used.movedB.get(c.b) ?? false;
      const mv = ctx.used.movedV.get(c.v) ?? false;
      use(ctx.used, c.b, c.v, mb && mv);
      ctx.used.movedB.set(c.b, mb);
      ctx.used.movedV.set(c.v, mv);
      out.push({ b: c.b, v: c.v, shared: c.shared, moved: mb && mv });
      continue;
    }
    const side = vFree ? 'v' : 'b';
    if (!attaches(side, c, ctx)) continue;
    const moved = (side === 'v' ? ctx.used.movedB.get(c.b) : ctx.used.movedV.get(c.v)) ?? false;
    use(ctx.used, c.b, c.v, moved);
    out.push({ b: c.b, v: c.v, shared: c.shared, moved });
  }
  return out;
}
