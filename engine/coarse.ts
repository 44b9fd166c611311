// The coarse comparison, for inputs too large for the full one within its time budget (see
// `CompareLimits.maxFullChars`; the import limit is 20 MB, and tokenizing alone runs at a few
// megabytes a second). It skips everything that scales with words: no tokens, no block kinds
// (every block counts as body), no attribution or quote analysis, no word diffs. Each block
// is cut into segments at sentence ends (a cheap rule, content-defined so an insertion does
// not shift every later cut) and at `SENTENCES.maxChars`; segments whose text is equal once
// whitespace is collapsed are paired in order (exact.ts's diff of keys), links are the block
// groups those pairs connect, and every unpaired run of segments inside a link is one change.
// Word counts are counted by a regular expression close to the tokenizer's. The result says
// all of this in `coarse` on the comparison and on every pair.

import { pairKeyLists } from './alignment/exact.js';
import { pairStats } from './alignment/kept-words.js';
import { splitBlocks, type Span } from './text/segment.js';
import { capLength } from './text/sentences.js';
import type { Block, Change, Comparison, Link, Pair, VersionInput, VersionOut } from './types.js';

/** Thresholds of the coarse comparison, in one place. */
export const COARSE = {
  /** Share of the version's words in segments found verbatim in the base for `wholly`. */
  wholly: 0.8,
  /** ... and for `partially`. */
  partially: 0.2,
  /**
   * A block up to this long is one segment (most paragraphs): fewer, larger units keep the
   * pass cheap; a longer block is cut at its sentence ends.
   */
  blockChars: 2000,
} as const;

/** A segment of a block: a sentence, or a piece of a long one. */
interface Seg extends Span {
  block: number;
  words: number;
}

const SENTENCE_END = /[.!?]['"\u201D\u2019)\]]*\s+(?=['"\u201C\u2018(]?\p{Lu})/gu;

/** A code unit that can be part of a word: ASCII letters and digits, and anything non-ASCII. */
function wordy(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * Words of `text[start, end)`: runs of non-space characters with a letter or digit in them,
 * in one pass over char codes (a Unicode regular expression cost more than the rest here).
 */
function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && wordy(c)) {
      n += 1;
      counted = true;
    }
  }
  return n;
}

/** Segments of one block: the whole block when short, else its sentences (capped). */
function blockSegments(text: string, b: Span, block: number, out: Seg[]): void {
  let from = b.start;
  const push = (end: number): void => {
    for (const s of capLength(text, { start: from, end })) {
      out.push({ start: s.start, end: s.end, block, words: countWords(text, s.start, s.end) });
    }
  };
  if (b.end - b.start > COARSE.blockChars) {
    for (const m of text.slice(b.start, b.end).matchAll(SENTENCE_END)) {
      const at = b.start + (m.index ?? 0);
      push(at + m[0].trimEnd().length);
      from = at + m[0].length;
    }
    if (from < b.end) push(b.end);
  } else out.push({ start: b.start, end: b.end, block, words: countWords(text, b.start, b.end) });
}

function segmentsOf(text: string, blocks: readonly Span[]): Seg[] {
  const out: Seg[] = [];
  blocks.forEach((b, block) => blockSegments(text, b, block, out));
  return out;
}

interface Version {
  input: VersionInput;
  blocks: Block[];
  segs: Seg[];
  words: number;
}

function prepareCoarse(input: VersionInput): Version {
  const spans = splitBlocks(input.text);
  const segs = segmentsOf(input.text, spans);
  return {
    input,
    blocks: spans.map((s) => ({ ...s, kind: 'body' })),
    segs,
    words: segs.reduce((n, s) => n + s.words, 0),
  };
}

function keysOf(v: Version): string[] {
  return v.segs.map((s) => {
    const k = v.input.text.slice(s.start, s.end);
    return /\s\s|[\t\n\r\u00A0]/.test(k) ? k.replace(/\s+/g, ' ') : k;
  });
}

/** Block groups connected by paired segments, each with its base and version segments. */
function groups(base: Version, ver: Version, baseOf: Int32Array): Array<[number[], number[]]> {
  const nb = base.blocks.length;
  const parent = Array.from({ length: nb + ver.blocks.length }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] = parent[parent[r] ?? r] ?? r;
    return r;
  };
  baseOf.forEach((b, v) => {
    if (b < 0) return;
    const x = find(base.segs[b]?.block ?? 0);
    const y = find(nb + (ver.segs[v]?.block ?? 0));
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  });
  const out = new Map<number, [number[], number[]]>();
  const add = (block: number, side: 0 | 1, seg: number): void => {
    const root = find(side === 0 ? block : nb + block);
    let g = out.get(root);
    if (g === undefined) out.set(root, (g = [[], []]));
    g[side].push(seg);
  };
  base.segs.forEach((s, i) => add(s.block, 0, i));
  ver.segs.forEach((s, i) => add(s.block, 1, i));
  return [...out.values()].filter(([b, v]) => b.length > 0 && v.length > 0);
}

