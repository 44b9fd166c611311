// Direct quotations of one version: text between “…”, "…", ‘…’ or '…' in body paragraphs.
// An apostrophe is never an opening mark (it follows a letter: "city’s", "’90s" is not
// followed by a closing mark), and a closing single mark must not be followed by a letter.
// A paragraph left open continues into the next paragraph when that one opens with a mark
// (news style for quotes over several paragraphs). A title-case quotation right after
// "book", "film", "titled"… is a title, not a quotation. Speakers come from attributions
// next to the quotation (pronouns already resolved), then from a nearby "X said".

import type { FoundAttribution } from './attributions-find.js';
import type { Prepared } from '../text/prepare.js';
import type { Block, QuoteSpan } from '../types.js';

/** A quotation found in a version: `start`/`end` bound the words inside the marks. */
export interface FoundQuote extends QuoteSpan {
  /** Offsets of the whole quotation, marks included. */
  outerStart: number;
  outerEnd: number;
}

/** A quotation's offsets: [outerStart, outerEnd, start, end] (marks, then words inside). */
export type QuoteRange = [number, number, number, number];

const OPEN_BEFORE = /[\s([\u2014\u2013:-]/;
const PAIRS: Record<string, string> = {
  '\u201C': '\u201D',
  '\u201E': '\u201D',
  '"': '"',
  '\u2018': '\u2019',
  "'": "'",
};
const TITLE_CUE =
  /\b(?:book|novel|memoir|film|movie|documentary|song|album|play|poem|series|show|titled|entitled|column|essay|headline)\s*,?\s*$/i;

const DOUBLE = '\u201C\u201E"';
/** Every character that can open or close a quotation. */
const MARKS = /[\u201C\u201D\u201E"\u2018\u2019']/g;
const SINGLE = "\u2018'";

function opens(text: string, i: number, marks = DOUBLE): string | null {
  const c = text.charAt(i);
  const close = PAIRS[c];
  if (close === undefined || !marks.includes(c)) return null;
  const before = i === 0 ? ' ' : text.charAt(i - 1);
  if (
    c !== '\u201C' &&
    c !== '\u201E' &&
    !OPEN_BEFORE.test(before) &&
    before !== '\u201C' &&
    before !== '"'
  ) {
    return null;
  }
  return /[\s]/.test(text.charAt(i + 1)) || i + 1 >= text.length ? null : close;
}

function closes(text: string, i: number, close: string): boolean {
  if (text.charAt(i) !== close || /\s/.test(text.charAt(i - 1))) return false;
  // A single mark followed by a letter is an apostrophe: "don’t", "Reuters’s".
  return !(close !== '\u201D' && close !== '"' && /\p{L}/u.test(text.charAt(i + 1)));
}

function isTitle(text: string, outerStart: number, inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const titleCase = words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
  return titleCase && TITLE_CUE.test(text.slice(Math.max(0, outerStart - 40), outerStart));
}

/** Quotations of one paragraph; `carry` is an opening mark left open in the previous one. */
function scan(
  text: string,
  start: number,
  end: number,
  out: Array<QuoteRange>,
  carry: [number, string] | null,
  marks = DOUBLE,
): [number, string] | null {
  let open = carry;
  // Only quotation marks can open or close: jump from one to the next, within the paragraph
  // (the slice keeps the search from running on to the end of the text).
  const upTo = text.slice(0, end);
  MARKS.lastIndex = start;
  for (let m = MARKS.exec(upTo); m !== null; m = MARKS.exec(upTo)) {
    const i = m.index;
    if (open === null) {
      const close = opens(text, i, marks);
      if (close !== null) open = [i, close];
    } else if (closes(text, i, open[1])) {
      // "rock 'n' roll": one or two letters between single marks are an elision.
      if (!(marks === SINGLE && /^\p{L}{1,2}$/u.test(text.slice(open[0] + 1, i)))) {
        out.push([open[0], i + 1, open[0] + 1, i]);
      }
      open = null;
    }
  }
  return open;
}

function nextOpens(text: string, blocks: readonly Block[], b: number): boolean {
  const nb = blocks[b + 1];
  return nb !== undefined && nb.kind === 'body' && opens(text, nb.start) !== null;
}

/**
 * A quotation left open at the end of paragraph `b`, followed through the next paragraphs
 * while each opens with a mark and stays open, up to the one that closes it; null when the
 * chain breaks (then the quotation ends with its own paragraph).
 */
function continued(
  text: string,
  blocks: readonly Block[],
  b: number,
  carry: [number, string],
): QuoteRange | null {
  for (let i = b; nextOpens(text, blocks, i); i += 1) {
    const nb = blocks[i + 1] as { start: number; end: number };
    const tail: Array<QuoteRange> = [];
    const rest = scan(text, nb.start + 1, nb.end, tail, [nb.start, carry[1]]);
    const first = tail[0];
    if (first !== undefined && first[0] === nb.start) {
      return [carry[0], first[1], carry[0] + 1, first[3]];
    }
    if (rest === null || rest[0] !== nb.start) return null;
  }
  return null;
}

/** Every quotation's offsets: [outerStart, outerEnd, start, end]. */
function quoteRanges(text: string, blocks: readonly Block[]): QuoteRange[] {
  const out: QuoteRange[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'body') return;
    // Single marks second, outside double quotations (nested ones belong to the outer
    // quotation), and never left open: an unmatched one is an apostrophe.
    const singles: Array<QuoteRange> = [];
    scan(text, b.start, b.end, singles, null, SINGLE);
    const carry = scan(text, b.start, b.end, out, null);
    const doubles = out.filter((q) => q[0] >= b.start && q[1] <= b.end);
    out.push(...singles.filter((q) => !doubles.some((d) => d[0] < q[0] && q[1] <= d[1])));
    if (carry === null || b.end - carry[0] <= 2) return;
    out.push(continued(text, blocks, i, carry) ?? [carry[0], b.end, carry[0] + 1, b.end]);
  });
  // A paragraph that continued a quotation starts inside it: drop its own partial match.
  return out
    .filter((q, i) => !out.some((o, j) => j !== i && o[0] < q[0] && q[1] <= o[1]))
    .sort((a, b) => a[0] - b[0]);
}

function speakerFrom(
  atts: readonly FoundAttribution[],
  q: QuoteRange,
  text: string,
): string | null {
  const near = atts.filter(
    (a) => a.kind === 'speech' || a.kind === 'report' || a.kind === 'according_to',
  );
  const after = near.find(
    (a) => a.start >= q[1] && /^[ ,.:;—–-]*$/.test(text.slice(q[1], a.start)),
  );
  if (after?.source) return after.source;
  const before = [...near]
    .reverse()
    .find((a) => a.end <= q[0] && /^[ ,:]*(?:that ?)?$/.test(text.slice(a.end, q[0])));
  if (before?.source) return before.source;
  // Same sentence, further away ("X said the company was “…”"), then the same paragraph
  // (news style: "“…,” X said. “…”" gives both quotations to X), before and after.
  const sentence = near.filter((a) => a.end <= q[0] && !/[.!?]\s|\n/.test(text.slice(a.end, q[0])));
  const para = near.filter((a) => a.end <= q[0] && !text.slice(a.end, q[0]).includes('\n'));
  const later = near.find((a) => a.start >= q[1] && !text.slice(q[1], a.start).includes('\n'));
  const got = sentence[sentence.length - 1] ?? para[para.length - 1] ?? later;
  return got?.source ?? null;
}

/**
 * The direct quotations of the body paragraphs, in text order, as offsets [outerStart,
 * outerEnd, start, end] (titles of works left out). Needs no attributions, so attribution
 * finding uses it too: a reporting verb inside the marks is the speaker's word, no credit.
 */
export function quoteSpans(text: string, blocks: readonly Block[]): QuoteRange[] {
  return quoteRanges(text, blocks).filter(([o0, , s, e]) => !isTitle(text, o0, text.slice(s, e)));
}

const spansCache = new WeakMap<Prepared, QuoteRange[]>();

/**
 * The quotation spans of a prepared version, computed once: attribution finding and quote
 * extraction both need them, and the base is shared by every pair.
 */
export function quoteSpansOf(p: Prepared): QuoteRange[] {
  let spans = spansCache.get(p);
  if (spans === undefined) {
    spans = quoteSpans(p.input.text, p.blocks);
    spansCache.set(p, spans);
  }
  return spans;
}

/** Every direct quotation in the body paragraphs of a version, in text order. */
export function extractQuotes(p: Prepared, atts: readonly FoundAttribution[]): FoundQuote[] {
  const text = p.input.text;
  return quoteSpansOf(p).map((q) => ({
    start: q[2],
    end: q[3],
    text: text.slice(q[2], q[3]),
    speaker: speakerFrom(atts, q, text),
    outerStart: q[0],
    outerEnd: q[1],
  }));
}
