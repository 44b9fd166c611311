// The path for pages too big for a DOM. jsdom costs about 10-15 KB of memory per element and
// Readability slows to around half a millisecond per element on pages where it struggles
// (measured: 24,000 elements of nested divs took 14-35 s, 200,000 ran out of a 4 GB heap), so
// above a tag budget we neither build the page's DOM nor run Readability. Instead the page's
// chrome (nav, header, footer, aside, form) is cut out of the source, the text of its <p>
// elements (or, when they hold too little, of every block) is taken with regular expressions,
// and the entities are decoded by jsdom in a single <textarea>, whose content is parsed as
// text-with-entities and never as tags. Linear in the size of the page, one element in the DOM.
//
// This is a fallback for machine-generated or pathological pages, not the normal route; it does
// not know about the article/boilerplate distinction beyond removing the page chrome.
import { JSDOM, VirtualConsole } from 'jsdom';
import { hasWords } from './html-text';

/** Separates paragraphs in the flattened text; a private-use character no page should contain. */
const SEPARATOR = '\uE000';

const CHROME_BLOCK = /<(nav|header|footer|aside|form)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const PARAGRAPH =
  /<p\b[^>]*>([\s\S]*?)(?=<\/p\s*>|<p\b|<\/(?:div|section|article|main|body|td|li)\s*>)/gi;
const BLOCK_TAG =
  /<\/?(?:p|div|section|article|main|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|tr|pre|hr|address|details|summary|center)\b[^>]*>/gi;
const BR = /<br\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>/g;

const ENTITY = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)/g;

/**
 * Decodes character references in text that has no tags left in it. Only the distinct
 * references are handed to the parser (one <textarea>, whose content is text with entities and
 * never tags), not the whole text: feeding jsdom 20 MB of text costs seconds in DOM bookkeeping.
 */
function decodeEntities(text: string): string {
  const distinct = [...new Set(text.match(ENTITY) ?? [])];
  if (distinct.length === 0) return text;
  // A space after each reference ends a legacy one like "&copy" exactly where the source did.
  const source = distinct.map((entity) => `${entity} ${SEPARATOR}`).join('');
  const dom = new JSDOM(`<textarea>${source}</textarea>`, { virtualConsole: new VirtualConsole() });
  const decoded = (dom.window.document.querySelector('textarea')?.value ?? '').split(SEPARATOR);
  const table = new Map(distinct.map((entity, i) => [entity, decoded[i]?.slice(0, -1) ?? entity]));
  return text.replace(ENTITY, (entity) => table.get(entity) ?? entity);
}

/** Flattened text (paragraphs joined by SEPARATOR, <br> as '\n') → paragraphs separated by blank lines. */
function toParagraphs(flat: string): string {
  const paragraphs: string[] = [];
  for (const chunk of decodeEntities(flat).split(SEPARATOR)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return paragraphs.join('\n\n');
}

function stripTags(source: string): string {
  return source.replace(/\n/g, ' ').replace(BR, '\n').replace(ANY_TAG, '');
}

/** The body of a page's source: from <body> on when there is one, the whole source otherwise. */
function bodySource(html: string): string {
  const start = html.search(/<body\b/i);
  return start >= 0 ? html.slice(start) : html;
}

/**
 * The text of a page too big for a DOM, as paragraphs separated by blank lines: its <p>
 * elements outside the page chrome or, when those hold fewer than `minWords` words, all of its
 * blocks outside the chrome. `html` has had scripts, styles and comments removed already.
 */
export function reducedPageText(html: string, minWords: number): string {
  const body = bodySource(html).replaceAll(SEPARATOR, '').replace(CHROME_BLOCK, ' ');
  const paragraphs: string[] = [];
  for (const match of body.matchAll(PARAGRAPH)) paragraphs.push(stripTags(match[1] ?? ''));
  const fromParagraphs = toParagraphs(paragraphs.join(SEPARATOR));
  if (hasWords(fromParagraphs, minWords)) return fromParagraphs;
  return toParagraphs(stripTags(body.replace(BLOCK_TAG, SEPARATOR)));
}

/**
 * A small document holding only the page's <head> and JSON-LD blocks, for reading metadata
 * without building the DOM of the whole page.
 */
export function reducedHeadDocument(html: string): Document {
  const head = /<head\b[^>]*>[\s\S]*?<\/head\s*>/i.exec(html.slice(0, 2 * 1024 * 1024))?.[0] ?? '';
  const jsonLd =
    html.match(/<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi) ?? [];
  const source = `<!doctype html><html>${head}<body>${jsonLd.slice(0, 20).join('')}</body></html>`;
  return new JSDOM(source, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Approximate number of elements a page would have: its start tags. */
export function countStartTags(html: string, stopAt: number): number {
  const tag = /<[a-zA-Z]/g;
  let count = 0;
  while (tag.exec(html) !== null && count <= stopAt) count++;
  return count;
}
