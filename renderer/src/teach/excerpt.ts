// Exact excerpts of a version's text for teach mode: the words of a finding with a few words of
// context on each side, cut at word boundaries inside the finding's paragraph, and the
// paragraph's citable number (¶n, engine/numbering.ts). Text is only sliced, never rewritten,
// so what a student reads is what the version says; a cut is shown as an ellipsis.
import { paragraphNumber, type VersionOut } from '../../../engine';

/** A [start, end) range of a version's text (UTF-16 offsets, as the engine gives them). */
export type Range = readonly [number, number];

/** Length limits of an excerpt. */
export const EXCERPT = {
  /** Characters of context before and after the finding's words (then cut at a space). */
  context: 50,
  /** The finding's own words beyond this many characters are cut (a whole dropped paragraph). */
  words: 220,
  /** A whole paragraph for the worksheet beyond this many characters is cut. */
  paragraph: 900,
} as const;

/** The words of a finding in one version, with context. */
export interface Quoted {
  /** Block index and citable number of the paragraph holding the words. */
  block: number;
  para: number;
  range: Range;
  before: string;
  words: string;
  after: string;
  /** True when context or words were cut (shown as "…"). */
  cutBefore: boolean;
  cutWords: boolean;
  cutAfter: boolean;
}

/** The block holding offset `at` (an empty range at a paragraph's end belongs to it). */
export function blockOf(v: VersionOut, at: number): number {
  const i = v.blocks.findIndex((b) => at >= b.start && at < b.end);
  if (i >= 0) return i;
  return v.blocks.findIndex((b) => at === b.end);
}

/** Cuts `s` to about `max` characters at a space, from its start (or its end when `fromEnd`). */
function cutAtSpace(s: string, max: number, fromEnd: boolean): string {
  if (s.length <= max) return s;
  if (fromEnd) {
    const tail = s.slice(s.length - max);
    const sp = tail.indexOf(' ');
    return sp >= 0 ? tail.slice(sp + 1) : tail;
  }
  const head = s.slice(0, max);
  const sp = head.lastIndexOf(' ');
  return sp > 0 ? head.slice(0, sp) : head;
}

/** The exact words of `range` in version `v`, with context; null when no paragraph holds it. */
export function quoteRange(v: VersionOut, range: Range): Quoted | null {
  const block = blockOf(v, range[0]);
  const b = v.blocks[block];
  if (!b) return null;
  const end = Math.min(range[1], b.end);
  const fullBefore = v.text.slice(b.start, range[0]);
  const fullWords = v.text.slice(range[0], end);
  const fullAfter = v.text.slice(end, b.end);
  const before = cutAtSpace(fullBefore, EXCERPT.context, true);
  const words = cutAtSpace(fullWords, EXCERPT.words, false);
  const after =
    words.length < fullWords.length ? '' : cutAtSpace(fullAfter, EXCERPT.context, false);
  return {
    block,
    para: paragraphNumber(v, block),
    range: [range[0], end],
    before,
    words,
    after,
    cutBefore: before.length < fullBefore.length,
    cutWords: words.length < fullWords.length,
    cutAfter: after.length < fullAfter.length,
  };
}

/** A whole paragraph's text for the worksheet, cut at a space when very long. */
export function paragraphText(v: VersionOut, block: number): string {
  const b = v.blocks[block];
  if (!b) return '';
  const text = v.text.slice(b.start, b.end);
  const cut = cutAtSpace(text, EXCERPT.paragraph, false);
  return cut.length < text.length ? `${cut} …` : text;
}

/** The range of a whole block. */
export function blockRange(v: VersionOut, block: number): Range | null {
  const b = v.blocks[block];
  return b ? [b.start, b.end] : null;
}
