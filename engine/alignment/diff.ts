// Word changes inside one link. The link's tokens are cut into segments at its aligned
// sentences (anchors) and each segment is diffed on its own with Myers' diff (myers.ts, step
// for step jsdiff's diffArrays) over the ids of matching keys, so a diff never runs over a
// whole article and never matches a "the" in one
// paragraph with a "the" in another. Limits are explicit: `maxEditLength` (not jsdiff's
// clock-based `timeout`, which would make results depend on machine load); a segment over the
// limit becomes one replace and the link is flagged coarse. A paragraph reprinted word for
// word (most links of a reprint) is answered by unchanged-link.ts without cutting segments.

import type { Edge } from './align.js';
import { diffIds } from './myers.js';
import { keyIdsOfPair } from '../text/key-ids.js';
import { unchangedLink } from './unchanged-link.js';
import { foldLayer } from '../text/normalize.js';
import { isWordAt, sameRaw, tokenRaw, type Prepared } from '../text/prepare.js';
import { STOPWORDS } from '../text/stopwords.js';

/** A change as token positions in the link's base list `[b0, b1)` and version list `[v0, v1)`. */
export interface RawChange {
  op: 'delete' | 'insert' | 'replace';
  b0: number;
  b1: number;
  v0: number;
  v1: number;
  /** Set when the tokens match once folded: the change is typography or spelling only. */
  fold: 'typography' | 'spelling' | null;
}

/** The word diff of one link. `lb`/`lv` are body token indexes of the link, in text order. */
export interface LinkDiff {
  lb: number[];
  lv: number[];
  changes: RawChange[];
  /** Base words matched to an identical (once folded) version word. */
  keptWords: number;
  /** Base words deleted with nothing in their place. */
  deletedWords: number;
  coarse: boolean;
}

interface Seg {
  b0: number;
  b1: number;
  v0: number;
  v1: number;
}

/** Body token indexes of blocks, concatenated in block order. */
function tokensOf(p: Prepared, blocks: readonly number[]): number[] {
  const out: number[] = [];
  for (const b of blocks) {
    const r = p.blockRange[b];
    if (r) for (let t = r[0]; t < r[1]; t += 1) out.push(t);
  }
  return out;
}

const sentenceRanges = new WeakMap<Prepared, Map<number, [number, number]>>();

/**
 * Sentence index range `[first, end)` of each block that has sentences (sentences come in
 * block order), once per version: walking every sentence for every link was O(links × N).
 */
function blockSentenceRanges(p: Prepared): Map<number, [number, number]> {
  let out = sentenceRanges.get(p);
  if (out !== undefined) return out;
  out = new Map();
  p.sentences.forEach((s, i) => {
    const r = out?.get(s.block);
    if (r === undefined) out?.set(s.block, [i, i + 1]);
    else r[1] = i + 1;
  });
  sentenceRanges.set(p, out);
  return out;
}

/** Sentence indexes of blocks, in order, with each sentence's first position in the list. */
function sentencesOf(p: Prepared, blocks: readonly number[]): Map<number, [number, number]> {
  const ranges = blockSentenceRanges(p);
  const out = new Map<number, [number, number]>();
  let pos = 0;
  for (const b of [...blocks].sort((x, y) => x - y)) {
    const [first, end] = ranges.get(b) ?? [0, 0];
    for (let i = first; i < end; i += 1) {
      const s = p.sentences[i];
      if (s === undefined) continue;
      out.set(i, [pos, pos + (s.t1 - s.t0)]);
      pos += s.t1 - s.t0;
    }
  }
  return out;
}

/** Chain of edges non-decreasing in both sentences (splits and merges share a sentence). */
function linkChain(edges: readonly Edge[]): Edge[] {
  const e = [...edges].sort((x, y) => x.b - y.b || x.v - y.v);
  if (e.length > 2000) return e.filter((x) => !x.moved || edges.every((y) => y.moved));
  const best = e.map((x) => x.shared);
  const back = e.map(() => -1);
  for (let j = 0; j < e.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const a = e[i];
      const b = e[j];
      if (!a || !b || b.v < a.v || (b.b === a.b && b.v === a.v)) continue;
      const cand = (best[i] ?? 0) + b.shared;
      if (cand > (best[j] ?? 0)) {
        best[j] = cand;
        back[j] = i;
      }
    }
  }
  let end = 0;
  best.forEach((v, i) => {
    if (v > (best[end] ?? 0)) end = i;
  });
  const chain: Edge[] = [];
  for (let i = e.length > 0 ? end : -1; i !== -1; i = back[i] ?? -1) {
    const x = e[i];
    if (x) chain.push(x);
  }
  return chain.reverse();
}

