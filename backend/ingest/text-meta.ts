// Metadata from plain text and Markdown. Plain text carries none, except that articles copied
// from a page usually start with the headline on its own line; we take it when it looks like one.

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
 * The first non-blank line when it reads like a headline: at most 200 characters, containing a
 * letter or digit, not ending like a sentence (a period, comma, colon or semicolon, possibly
 * inside closing quotes), and followed by more text (a one-line paste is the article itself).
 */
export function headlineOf(text: string): string | null {
  const lines = leadingLines(text);
  const index = lines.findIndex((line) => line.trim() !== '');
  if (index < 0) return null;
  const line = (lines[index] ?? '').trim().replace(/\s+/g, ' ');
  const rest = lines.slice(index + 1).some((l) => l.trim() !== '');
  if (!rest || line.length > MAX_TITLE_CHARS || !/[\p{L}\p{N}]/u.test(line)) return null;
  if (/[.,;:…]["'”’)\]]*$/.test(line)) return null;
  return line;
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
