// One linear pass over an HTML page's source with parse5's tokenizer (the same tokenizer jsdom
// parses with), for the work that must not depend on a DOM: stripping what is never article
// text, counting elements, and reading the visible text of pages too big for a DOM.
//
// Why a tokenizer and not regular expressions: patterns like /<script[\s\S]*?<\/script>/ retry
// from every "<script" when the end is missing, so a 1 MB page of unclosed "<!--" or "<nav>"
// ran for minutes (issue 9), and a "<svg" inside an attribute value matched as a tag and
// swallowed paragraphs up to the next "</svg>". The tokenizer reads every character once and
// knows what is a tag, an attribute value, a comment or raw text, exactly as a browser does.
//
// The tokenizer alone does not know when to switch to raw text (script, style…) or to allow
// CDATA (inside svg/math): the tree builder tells it. We do the part of that which matters here:
// raw-text elements switch its state, and <svg>/<math> start "foreign content", which ends at
// the matching end tag or at an HTML tag that breaks out of it (<p>, <div>…), as in browsers.
// Tokens inside foreign content are not reported: inline drawings and formulas are not text.
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

/** What a visitor is told, in source order. Offsets are UTF-16 indexes into the source. */
export interface ScanVisitor {
  startTag?(tag: Token.TagToken, start: number, end: number): void;
  endTag?(name: string, start: number, end: number): void;
  /** Character data (entities decoded); raw text of script/style etc. included. */
  text?(chars: string): void;
  comment?(start: number, end: number): void;
  /** An inline <svg> or <math> with everything in it: [start, end). */
  foreign?(start: number, end: number): void;
  /** The end of the source. */
  end?(length: number): void;
}

type TokenizerState = Tokenizer['state'];

/** Elements whose content the tokenizer reads as raw text, and how. */
const RAW_TEXT = new Map<string, TokenizerState>([
  ['script', TokenizerMode.SCRIPT_DATA],
  ['style', TokenizerMode.RAWTEXT],
  ['xmp', TokenizerMode.RAWTEXT],
  ['iframe', TokenizerMode.RAWTEXT],
  ['noembed', TokenizerMode.RAWTEXT],
  ['noframes', TokenizerMode.RAWTEXT],
  // Browsers run with scripting on, so <noscript> content is raw text to them, never shown.
  ['noscript', TokenizerMode.RAWTEXT],
  ['title', TokenizerMode.RCDATA],
  ['textarea', TokenizerMode.RCDATA],
  ['plaintext', TokenizerMode.PLAINTEXT],
]);

/** HTML start tags that end foreign content (HTML spec, "parsing tokens in foreign content"). */
const BREAKOUT = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img ' +
    'li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'
  ).split(' '),
);

function breaksOut(tag: Token.TagToken): boolean {
  if (BREAKOUT.has(tag.tagName)) return true;
  return tag.tagName === 'font' && tag.attrs.some((a) => /^(color|face|size)$/.test(a.name));
}

/** Tracks one <svg> or <math> and what is nested in it, until it ends. */
interface Foreign {
  root: string;
  start: number;
  depth: number;
}

/**
 * Tokenizes `html` once, start to end, and tells each visitor what it finds. Linear in the
 * length of the source whatever its shape: no state is revisited and nothing is searched.
 */
export function scanHtml(html: string, visitors: readonly ScanVisitor[]): void {
  let foreign: Foreign | null = null;
  const tokenizer: Tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, {
    onStartTag(tag) {
      flushText();
      const { startOffset: start, endOffset: end } = tag.location ?? {
        startOffset: 0,
        endOffset: 0,
      };
      if (foreign && breaksOut(tag)) foreign = endForeign(foreign, start);
      if (foreign) {
        if (tag.tagName === foreign.root && !tag.selfClosing) foreign.depth++;
        return;
      }
      if ((tag.tagName === 'svg' || tag.tagName === 'math') && !tag.selfClosing) {
        foreign = { root: tag.tagName, start, depth: 1 };
        tokenizer.inForeignNode = true;
        return;
      }
      for (const v of visitors) v.startTag?.(tag, start, end);
      const raw = RAW_TEXT.get(tag.tagName);
      if (raw !== undefined) tokenizer.state = raw;
    },
    onEndTag(tag) {
      flushText();
      const { startOffset: start, endOffset: end } = tag.location ?? {
        startOffset: 0,
        endOffset: 0,
      };
      if (foreign) {
        if (tag.tagName === 'p' || tag.tagName === 'br') foreign = endForeign(foreign, start);
        else {
          if (tag.tagName === foreign.root) foreign.depth--;
          if (foreign.depth === 0) foreign = endForeign(foreign, end);
          return;
        }
      }
      for (const v of visitors) v.endTag?.(tag.tagName, start, end);
    },
    onComment(token) {
      flushText();
      if (foreign || !token.location) return;
      for (const v of visitors) v.comment?.(token.location.startOffset, token.location.endOffset);
    },
    onCharacter: (token) => characters(token.chars),
    onWhitespaceCharacter: (token) => characters(token.chars),
    onNullCharacter: () => undefined,
    onDoctype: () => undefined,
    onEof() {
      flushText();
      if (foreign) endForeign(foreign, html.length);
      for (const v of visitors) v.end?.(html.length);
    },
  } satisfies TokenHandler);

  // parse5 reports words and the spaces between them as separate tokens; visitors get each run
  // of text once, just before the next tag, comment or the end (millions fewer calls on 20 MB).
  let pending = '';
  function characters(chars: string): void {
    if (!foreign) pending += chars;
  }
  function flushText(): void {
    if (pending === '') return;
    for (const v of visitors) v.text?.(pending);
    pending = '';
  }

  function endForeign(open: Foreign, end: number): null {
    tokenizer.inForeignNode = false;
    for (const v of visitors) v.foreign?.(open.start, end);
    return null;
  }

  tokenizer.write(html, true);
}
