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

/** How many non-blank lines at the top may be page furniture standing above the headline. */
const HEADLINE_LOOKAHEAD = 6;

// Words of a date or time line ("Updated 10:32 AM EST, March 3, 2024", "29th Nov, 2019").
const DATE_WORD =
  /^(?:\d[\d:./-]*(?:st|nd|rd|th|am|pm)?|published|updated|posted|last|modified|at|on|est|edt|gmt|utc|et|pt|pst|pdt|bst|cet|ist|am|pm|a\.m\.|p\.m\.|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;
// Navigation and prompts copied with the page.
const FURNITURE =
  /^(?:skip to(?: main)? content|advertisement|sponsored|sign in|log ?in|subscribe(?: now)?|menu|search|share(?: this(?: article| story)?)?|listen to (?:this )?article|breaking news|live updates?)$/i;

const wordsOf = (line: string): string[] => line.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A line of date and time words with a year or a clock time in it. */
function isTimestamp(line: string): boolean {
  const words = wordsOf(line).map((w) => w.replace(/[,;|]+$/, ''));
  if (words.length === 0 || !/\b(?:19|20)\d\d\b|\d:\d\d/.test(line)) return false;
  return words.every((w) => DATE_WORD.test(w));
}

/** Lines that stand above a headline on a copied page and are never one. */
function isFurnitureLine(line: string, next: string | undefined): boolean {
  const n = wordsOf(line).length;
  // A lone word: a section label ("World") or a tracker's noscript text ("Clicky").
  if (n <= 1 || FURNITURE.test(line) || isTimestamp(line) || /^by\s/i.test(line)) return true;
  // A two-word label ("Middle East") directly above a longer headline-like line.
  return n <= 2 && next !== undefined && reads(next) && wordsOf(next).length > n;
}

/** True when a line reads like a headline: short, with a letter or digit, not a sentence. */
function reads(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || !/[\p{L}\p{N}]/u.test(line)) return false;
  return !/[.,;:…]["'”’)\]]*$/.test(line);
}

/**
 * The headline of a plain text: the first non-blank line that reads like one (at most 200
 * characters, containing a letter or digit, not ending like a sentence, possibly inside
 * closing quotes), followed by more text (a one-line paste is the article itself). Page
 * furniture above it is skipped: a section label, a date or time line, a byline, a tracker's
 * one-word noscript text ("Clicky"); taking one of those for the title would make the real
 * headline body text, reported as added.
 */
export function headlineOf(text: string): string | null {
  const lines = leadingLines(text)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
  for (let i = 0; i < Math.min(lines.length - 1, HEADLINE_LOOKAHEAD); i += 1) {
    const line = lines[i] ?? '';
    if (isFurnitureLine(line, lines[i + 1])) continue;
    return reads(line) ? line : null;
  }
  return null;
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