/** One link: its blocks, and one change per unpaired run of segments between pairs. */
function linkOf(base: Version, ver: Version, bs: number[], vs: number[], verOf: Int32Array) {
  const changes: Change[] = [];
  let kept = 0;
  let deleted = 0;
  let bi = 0;
  let vi = 0;
  // Where an empty side of a change sits: after the last pair (or at the link's start).
  let at: [number, number] = [base.segs[bs[0] ?? 0]?.start ?? 0, ver.segs[vs[0] ?? 0]?.start ?? 0];
  const range = (run: Seg[], empty: number): [number, number] =>
    run.length > 0 ? [run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0] : [empty, empty];
  const flush = (bTo: number, vTo: number): void => {
    const bRun = bs.slice(bi, bTo).map((i) => base.segs[i] as Seg);
    const vRun = vs.slice(vi, vTo).map((i) => ver.segs[i] as Seg);
    if (bRun.length > 0 || vRun.length > 0) {
      const op = bRun.length === 0 ? 'insert' : vRun.length === 0 ? 'delete' : 'replace';
      changes.push({ op, base: range(bRun, at[0]), version: range(vRun, at[1]), class: 'wording' });
      if (op === 'delete') deleted += bRun.reduce((n, s) => n + s.words, 0);
    }
  };
  // Pairs come from a diff, so they are in order on both sides and the runs between line up.
  const vPos = new Map(vs.map((v, i) => [v, i]));
  bs.forEach((b, i) => {
    const v = verOf[b] ?? -1;
    const j = vPos.get(v);
    if (j === undefined || j < vi) return;
    flush(i, j);
    kept += base.segs[b]?.words ?? 0;
    at = [base.segs[b]?.end ?? 0, ver.segs[v]?.end ?? 0];
    bi = i + 1;
    vi = j + 1;
  });
  flush(bs.length, vs.length);
  return { changes, kept, deleted };
}

const uniq = (segs: readonly Seg[], list: number[]): number[] => [
  ...new Set(list.map((i) => segs[i]?.block ?? 0)),
];

function pairOf(base: Version, ver: Version, index: number, reason: string): Pair {
  const pairs = pairKeyLists(keysOf(base), keysOf(ver));
  let kept = 0;
  const links: Link[] = groups(base, ver, pairs.baseOf).map(([bs, vs]) => {
    const x = linkOf(base, ver, bs, vs, pairs.verOf);
    kept += x.kept;
    const bWords = bs.reduce((n, i) => n + (base.segs[i]?.words ?? 0), 0);
    const relation =
      x.changes.length === 0
        ? 'verbatim'
        : x.deleted >= 3 && x.deleted >= 0.2 * bWords
          ? 'partial'
          : 'reworded';
    const link: Link = {
      base: uniq(base.segs, bs),
      version: uniq(ver.segs, vs),
      relation,
      moved: false,
      changes: x.changes,
    };
    if (x.changes.length > 0) link.coarse = true;
    return link;
  });
  links.sort((x, y) => (x.base[0] ?? 0) - (y.base[0] ?? 0));
  const linked = (side: 'base' | 'version', n: number): number[] => {
    const seen = new Set(links.flatMap((l) => l[side]));
    return Array.from({ length: n }, (_, i) => i).filter((i) => !seen.has(i));
  };
  const score = ver.words > 0 ? kept / ver.words : 0;
  const label =
    score >= COARSE.wholly ? 'wholly' : score >= COARSE.partially ? 'partially' : 'none';
  return {
    version: index,
    links,
    droppedBlocks: linked('base', base.blocks.length),
    addedBlocks: linked('version', ver.blocks.length),
    attributions: [],
    quotes: [],
    stats: pairStats(base.words, ver.words, kept),
    derivation: { label, score: Math.round(score * 1000) / 1000 },
    coarse: { reason, links: links.flatMap((l, i) => (l.coarse ? [i] : [])) },
  };
}

function versionOut(v: Version): VersionOut {
  const i = v.input;
  return {
    id: i.id,
    ...(i.number === undefined ? {} : { number: i.number }),
    outlet: i.outlet ?? null,
    title: i.title ?? null,
    byline: null,
    published: i.published ?? null,
    text: i.text,
    blocks: v.blocks,
  };
}

/** Total length of the versions' texts, which decides between the full and coarse comparison. */
export function totalChars(versions: readonly VersionInput[]): number {
  return versions.reduce((n, v) => n + v.text.length, 0);
}

/**
 * The coarse comparison (see the top of this file). The base is the one named, else the
 * first version: choosing by containment costs as much as the comparison it would save.
 */
export function compareCoarse(
  versions: readonly VersionInput[],
  requestedBase: number | undefined,
  maxFullChars: number,
  engineVersion: string,
): Comparison {
  if (
    requestedBase !== undefined &&
    !(Number.isInteger(requestedBase) && requestedBase >= 0 && requestedBase < versions.length)
  ) {
    throw new RangeError(
      `The base must be a version number from 0 to ${versions.length - 1}; got ${requestedBase}.`,
    );
  }
  const base = requestedBase ?? 0;
  const prepared = versions.map(prepareCoarse);
  const reason =
    `the texts total ${totalChars(versions)} characters, over the limit of ${maxFullChars} for a full ` +
    'comparison: sentences are matched only when identical, changes are whole sentences, every ' +
    'block counts as body, and attributions and quotes are not analysed';
  const result: Comparison = {
    format: 'retold.comparison/2',
    engineVersion,
    base,
    versions: prepared.map(versionOut),
    pairs: prepared.flatMap((p, i) =>
      i === base ? [] : [pairOf(prepared[base] as Version, p, i, reason)],
    ),
    coarse: { reason },
  };
  if (requestedBase === undefined) {
    result.baseReason = 'the first version, as a coarse comparison does not measure containment';
  }
  return result;
}
