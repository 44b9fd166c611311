// The route for pages too big for a DOM. jsdom costs about 10-15 KB of memory per element and
// Readability slows to around half a millisecond per element on pages where it struggles
// (measured: 24,000 elements of nested divs took 14-35 s, 200,000 ran out of a 4 GB heap), so
// above the element budget, or for a tree too deep, we neither build the page's DOM nor run
// Readability. The text is the page's visible text as the tokenizer pass read it
// (html-visible.ts): its <p> paragraphs outside the page chrome or, when those hold too little,
// every block outside the chrome. The metadata comes from a small document of the page's <meta>,
// <link>, <title>, <time> and JSON-LD tags, copied from the source as the same pass found them.
// Linear in the size of the page.
//
// This is a fallback for machine-generated or pathological pages, not the normal route; it does
// not know about the article/boilerplate distinction beyond removing the page chrome.
import type { Token } from 'parse5';
import { jsdom } from './jsdom-lazy';
import type { ScanVisitor } from './html-scan';
import { hasWords } from './html-text';
import type { VisibleParagraph } from './html-visible';

/** How much of a big page's markup the metadata document copies. */
const META_LIMITS = {
  /** Tags copied (meta, link, time): real pages have a few dozen. */
  maxTags: 500,
  /** JSON-LD blocks copied; a page has one or two. */
  maxJsonLd: 20,
  /** Characters of any one copied element (a JSON-LD block can be long, not megabytes). */
  maxElementChars: 256 * 1024,
} as const;

/** Tags whose start tag alone carries metadata. */
const META_TAGS = new Set(['meta', 'link', 'time']);

/** Collects the source of the page's metadata tags during the scan (see META_LIMITS). */
export class MetaSnippets implements ScanVisitor {
  private readonly snippets: string[] = [];
  private tags = 0;
  private jsonLd = 0;
  private open: { name: string; start: number } | null = null;
  private readonly seen = new Set<string>();

  constructor(private readonly source: string) {}

  startTag(tag: Token.TagToken, start: number, end: number): void {
    const name = tag.tagName;
    if (META_TAGS.has(name) && this.tags < META_LIMITS.maxTags) {
      this.tags++;
      this.snippets.push(this.source.slice(start, Math.min(end, start + 4096)));
    }
    const isJsonLd =
      name === 'script' &&
      tag.attrs.some((a) => a.name === 'type' && /application\/ld\+json/i.test(a.value));
    // The first <title> and <h1> (htmlMeta's last resorts for a title) and the JSON-LD blocks.
    const wanted =
      (name === 'title' || name === 'h1' ? !this.seen.has(name) : false) ||
      (isJsonLd && this.jsonLd < META_LIMITS.maxJsonLd);
    if (wanted && this.open === null) {
      this.seen.add(name);
      if (isJsonLd) this.jsonLd++;
      this.open = { name, start };
    }
  }

  endTag(name: string, _start: number, end: number): void {
    if (this.open?.name !== name) return;
    if (end - this.open.start <= META_LIMITS.maxElementChars) {
      this.snippets.push(this.source.slice(this.open.start, end));
    }
    this.open = null;
  }

  /** A small document holding only the copied tags, for htmlMeta. */
  document(): Document {
    const source = `<!doctype html><html><head>${this.snippets.join('\n')}</head></html>`;
    const { JSDOM, VirtualConsole } = jsdom();
    return new JSDOM(source, { virtualConsole: new VirtualConsole() }).window.document;
  }
}

/**
 * The text of a page too big for a DOM, as paragraphs separated by blank lines: its visible <p>
 * paragraphs or, when those hold fewer than `minWords` words, all its visible paragraphs.
 */
export function reducedPageText(visible: readonly VisibleParagraph[], minWords: number): string {
  const fromP = visible
    .filter((p) => p.fromP)
    .map((p) => p.text)
    .join('\n\n');
  if (hasWords(fromP, minWords)) return fromP;
  return visible.map((p) => p.text).join('\n\n');
}
