// The headline of a plain text (pasted, or a .txt/.md file): the block the engine's own block
// classification (blocks-classify.ts) calls the title, so the import, the dialog's suggested
// story title and the comparison agree on which line is the headline. Page furniture above it
// (a tracker's "Clicky", "Skip to content", a timestamp, a byline) is classified as such there,
// and a section label above the headline ("World", "Middle East") is a title line the
// headline follows.

import { classifyBlocks } from './blocks-classify.js';
import { splitBlocks } from './segment.js';

/** Limits of the headline choice. */
export const HEADLINE = {
  /** Only the head of a text is read: the headline is at the top, and a 20 MB text need not be split. */
  headChars: 8192,
  /** Longest headline taken, in characters (a longer line is a paragraph). */
  maxChars: 200,
} as const;

/**
 * The headline of `text`, or null when it has none: the last of the title lines that open
 * it (the first is a section label when there are two), provided body text follows (a
 * one-line text is the article itself, not its headline).
 */
export function headlineOf(text: string): string | null {
  const head = text.slice(0, HEADLINE.headChars).replace(/^\uFEFF/, '');
  const blocks = splitBlocks(head);
  const kinds = classifyBlocks(head, blocks);
  const first = kinds.indexOf('title');
  if (first < 0) return null;
  let last = first;
  while (kinds[last + 1] === 'title') last += 1;
  if (last === blocks.length - 1) return null;
  const span = blocks[last];
  if (span === undefined) return null;
  const line = head.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return line.length <= HEADLINE.maxChars ? line : null;
}

/**
 * The first block of `text` that is not page furniture, byline, dateline or caption: what a
 * story can be called when its text has no headline (the engine's kinds, as above).
 */
export function firstBodyLine(text: string): string | null {
  const head = text.slice(0, HEADLINE.headChars).replace(/^\uFEFF/, '');
  const blocks = splitBlocks(head);
  const kinds = classifyBlocks(head, blocks);
  const i = kinds.findIndex((k) => k === 'body' || k === 'title');
  const span = blocks[i < 0 ? 0 : i];
  return span ? head.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : null;
}
