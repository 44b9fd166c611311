// The page source without what is never article text, measured on the way: a ScanVisitor for
// scanHtml. Removed: comments, scripts (JSON-LD kept, it carries metadata), styles, <noscript>,
// <iframe>/<noembed>/<noframes> fallbacks, inline <svg> and <math>, and attribute values over
// STRIP.maxAttributeChars (inline data: images). On heavy pages these are most of the bytes,
// and jsdom and Readability would otherwise pay for them. Everything else is copied byte for
// byte, so the DOM built from the result is the page's own, minus the removed parts.
//
// Measured as well: the elements the DOM will hold (start tags kept) and an estimate of its
// depth, so html-extract can choose the linear route for pages a DOM would choke on.
import type { Token } from 'parse5';
import type { ScanVisitor } from './html-scan';

/** Limits of the stripping pass. */
export const STRIP = {
  /** Attribute values longer than this are dropped (data: images; never article text). */
  maxAttributeChars: 2_000,
} as const;

/** Elements removed with their content (their content is raw text to the tokenizer). */
const REMOVED_RAW = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes']);

/** Elements that hold no content, so never deepen the tree. */
const VOID = new Set(
  'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(
    ' ',
  ),
);

/**
 * Elements that the next one of their kind (or their parent's end) closes implicitly, so an
 * unclosed run of them does not deepen the tree; counting them would overstate its depth.
 */
const IMPLIED_END = new Set(
  'a body caption colgroup dd dt head html li optgroup option p rb rp rt rtc tbody td tfoot th thead tr'.split(
    ' ',
  ),
);

/** What stripping found. */
export interface Stripped {
  /** The source without the removed parts. */
  html: string;
  /** Start tags kept: about the number of elements a DOM of `html` holds. */
  elements: number;
  /** Estimated nesting depth of that DOM (elements open at once, at most). */
  depth: number;
}

const isJsonLd = (tag: Token.TagToken): boolean =>
  tag.attrs.some((a) => a.name === 'type' && /application\/ld\+json/i.test(a.value));

/** Estimates the depth of the tree: a stack of open elements, closed by matching end tags. */
class DepthGauge {
  max = 0;
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();

  push(name: string): void {
    if (VOID.has(name) || IMPLIED_END.has(name)) return;
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (this.stack.length > this.max) this.max = this.stack.length;
  }

  /** Pops to the matching element; an end tag with none open is ignored, as parsers do. */
  pop(name: string): void {
    if (!this.open.get(name)) return;
    // Each element is popped once, so all pops together are linear in the number of pushes.
    for (let top = this.stack.pop(); top !== undefined; top = this.stack.pop()) {
      this.open.set(top, (this.open.get(top) ?? 1) - 1);
      if (top === name) return;
    }
  }
}

/** A visitor that strips the page while scanHtml reads it; `result()` after the scan. */
export class Stripper implements ScanVisitor {
  private readonly kept: string[] = [];
  private copiedTo = 0;
  private elements = 0;
  private readonly gauge = new DepthGauge();
  /** Start offset of a removed raw-text element whose end tag has not come yet. */
  private rawStart: number | null = null;

  constructor(private readonly source: string) {}

  /** Drops source[start, end), keeping what came before it. */
  private drop(start: number, end: number): void {
    if (start > this.copiedTo) this.kept.push(this.source.slice(this.copiedTo, start));
    this.copiedTo = Math.max(this.copiedTo, end);
  }

  startTag(tag: Token.TagToken, start: number): void {
    if (REMOVED_RAW.has(tag.tagName) && !(tag.tagName === 'script' && isJsonLd(tag))) {
      this.rawStart = start;
      return;
    }
    this.elements++;
    this.gauge.push(tag.tagName);
    for (const attr of tag.attrs) {
      const where = tag.location?.attrs?.[attr.name];
      if (attr.value.length > STRIP.maxAttributeChars && where) {
        this.drop(where.startOffset, where.endOffset);
      }
    }
  }

  endTag(name: string, _start: number, end: number): void {
    if (this.rawStart !== null) {
      // The tokenizer reports no tag inside raw text but the element's own end tag.
      this.drop(this.rawStart, end);
      this.rawStart = null;
      return;
    }
    this.gauge.pop(name);
  }

  comment(start: number, end: number): void {
    this.drop(start, end);
  }

  foreign(start: number, end: number): void {
    this.drop(start, end);
  }

  end(length: number): void {
    // A raw-text element never closed runs to the end, as it does in a browser.
    if (this.rawStart !== null) this.drop(this.rawStart, length);
    this.drop(length, length);
  }

  result(): Stripped {
    return { html: this.kept.join(''), elements: this.elements, depth: this.gauge.max };
  }
}
