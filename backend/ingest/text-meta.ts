// Metadata from plain text and Markdown. Plain text carries none, except that articles copied
// from a page usually start with the headline on its own line; we take the block the engine
// classifies as the title.

import { headlineOf as engineHeadline } from '../../engine/text/headline';
import type { IngestMeta } from './types';

/** Metadata with nothing known. */
export function emptyMeta(): IngestMeta {
  return { title: null, byline: null, outlet: null, published: null, url: null };
}

const MAX_TITLE_CHARS = 200;

// Only the head of the text is examined: a title is at the top, and splitting a 20 MB text into
// lines just to read the first one would be wasteful.
function leadingLines(text: string): string[] {
  return text
    .slice(0, 8192)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
}

/**
 * The headline of a plain text: the engine's title block (engine/text/headline.ts), so the
 * import, the import dialog's suggested story title and the comparison pick the same line.
 * Page furniture above it is skipped (a section label, a date or time line, a byline, a
 * tracker's one-word noscript text such as "Clicky"); taking one of those for the title would
 * make the real headline body text, reported as added.
 */
export function headlineOf(text: string): string | null {
  return engineHeadline(text);
}

/** The title from Markdown front matter (`title: …` between `---` lines), or null. */
function frontMatterTitle(lines: string[]): string | null {
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return null;
    const match = /^title:\s*(.+?)\s*$/i.exec(line);
    if (match?.[1]) return match[1].replace(/^(["'])(.*)\1$/, '$2').trim() || null;
  }
  return null;
}

/** The title of a Markdown text: front matter, a leading `# Heading` or `Title\n===`, else as text. */
export function markdownTitle(text: string): string | null {
  const lines = leadingLines(text);
  const fromFrontMatter = frontMatterTitle(lines);
  if (fromFrontMatter) return fromFrontMatter.slice(0, MAX_TITLE_CHARS);
  const index = lines.findIndex((line) => line.trim() !== '');
  const first = (lines[index] ?? '').trim();
  const atx = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(first);
  if (atx?.[1]) return atx[1].slice(0, MAX_TITLE_CHARS);
  if (first && /^=+\s*$/.test(lines[index + 1] ?? '')) return first.slice(0, MAX_TITLE_CHARS);
  const plain = headlineOf(text);
  // "## Section" as the first line is structure, not a title: drop the marks if we take it.
  return plain ? plain.replace(/^#{1,6}[ \t]+/, '') : null;
}

/** Metadata of a plain text or Markdown import: only the title can be known. */
export function textMeta(text: string, markdown: boolean): IngestMeta {
  return { ...emptyMeta(), title: markdown ? markdownTitle(text) : headlineOf(text) };
}
