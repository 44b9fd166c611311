// Extracting the article from an HTML page. One linear pass of the HTML tokenizer (html-scan.ts)
// strips what is never text, measures the page and reads its visible text; then jsdom parses
// the stripped page (no scripts run, no resources load), htmlMeta reads the metadata, Mozilla
// Readability finds the article, html-text turns it into paragraphs. When Readability finds
// nothing of substance we fall back to the page's paragraphs outside navigation, header, footer
// and sidebars; a page with fewer than MIN_ARTICLE_WORDS words there is not an article (a login
// wall, a cookie notice, an index page). When the article leaves out much of the page's visible
// text, it comes with a warning (html-loss.ts).
import { Readability } from '@mozilla/readability';
import { jsdom } from './jsdom-lazy';
import { isLargeLoss, measureLoss } from './html-loss';
import { htmlMeta, withHints } from './html-meta';
import { MetaSnippets, reducedPageText } from './html-reduced';
import { scanHtml } from './html-scan';
import { Stripper, type Stripped } from './html-strip';
import { domToParagraphs, domToText, hasWords } from './html-text';
import { VisibleText, type VisibleParagraph } from './html-visible';
import { emptyPage, extractionLoss, noArticle, type Source } from './messages';
import type { IngestMeta } from './types';

/** Fewer words than this and a page is no article. */
export const MIN_ARTICLE_WORDS = 20;

/**
 * The budget for building a DOM and running Readability: elements (start tags in the source)
 * and characters (after stripping, html-strip.ts). Real article pages have a few thousand elements and a
 * few hundred KB of markup, and take well under a second. Readability slows to about half a
 * millisecond per element on pages where it finds no clear article (it retries up to four
 * times), and jsdom plus Readability take about a second per MB of text. At this budget the
 * worst shape we found (10,000 elements of flat link rows) takes about 7 s; a page of 9,600
 * elements of realistic sidebar cards, 0.9 s. Pages over it take the linear path in
 * html-reduced.ts (a 20 MB page in 2-5 s, mostly the tokenizer; regexes took 0.2-1.4 s on such
 * pages but minutes on hostile ones). Figures measured on Node 20; see the tests.
 */
export const MAX_DOM_ELEMENTS = 10_000;
/** See MAX_DOM_ELEMENTS. */
export const MAX_DOM_CHARS = 4 * 1024 * 1024;
/**
 * See MAX_DOM_ELEMENTS: the nesting depth (estimated by html-strip) above which a page takes the
 * linear route. Readability's time grows faster than the depth: one paragraph under 100 nested
 * divs took 0.8-1.5 s, under 200 1.9 s, under 400 8.7 s, under 490 22 s, and 9,900 nested divs
 * 37 s (issue 9). Real article pages nest a few dozen deep.
 */
export const MAX_DOM_DEPTH = 100;

/** An extracted article. */
export interface HtmlArticle {
  text: string;
  meta: IngestMeta;
  /** Things the person should know about the extraction (text it may have left out). */
  warnings: string[];
}

let parser: DOMParser | null = null;

/**
 * A fresh document for `html`. One jsdom window per thread is built once and reused: building
 * a window (every DOM interface, a global object) cost 20-45 ms per page, more than parsing a
 * typical article (5-15 ms), and was the largest part of reading one (bench/html-parse.bench.ts).
 * DOMParser gives each page a document of its own in that window, parsed by the same parse5
 * and as inert (no scripts, no loads). The page's address is not the document's: nothing here
 * resolves links (the text is what we keep; htmlMeta resolves its URLs against `url` itself).
 */
function parse(html: string): Document {
  if (!parser) {
    // A VirtualConsole with no listeners: jsdom otherwise prints CSS and parse complaints to ours.
    const { JSDOM, VirtualConsole } = jsdom();
    const { window } = new JSDOM('', {
      contentType: 'text/html',
      virtualConsole: new VirtualConsole(),
    });
    parser = new window.DOMParser();
  }
  return parser.parseFromString(html, 'text/html');
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

/** What the one pass over the source found (html-scan.ts). */
interface Scanned {
  stripped: Stripped;
  visible: VisibleParagraph[];
  meta: MetaSnippets;
}

function scan(html: string): Scanned {
  const stripper = new Stripper(html);
  const visible = new VisibleText();
  const meta = new MetaSnippets(html);
  scanHtml(html, [stripper, visible, meta]);
  return { stripped: stripper.result(), visible: visible.paragraphs(), meta };
}

function overBudget({ html, elements, depth }: Stripped): boolean {
  return html.length > MAX_DOM_CHARS || elements > MAX_DOM_ELEMENTS || depth > MAX_DOM_DEPTH;
}

/** The article with a warning when it leaves out much of the page's visible text (html-loss). */
function checked(text: string, meta: IngestMeta, scanned: Scanned, source: Source): HtmlArticle {
  const loss = measureLoss(scanned.visible, text);
  return { text, meta, warnings: isLargeLoss(loss) ? [extractionLoss(source, loss)] : [] };
}

/**
 * The article in an HTML page as paragraphs of plain text, with the page's metadata and any
 * warning about the extraction. `url` is where the page came from, when known. Throws
 * AppError('empty') for a page with no text and AppError('no_article') for one with too little.
 */
export function extractHtml(html: string, options: { source: Source; url?: string }): HtmlArticle {
  const scanned = scan(html);
  if (overBudget(scanned.stripped)) return extractLargePage(scanned, options);
  const doc = parse(scanned.stripped.html);
  // Before Readability, which rewrites the document.
  const meta = htmlMeta(doc, options.url);
  const article = runReadability(doc);
  const hinted = article ? withHints(meta, article) : meta;
  if (article && hasWords(article.text, MIN_ARTICLE_WORDS)) {
    return checked(article.text, hinted, scanned, options.source);
  }
  // Readability found nothing of substance (rare): the fallback needs the page as it was, so it
  // is parsed again here rather than walked on every page before Readability (a fifth of the
  // time of a typical page went to that walk). The whole-body walk is only needed for short
  // pages: textContent would count JSON-LD as text.
  const page = parse(scanned.stripped.html);
  const fallback = fallbackText(page);
  const hasText = fallback.trim() !== '' || (page.body !== null && domToText(page.body) !== '');
  if (!hasText) throw emptyPage(options.source);
  if (hasWords(fallback, MIN_ARTICLE_WORDS))
    return checked(fallback, hinted, scanned, options.source);
  throw noArticle(options.source);
}

/** A page over the DOM budget: metadata from its head, text by the linear route. */
function extractLargePage(
  scanned: Scanned,
  options: { source: Source; url?: string },
): HtmlArticle {
  const meta = htmlMeta(scanned.meta.document(), options.url);
  const text = reducedPageText(scanned.visible, MIN_ARTICLE_WORDS);
  // No loss check: this text is the page's visible text by construction.
  if (hasWords(text, MIN_ARTICLE_WORDS)) return { text, meta, warnings: [] };
  throw text === '' ? emptyPage(options.source) : noArticle(options.source);
}
