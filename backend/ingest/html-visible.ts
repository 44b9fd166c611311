// The text a reader sees in a page's main content, read from the token stream without a DOM: a
// ScanVisitor for scanHtml. It serves twice: as the article text of pages too big for a DOM
// (html-reduced.ts), and as the yardstick html-loss.ts holds the extracted article against.
//
// Blocks (p, div, headings, list items…) become paragraphs, <br> a line break. Text inside raw
// text elements (script, style, title, textarea…) is never visible. Page chrome (nav, header,
// footer, aside, form) and controls (button, select, template…) are left out when they close;
// one never closed holds the rest of the page, so what it held is kept rather than lose a whole
// article to one missing end tag (the old regex route kept it too). Each paragraph remembers
// whether it came from a <p>, because the article is usually the <p>s.
import type { Token } from 'parse5';
import type { ScanVisitor } from './html-scan';

/** One visible paragraph. */
export interface VisibleParagraph {
  text: string;
  /** It came from a <p> element (rather than a div, heading, list item…). */
  fromP: boolean;
}

/** Stands for <br> in the collected text, whose own line breaks are just whitespace. */
const BR = '\uE000';

const BLOCKS = new Set(
  (
    'address article blockquote body caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure h1 h2 h3 h4 h5 h6 hgroup hr li main ol p pre section summary table ' +
    'tbody tfoot thead tr ul'
  ).split(' '),
);

/** Page chrome and controls: left out of the visible text once they close. */
const HIDDEN = new Set(
  'nav header footer aside form button select template object canvas datalist'.split(' '),
);

/** Raw-text elements whose text a reader never sees (the tokenizer reports it as characters). */
const INVISIBLE_RAW = new Set(['script', 'style', 'title', 'textarea', 'noscript', 'iframe']);
const INVISIBLE_RAW_MORE = new Set(['noembed', 'noframes', 'xmp', 'plaintext']);

export class VisibleText implements ScanVisitor {
  private readonly out: VisibleParagraph[] = [];
  private parts: string[] = [];
  private inP = false;
  /** Inside a raw-text element whose text is not shown. */
  private invisible = false;
  /** Open hidden elements by name, and where the outermost one started in `out`. */
  private readonly hiddenOpen = new Map<string, number>();
  private hiddenDepth = 0;
  private hiddenFrom = 0;

  startTag(tag: Token.TagToken): void {
    const name = tag.tagName;
    if (INVISIBLE_RAW.has(name) || INVISIBLE_RAW_MORE.has(name)) {
      this.invisible = name !== 'xmp' && name !== 'plaintext';
      return;
    }
    if (name === 'br') return void this.parts.push(BR);
    if (name === 'td' || name === 'th') return void this.parts.push(' ');
    if (HIDDEN.has(name) && !tag.selfClosing) {
      this.flush();
      if (this.hiddenDepth === 0) this.hiddenFrom = this.out.length;
      this.hiddenDepth++;
      this.hiddenOpen.set(name, (this.hiddenOpen.get(name) ?? 0) + 1);
    }
    if (BLOCKS.has(name)) {
      this.flush();
      this.inP = name === 'p';
    }
  }

  endTag(name: string): void {
    this.invisible = false;
    if (BLOCKS.has(name)) {
      this.flush();
      this.inP = false;
    }
    const open = this.hiddenOpen.get(name) ?? 0;
    if (open > 0) {
      this.flush();
      this.hiddenOpen.set(name, open - 1);
      this.hiddenDepth--;
      // The outermost hidden element closed: what it held is not the main content.
      if (this.hiddenDepth === 0) this.out.length = this.hiddenFrom;
    }
  }

  text(chars: string): void {
    if (!this.invisible) this.parts.push(chars);
  }

  end(): void {
    this.flush();
  }

  /** Ends the current block: its lines become paragraphs; an empty line splits them. */
  private flush(): void {
    if (this.parts.length === 0) return;
    let lines: string[] = [];
    const push = (): void => {
      if (lines.length > 0) this.out.push({ text: lines.join('\n'), fromP: this.inP });
      lines = [];
    };
    for (const raw of this.parts.join('').split(BR)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line) lines.push(line);
      else push();
    }
    push();
    this.parts = [];
  }

  /** The visible paragraphs, in page order (after the scan). */
  paragraphs(): VisibleParagraph[] {
    return this.out;
  }
}
