// Shared edits (issue 13): the same change made by several versions against the base. Two
// reprints that add the same sentence ("ByteDance did not respond to request for comment…")
// or drop the same paragraph are the classic evidence of a copy chain (textual scholars build
// a stemma from shared variants), so the story result lists them once, with every version
// that makes them, instead of once per pair.
//   - added: paragraphs that no link holds in two or more versions (their `addedBlocks`),
//     grouped when identical or near-identical: their words overlap by at least
//     SHARED_EDITS.overlap of the shorter one and SHARED_EDITS.dice of both ("A NDTV report
//     said that ByteDance did not respond…" against "ByteDance did not respond…").
//   - dropped: a base paragraph in the `droppedBlocks` of two or more pairs.
// Pure and deterministic; candidate paragraphs meet through an index of their rarest words
// (see leastShare), so a story of many versions compares only paragraphs that could pass.

import type { Prepared } from '../../text/prepare.js';
import { PUNCT } from '../../text/tokenize.js';
import type { Pair, SharedEdit } from '../../types.js';

/** Tuning of shared edits. */
export const SHARED_EDITS = {
  /** Least share of the shorter paragraph's words that the longer one has. */
  overlap: 0.8,
  /** Least Dice coefficient of the two paragraphs' word sets (so a sentence is not its page). */
  dice: 0.6,
  /** Paragraphs with fewer words are not grouped (a "Read more" line is no evidence). */
  minWords: 4,
};

/** One added paragraph: which version (index into versions), which block, its words. */
interface Added {
  version: number;
  block: number;
  words: Set<string>;
}

function wordsOf(p: Prepared, b: number): Set<string> {
  const out = new Set<string>();
  const range = p.blockRange[b];
  if (range === null || range === undefined) return out;
  for (let t = range[0]; t < range[1]; t += 1) {
    if (p.tokens.kind[t] !== PUNCT) out.add((p.keys[t] ?? '').toLowerCase());
  }
  return out;
}

/** True when two added paragraphs are the same addition (see the header). */
function same(a: Added, b: Added): boolean {
  let shared = 0;
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  for (const w of small.words) if (large.words.has(w)) shared += 1;
  return (
    shared >= SHARED_EDITS.overlap * small.words.size &&
    (2 * shared) / (a.words.size + b.words.size) >= SHARED_EDITS.dice
  );
}

/** Union-find root of `i`. */
function root(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  return r;
}

/**
 * The least share of a paragraph's words that any paragraph passing `same` with it shares:
 * Dice ≥ d needs the other to hold at least d/(2−d) as many words, and then both bounds give
 * at least this share. Only the paragraph's rarest words beyond it need be looked up (prefix
 * filtering, Chaudhuri et al. 2006): two paragraphs that pass share one of those.
 */
function leastShare(): number {
  const { overlap, dice } = SHARED_EDITS;
  const smaller = dice / (2 - dice);
  return Math.max(overlap * Math.min(1, smaller), (dice / 2) * (1 + smaller));
}

/** Groups of added paragraphs (indexes into `added`) that are the same addition. */
function groupsOf(added: Added[]): number[][] {
  const parent = added.map((_, i) => i);
  const df = new Map<string, number>();
  for (const a of added) for (const w of a.words) df.set(w, (df.get(w) ?? 0) + 1);
  const share = leastShare();
  const posting = new Map<string, number[]>();
  added.forEach((a, i) => {
    const words = [...a.words].sort(
      (x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
    );
    const need = Math.ceil(share * words.length - 1e-9);
    const prefix = words.slice(0, words.length - need + 1);
    const seen = new Set<number>();
    for (const w of prefix) {
      for (const j of posting.get(w) ?? []) {
        if (seen.has(j) || (added[j] as Added).version === a.version) continue;
        seen.add(j);
        if (same(a, added[j] as Added)) parent[root(parent, j)] = root(parent, i);
      }
    }
    for (const w of prefix) {
      const list = posting.get(w);
      if (list === undefined) posting.set(w, [i]);
      else list.push(i);
    }
  });
  const groups = new Map<number, number[]>();
  added.forEach((_, i) => {
    const r = root(parent, i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * The additions and omissions that two or more versions share against the base (see the
 * module comment), in the order of their first version and paragraph. `prepared` holds every
 * version (the base at `base`); `pairs` are the story's pairs as compare() made them.
 */
export function sharedEdits(
  prepared: readonly Prepared[],
  pairs: readonly Pair[],
  base: number,
): SharedEdit[] {
  const added: Added[] = [];
  for (const pair of pairs) {
    const p = prepared[pair.version] as Prepared;
    for (const block of pair.addedBlocks) {
      const words = wordsOf(p, block);
      if (words.size >= SHARED_EDITS.minWords) added.push({ version: pair.version, block, words });
    }
  }
  const out: SharedEdit[] = [];
  for (const g of groupsOf(added)) {
    const members = g.map((i) => added[i] as Added).sort((x, y) => x.version - y.version);
    const versions = [...new Set(members.map((m) => m.version))];
    if (versions.length < 2) continue;
    const spans = members.map((m) => {
      const blk = prepared[m.version]?.blocks[m.block];
      return { version: m.version, block: m.block, start: blk?.start ?? 0, end: blk?.end ?? 0 };
    });
    const first = spans[0];
    const text = prepared[first?.version ?? 0]?.input.text.slice(first?.start, first?.end) ?? '';
    out.push({ kind: 'added', versions, spans, text });
  }
  out.push(...sharedDrops(prepared[base] as Prepared, pairs, base));
  return out;
}

/** Base paragraphs that two or more versions drop. */
function sharedDrops(b: Prepared, pairs: readonly Pair[], base: number): SharedEdit[] {
  const by = new Map<number, number[]>();
  for (const pair of pairs) {
    for (const block of pair.droppedBlocks) by.set(block, [...(by.get(block) ?? []), pair.version]);
  }
  return [...by.entries()]
    .filter(([, versions]) => versions.length >= 2)
    .sort((x, y) => x[0] - y[0])
    .map(([block, versions]) => {
      const blk = b.blocks[block];
      const [start, end] = [blk?.start ?? 0, blk?.end ?? 0];
      return {
        kind: 'dropped' as const,
        versions,
        spans: [{ version: base, block, start, end }],
        text: b.input.text.slice(start, end),
      };
    });
}