/** Segments of the link: anchors (aligned sentence groups) and the gaps between them. */
function segments(
  edges: readonly Edge[],
  sb: Map<number, [number, number]>,
  sv: Map<number, [number, number]>,
  nb: number,
  nv: number,
): Seg[] {
  const segs: Seg[] = [];
  let pb = 0;
  let pv = 0;
  let cur: Seg | null = null;
  const push = (s: Seg): void => {
    if (s.b1 > s.b0 || s.v1 > s.v0) segs.push(s);
  };
  for (const e of linkChain(edges)) {
    const rb = sb.get(e.b);
    const rv = sv.get(e.v);
    if (!rb || !rv) continue;
    if (cur && (rb[0] < cur.b1 || rv[0] < cur.v1)) {
      cur.b1 = Math.max(cur.b1, rb[1]);
      cur.v1 = Math.max(cur.v1, rv[1]);
      continue;
    }
    if (cur) push(cur);
    push({ b0: cur?.b1 ?? pb, b1: rb[0], v0: cur?.v1 ?? pv, v1: rv[0] });
    cur = { b0: rb[0], b1: rb[1], v0: rv[0], v1: rv[1] };
    pb = rb[1];
    pv = rv[1];
  }
  if (cur) push(cur);
  push({ b0: cur?.b1 ?? 0, b1: nb, v0: cur?.v1 ?? 0, v1: nv });
  return segs;
}

interface Ctx {
  base: Prepared;
  ver: Prepared;
  lb: number[];
  lv: number[];
  /** Key ids of every token of each side (key-ids.ts): equal keys, equal ids. */
  baseIds: Int32Array;
  verIds: Int32Array;
  maxEditLength: number;
}

/** Key ids of the tokens `list[from, to)`. */
function idsOf(ids: Int32Array, list: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i += 1) out.push(ids[list[i] ?? -1] ?? -1);
  return out;
}

/** Folded differences inside an equal run: one change per run of tokens of the same layer. */
function foldChanges(ctx: Ctx, b0: number, v0: number, n: number, out: RawChange[]): void {
  let open = null as RawChange | null;
  for (let k = 0; k < n; k += 1) {
    const bt = ctx.lb[b0 + k] ?? -1;
    const vt = ctx.lv[v0 + k] ?? -1;
    const layer =
      ctx.base.tokens.start[bt] !== undefined &&
      ctx.ver.tokens.start[vt] !== undefined &&
      !sameRaw(ctx.base, bt, ctx.ver, vt)
        ? (foldLayer(tokenRaw(ctx.base, bt), tokenRaw(ctx.ver, vt)) ?? 'typography')
        : null;
    if (layer !== null && open?.fold === layer && open.b1 === b0 + k) {
      open.b1 += 1;
      open.v1 += 1;
      continue;
    }
    if (open) out.push(open);
    open = null;
    if (layer !== null) {
      open = { op: 'replace', b0: b0 + k, b1: b0 + k + 1, v0: v0 + k, v1: v0 + k + 1, fold: layer };
    }
  }
  if (open) out.push(open);
}

