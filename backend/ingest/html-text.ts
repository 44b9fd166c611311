// Turning an article's DOM into plain text: one paragraph per block (p, headings, list items,
// blockquote paragraphs, figcaptions, table rows…), paragraphs separated by a blank line,
// whitespace inside a paragraph collapsed to single spaces. <br> keeps a line break inside a
// paragraph, two in a row start a new paragraph (older sites separate paragraphs that way).
// <pre> keeps its lines. Entities are already decoded by the parser.
//
// Not textContent: it runs paragraphs together ("…end.Next…") and keeps template indentation.
// The walk is iterative because scraped pages can nest deeply enough to exhaust the stack.

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Collects inline text and turns it into paragraphs at block boundaries. */
class ParagraphBuilder {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];

  /** Inline text; its own line breaks are just whitespace ('\n' is reserved for <br>). */
  text(value: string): void {
    this.parts.push(value.replace(/\s+/g, ' '));
  }

  lineBreak(): void {
    this.parts.push('\n');
  }

  /** Ends the current block: its lines become one paragraph, an empty line splits it in two. */
  flush(): void {
    if (this.parts.length === 0) return;
    let lines: string[] = [];
    for (const raw of this.parts.join('').split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line) lines.push(line);
      else if (lines.length > 0) {
        this.paragraphs.push(lines.join('\n'));
        lines = [];
      }
    }
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    this.parts = [];
  }

  /** A <pre> block: lines kept (trailing spaces and blank lines dropped so paragraphs stay clear). */
  preformatted(value: string): void {
    this.flush();
    const lines = value
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .filter((line) => line.trim() !== '');
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
  }
}

type Step = { node: Node; exit: boolean };

/** The text of a DOM subtree as paragraphs separated by blank lines ('' when there is none). */
export function domToText(root: Node): string {
  return domToParagraphs(root).join('\n\n');
}

/** The paragraphs of a DOM subtree, in document order. */
export function domToParagraphs(root: Node): string[] {
  const out = new ParagraphBuilder();
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Step;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.text(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toLowerCase();
    if (exit) {
      if (BLOCKS.has(tag)) out.flush();
      else if (tag === 'td' || tag === 'th') out.text(' ');
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (tag === 'pre') {
      out.preformatted(node.textContent ?? '');
      continue;
    }
    if (BLOCKS.has(tag)) out.flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  out.flush();
  return out.paragraphs;
}

// Chinese and Japanese are written without spaces: each ideograph or kana counts as a word, so
// that the threshold means roughly the same amount of text in every script.
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}])+/gu;

/** Words in a text, as counted for the "is this an article" threshold. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The words of a text, as countWords counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** True when a text has at least `count` words; stops counting there (texts can be 20 MB). */
export function hasWords(text: string, count: number): boolean {
  const word = new RegExp(WORD.source, WORD.flags);
  for (let found = 0; found < count; found++) if (word.exec(text) === null) return false;
  return true;
}
