// Turning stored text into displayable pieces. Everything here returns plain strings that the
// components render as React text nodes: imported text is data, never markup.

import { firstBodyLine, headlineOf } from '../../../engine/text/headline';

/** A block of text between blank lines, split into its single-newline lines. */
export type TextBlock = string[];

/**
 * Splits article text into blocks (separated by blank lines), each a list of its non-empty
 * lines. Pasted pages often carry share lists and captions as single-newline lines; keeping
 * them as separate lines reads better than joining them into one run-on paragraph.
 */
export function toBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}

/** Start and end of a search match in a snippet (set by SQLite's snippet()). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** A piece of a snippet: plain text, or a matched term. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a search snippet on its U+0002/U+0003 markers. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

/**
 * A sensible story title from pasted text or a file: its headline as the engine finds it (the
 * block it classifies as the title, past page furniture such as "Clicky"), the same line the
 * import stores as the version's headline; else its first line of text that is not furniture.
 * Shortened to 120 characters.
 */
export function titleFromText(text: string): string {
  const line = headlineOf(text) ?? firstBodyLine(text) ?? '';
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}

/** A title from a file name: "wind-cable_vote.html" → "wind cable vote". */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[a-z0-9]{1,9}$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