/** Diffs one segment; returns false when the edit limit was hit (a coarse replace is emitted). */
function diffSegment(ctx: Ctx, s: Seg, out: RawChange[]): boolean {
  const bk = idsOf(ctx.baseIds, ctx.lb, s.b0, s.b1);
  const vk = idsOf(ctx.verIds, ctx.lv, s.v0, s.v1);
  const whole = (): RawChange => ({
    op: bk.length === 0 ? 'insert' : vk.length === 0 ? 'delete' : 'replace',
    ...s,
    fold: null,
  });
  if (bk.length === 0 || vk.length === 0) {
    out.push(whole());
    return true;
  }
  // Most anchors are sentences kept word for word: no diff to run, only folded differences.
  if (bk.length === vk.length && bk.every((k, i) => k === vk[i])) {
    foldChanges(ctx, s.b0, s.v0, bk.length, out);
    return true;
  }
  const parts = diffIds(bk, vk, ctx.maxEditLength);
  if (parts === undefined) {
    out.push(whole());
    return false;
  }
  let b = s.b0;
  let v = s.v0;
  let del = 0;
  let ins = 0;
  const flush = (): void => {
    if (del + ins === 0) return;
    const op = del === 0 ? 'insert' : ins === 0 ? 'delete' : 'replace';
    out.push({ op, b0: b - del, b1: b, v0: v - ins, v1: v, fold: null });
    del = 0;
    ins = 0;
  };
  for (const part of parts) {
    const n = part.count;
    if (part.removed) {
      del += n;
      b += n;
    } else if (part.added) {
      ins += n;
      v += n;
    } else {
      flush();
      foldChanges(ctx, b, v, n, out);
      b += n;
      v += n;
    }
  }
  flush();
  return true;
}

function isFiller(ctx: Ctx, t: number): boolean {
  if (!isWordAt(ctx.base, t)) return true;
  return STOPWORDS.has((ctx.base.keys[t] ?? '').toLowerCase());
}

/**
 * Readability pass: two word changes separated by at most two function words or marks
 * ("… of the …") become one change, so a rewritten clause reads as one replacement instead
 * of a comb of small edits. Folded (typography/spelling) changes are never merged.
 */
function mergeAcrossFillers(ctx: Ctx, changes: RawChange[]): RawChange[] {
  const out: RawChange[] = [];
  const size = (c: RawChange): number => Math.max(c.b1 - c.b0, c.v1 - c.v0);
  for (const c of changes) {
    const prev = out[out.length - 1];
    const gap = prev ? c.b0 - prev.b1 : -1;
    const mergeable =
      prev !== undefined &&
      prev.fold === null &&
      c.fold === null &&
      gap > 0 &&
      gap <= 2 &&
      c.v0 - prev.v1 === gap &&
      size(prev) >= 2 &&
      size(c) >= 2 &&
      ctx.lb.slice(prev.b1, c.b0).every((t) => isFiller(ctx, t));
    if (prev && mergeable) {
      prev.b1 = c.b1;
      prev.v1 = c.v1;
      prev.op = 'replace';
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

function countWords(p: Prepared, list: readonly number[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    if (isWordAt(p, list[i] ?? -1)) n += 1;
  }
  return n;
}

/** Word diff of one link (base blocks ↔ version blocks) guided by its sentence edges. */
export function diffLink(
  base: Prepared,
  ver: Prepared,
  link: { base: readonly number[]; version: readonly number[]; edges: readonly Edge[] },
  maxEditLength: number,
): LinkDiff {
  const [baseIds, verIds] = keyIdsOfPair(base, ver);
  const ctx: Ctx = {
    base,
    ver,
    lb: tokensOf(base, link.base),
    lv: tokensOf(ver, link.version),
    baseIds,
    verIds,
    maxEditLength,
  };
  if (unchangedLink(base, ver, baseIds, verIds, link)) {
    const keptWords = countWords(base, ctx.lb, 0, ctx.lb.length);
    return { lb: ctx.lb, lv: ctx.lv, changes: [], keptWords, deletedWords: 0, coarse: false };
  }
  const sb = sentencesOf(base, link.base);
  const sv = sentencesOf(ver, link.version);
  let coarse = false;
  let raw: RawChange[] = [];
  for (const s of segments(link.edges, sb, sv, ctx.lb.length, ctx.lv.length)) {
    if (!diffSegment(ctx, s, raw)) coarse = true;
  }
  raw = mergeAcrossFillers(ctx, raw);
  let changed = 0;
  let deletedWords = 0;
  for (const c of raw) {
    if (c.fold === null) changed += countWords(base, ctx.lb, c.b0, c.b1);
    if (c.op === 'delete') deletedWords += countWords(base, ctx.lb, c.b0, c.b1);
  }
  const keptWords = countWords(base, ctx.lb, 0, ctx.lb.length) - changed;
  return { lb: ctx.lb, lv: ctx.lv, changes: raw, keptWords, deletedWords, coarse };
}
