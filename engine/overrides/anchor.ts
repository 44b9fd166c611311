// Text anchors for notes and corrections. A note or a correction points at words of one
// version's text: the text's content hash, UTF-16 offsets, the exact words and a little
// context on either side. Finding them again is a ladder, cheapest and surest first:
// (1) the same hash: the text is the same, so are the offsets; (2) the exact words, and where
// they occur more than once, the occurrence whose context matches best (ties: nearest to the
// old offset); (3) an approximate match (edit distance within ANCHOR.maxErrorRate of the
// words' length) searched in a window around the old offset; (4) none: the anchor is
// detached, and its holder keeps the words it was written on, so nothing is lost.

/** Tuning of anchoring. */
export const ANCHOR = {
  /** Characters of context kept on each side of the anchored words. */
  contextChars: 40,
  /** Longest anchored words the approximate search tries (longer ones: exact search only). */
  maxFuzzyChars: 400,
  /** Share of the anchored words' length that may differ in an approximate match. */
  maxErrorRate: 0.2,
  /** The approximate search looks this many characters either side of the old offset. */
  fuzzyWindow: 6000,
} as const;

/** Where an anchor was written: one version's text and the words in it. */
export interface TextAnchor {
  /** Content hash of the text the anchor was written on. */
  hash: string;
  /** UTF-16 offsets into that text, end exclusive. */
  start: number;
  end: number;
  /** The anchored words exactly as they were. */
  text: string;
  /** Up to ANCHOR.contextChars characters before and after them. */
  before: string;
  after: string;
}

/** How an anchor was found again in a text. */
export type AnchorMatch = 'same-text' | 'exact' | 'context' | 'fuzzy';

/** An anchor found again: its new offsets and how it was found. */
export interface Reanchored {
  start: number;
  end: number;
  how: AnchorMatch;
}

/** Makes the anchor of `text.slice(start, end)`; throws RangeError on offsets outside `text`. */
export function anchorAt(text: string, hash: string, start: number, end: number): TextAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end)) {
    throw new RangeError('An anchor needs at least one character.');
  }
  if (end > text.length) throw new RangeError('The anchor runs past the end of the text.');
  return {
    hash,
    start,
    end,
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - ANCHOR.contextChars), start),
    after: text.slice(end, end + ANCHOR.contextChars),
  };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Every start of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The exact occurrence whose context matches best; ties go to the one nearest the old offset. */
function bestExact(a: TextAnchor, text: string): Reanchored | null {
  const hits = occurrences(text, a.text);
  if (hits.length === 0) return null;
  const score = (i: number): number =>
    commonSuffix(text.slice(Math.max(0, i - a.before.length), i), a.before) +
    commonPrefix(text.slice(i + a.text.length, i + a.text.length + a.after.length), a.after);
  let best = hits[0] as number;
  for (const i of hits) {
    const d = score(i) - score(best);
    if (d > 0 || (d === 0 && Math.abs(i - a.start) < Math.abs(best - a.start))) best = i;
  }
  const full = score(best) === a.before.length + a.after.length;
  return {
    start: best,
    end: best + a.text.length,
    how: hits.length === 1 || full ? 'exact' : 'context',
  };
}

/**
 * Approximate substring search (Sellers' dynamic programme): the span of `hay` with the
 * fewest edits from `needle`, if within `maxErrors`. O(|needle| · |hay|), which is why the
 * caller bounds both.
 */
function approximate(hay: string, needle: string, maxErrors: number): [number, number] | null {
  const m = needle.length;
  // col[i] = edits of needle[0..i) against the best suffix of hay ending here; from[i] = where
  // that suffix starts. Two typed columns, swapped, so the inner loop allocates nothing.
  let col = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  let best: [number, number, number] | null = null;
  for (let j = 1; j <= hay.length; j++) {
    const ch = hay.charCodeAt(j - 1);
    next[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      const sub = (col[i - 1] as number) + (needle.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = (col[i] as number) + 1;
      const ins = (next[i - 1] as number) + 1;
      if (sub <= del && sub <= ins) {
        next[i] = sub;
        nextFrom[i] = from[i - 1] as number;
      } else if (del <= ins) {
        next[i] = del;
        nextFrom[i] = from[i] as number;
      } else {
        next[i] = ins;
        nextFrom[i] = nextFrom[i - 1] as number;
      }
    }
    const e = next[m] as number;
    const s = nextFrom[m] as number;
    // On a tie, the longer match from the same start wins ("says" over "say" for "said").
    if (e <= maxErrors && (!best || e < best[2] || (e === best[2] && s === best[0]))) {
      best = [s, j, e];
    }
    [col, next] = [next, col];
    [from, nextFrom] = [nextFrom, from];
  }
  return best ? [best[0], best[1]] : null;
}

/**
 * Finds an anchor again in `text` (whose content hash is `hash`), or returns null: detached.
 * Deterministic; bounded by ANCHOR (the approximate search runs only for short anchors, in a
 * window around the old offset).
 */
export function reanchor(a: TextAnchor, text: string, hash: string): Reanchored | null {
  if (hash === a.hash && text.slice(a.start, a.end) === a.text) {
    return { start: a.start, end: a.end, how: 'same-text' };
  }
  const exact = bestExact(a, text);
  if (exact) return exact;
  if (a.text.length > ANCHOR.maxFuzzyChars || a.text.trim().length < 4) return null;
  const from = Math.max(0, a.start - ANCHOR.fuzzyWindow);
  const to = Math.min(text.length, a.end + ANCHOR.fuzzyWindow);
  const maxErrors = Math.floor(a.text.length * ANCHOR.maxErrorRate);
  const hit = approximate(text.slice(from, to), a.text, maxErrors);
  return hit ? { start: from + hit[0], end: from + hit[1], how: 'fuzzy' } : null;
}
