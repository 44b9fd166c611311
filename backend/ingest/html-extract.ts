// Extracting the article from an HTML page: jsdom parses it (no scripts run, no resources load),
// htmlMeta reads the metadata, Mozilla Readability finds the article, html-text turns it into
// paragraphs. When Readability finds nothing of substance we fall back to the page's paragraphs
// outside navigation, header, footer and sidebars; a page with fewer than MIN_ARTICLE_WORDS words
// there is not an article (a login wall, a cookie notice, an index page).
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlMeta, withHints } from './html-meta';
import { countStartTags, reducedHeadDocument, reducedPageText } from './html-reduced';
import { domToParagraphs, domToText, hasWords } from './html-text';
import { emptyPage, noArticle, type Source } from './messages';
import type { IngestMeta } from './types';

/** Fewer words than this and a page is no article. */
export const MIN_ARTICLE_WORDS = 20;

/**
 * The budget for building a DOM and running Readability: elements (start tags in the source)
 * and characters (after stripNonContent). Real article pages have a few thousand elements and a
 * few hundred KB of markup, and take well under a second. Readability slows to about half a
 * millisecond per element on pages where it finds no clear article (it retries up to four
 * times), and jsdom plus Readability take about a second per MB of text. At this budget the
 * worst shape we found (10,000 elements of flat link rows) takes about 7 s; a page of 9,600
 * elements of realistic sidebar cards, 0.9 s. Pages over it take the linear path in
 * html-reduced.ts (a 20 MB page in 0.2-1.4 s). Figures measured on Node 20; see the tests.
 */
export const MAX_DOM_ELEMENTS = 10_000;
/** See MAX_DOM_ELEMENTS. */
export const MAX_DOM_CHARS = 4 * 1024 * 1024;

/** An extracted article. */
export interface HtmlArticle {
  text: string;
  meta: IngestMeta;
}

// Scripts (except JSON-LD, which carries metadata), styles, inline SVG, comments and large
// data: URIs (inline images) are removed from the source before parsing: they are never article
// text, and on heavy pages they are most of the bytes. Like the HTML tokenizer, each pattern ends
// at the first "</script", "</style" or "-->". Comments go first so that commented-out scripts
// and the old `<script><!-- … //--></script>` guard both come out whole; a literal "<!--" inside
// a script string could still cut too much, which we accept for a regex pass.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const SVG = /<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const DATA_URI = /(["'])data:[^"']{512,}\1/g;

/** The page source without scripts (JSON-LD kept), styles, inline SVG, comments and data: URIs. */
export function stripNonContent(html: string): string {
  return html
    .replace(COMMENT, '')
    .replace(SCRIPT, (whole, attributes: string) =>
      /application\/ld\+json/i.test(attributes) ? whole : '',
    )
    .replace(STYLE, '')
    .replace(SVG, '')
    .replace(DATA_URI, '""');
}

function parse(html: string, url: string | undefined): Document {
  // A VirtualConsole with no listeners: jsdom otherwise prints CSS and parse complaints to ours.
  const options = { contentType: 'text/html', virtualConsole: new VirtualConsole() };
  const dom = new JSDOM(html, url && /^https?:\/\//i.test(url) ? { ...options, url } : options);
  return dom.window.document;
}

/** Where page chrome lives; its paragraphs are not the article. */
const CHROME =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/**
 * The fallback text: paragraphs (<p>) outside page chrome or, when there are too few, all of the
 * body's text outside page chrome. Computed before Readability, which rewrites the document.
 */
function fallbackText(doc: Document): string {
  const paragraphs = [...doc.querySelectorAll('p')]
    .filter((p) => !p.closest(CHROME))
    .flatMap((p) => domToParagraphs(p));
  const fromParagraphs = paragraphs.join('\n\n');
  if (hasWords(fromParagraphs, MIN_ARTICLE_WORDS) || !doc.body) return fromParagraphs;
  const body = doc.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll(CHROME).forEach((element) => element.remove());
  return domToText(body);
}

interface ReadabilityResult {
  text: string;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
}

function runReadability(doc: Document): ReadabilityResult | null {
  try {
    // The serializer hands back the article's DOM node instead of an HTML string, so we walk it
    // directly rather than serialise and parse it again.
    const reader = new Readability<Node>(doc, {
      maxElemsToParse: MAX_DOM_ELEMENTS,
      serializer: (node) => node,
    });
    const article = reader.parse();
    if (!article?.content) return null;
    return { ...article, text: domToText(article.content) };
  } catch {
    // Over the element budget, or Readability tripped on odd markup: use the fallback.
    return null;
  }
}

/**
 * The article in an HTML page as paragraphs of plain text, with the page's metadata. `url` is
 * where the page came from, when known. Throws AppError('empty') for a page with no text and
 * AppError('no_article') for one with too little.
 */
export function extractHtml(html: string, options: { source: Source; url?: string }): HtmlArticle {
  const stripped = stripNonContent(html);
  const overBudget =
    stripped.length > MAX_DOM_CHARS ||
    countStartTags(stripped, MAX_DOM_ELEMENTS) > MAX_DOM_ELEMENTS;
  if (overBudget) {
    return extractLargePage(stripped, options);
  }
  const doc = parse(stripped, options.url);
  const meta = htmlMeta(doc, options.url);
  // Both computed before Readability, which rewrites the document. The whole-body walk is only
  // needed for short pages: textContent would count JSON-LD as text.
  const fallback = fallbackText(doc);
  const fallbackIsArticle = hasWords(fallback, MIN_ARTICLE_WORDS);
  const hasText = fallback.trim() !== '' || (doc.body !== null && domToText(doc.body) !== '');
  if (!hasText) throw emptyPage(options.source);

  const article = runReadability(doc);
  const hinted = article ? withHints(meta, article) : meta;
  if (article && hasWords(article.text, MIN_ARTICLE_WORDS)) {
    return { text: article.text, meta: hinted };
  }
  if (fallbackIsArticle) return { text: fallback, meta: hinted };
  throw noArticle(options.source);
}

/** A page over the DOM budget: metadata from its head, text by the linear route. */
function extractLargePage(html: string, options: { source: Source; url?: string }): HtmlArticle {
  const meta = htmlMeta(reducedHeadDocument(html), options.url);
  const text = reducedPageText(html, MIN_ARTICLE_WORDS);
  if (hasWords(text, MIN_ARTICLE_WORDS)) return { text, meta };
  throw text === '' ? emptyPage(options.source) : noArticle(options.source);
}
