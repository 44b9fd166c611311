// Direct quotations of one version: text between “…”, "…", ‘…’ or '…' in body paragraphs.
// An apostrophe is never an opening mark (it follows a letter: "city’s", "’90s" is not
// followed by a closing mark), and a closing single mark must not be followed by a letter.
// A paragraph left open continues into the next paragraph when that one opens with a mark
// (news style for quotes over several paragraphs). A title-case quotation right after
// "book", "film", "titled"… is a title, not a quotation. Speakers come from attributions
// next to the quotation (pronouns already resolved), then from a nearby "X said". Copy
// mixes its marks: a quotation opened with a straight mark may close with a curly one or
// with ″ (a double prime typed for a quote), so any closing mark of the same family closes.

import type { FoundAttribution, QuoteRange } from './found.js';
import type { Prepared } from '../text/prepare.js';
import type { Block, QuoteSpan } from '../types.js';
import { lowerBound } from '../sorted.js';

export type { QuoteRange } from './found.js';

/** A quotation found in a version: `start`/`end` bound the words inside the marks. */
export interface FoundQuote extends QuoteSpan {
  /** Offsets of the whole quotation, marks included. */
  outerStart: number;
  outerEnd: number;
}

const OPEN_BEFORE = /[\s([\u2014\u2013:-]/;
const PAIRS: Record<string, string> = {
  '\u201C': '\u201D',
  '\u201E': '\u201D',
  '"': '"',
  '\u00AB': '\u00BB',
  '\u2018': '\u2019',
  "'": "'",
};
/** Marks that close a quotation of each family, whichever mark opened it. */
const CLOSERS: Record<string, string> = {
  '\u201D': '\u201D"\u2033\u201C',
  '"': '"\u201D\u2033\u201C',
  '\u00BB': '\u00BB',
  '\u2019': "\u2019'",
  "'": "'\u2019",
};
const TITLE_CUE =
  /\b(?:book|novel|memoir|film|movie|documentary|song|album|play|poem|series|show|titled|entitled|column|essay|headline)\s*,?\s*$/i;

const DOUBLE = '\u201C\u201E"\u00AB';
/** Every character that can open or close a quotation. */
const MARKS = /[\u201C\u201D\u201E"\u2018\u2019'\u2033\u00AB\u00BB]/g;
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
  const c = text.charAt(i);
  if (!(CLOSERS[close] ?? close).includes(c) || /\s/.test(text.charAt(i - 1))) return false;
  // A “ closes only where a closing mark belongs: before a space, punctuation or the end
  // (a typo'd “ that closes a quotation is followed by no letter).
  if (c === '\u201C' && /[\p{L}\p{N}]/u.test(text.charAt(i + 1))) return false;
  // A single mark followed by a letter is an apostrophe: "don’t", "Reuters’s".
  return !((close === '\u2019' || close === "'") && /\p{L}/u.test(text.charAt(i + 1)));
}

/** Runs of non-space characters: the words `isTitle` looks at. */
const RUN = /\S+/g;

function isTitle(text: string, outerStart: number, inner: string): boolean {
  // Title case: every word of four letters or more is capitalised (and there is one). Most
  // quotations fail at their second such word, so the words are read one at a time.
  let any = false;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(inner); m !== null; m = RUN.exec(inner)) {
    const w = m[0];
    if (w.length <= 3 || !/^\p{L}/u.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    any = true;
  }
  return any && TITLE_CUE.test(text.slice(Math.max(0, outerStart - 40), outerStart));
}

/**
 * True for an opening “ inside an open double quotation, after the quotation's last words
 * end in sentence punctuation and a space: the typo'd closing mark of that quotation.
 */
function strayCloser(text: string, i: number, open: [number, string]): boolean {
  return (
    text.charAt(i) === '\u201C' &&
    open[1] === '\u201D' &&
    i - open[0] > 2 &&
    /[.?!,…] $/u.test(text.slice(i - 2, i))
  );
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
    } else if (strayCloser(text, i, open)) {
      // A closing mark typed as an opening one and moved past the space ("…addiction? “Herrington
      // said" in machine-translated copy): the quotation ends before it, and what follows,
      // often the attribution, is outside it. A double mark never nests in a double quotation.
      out.push([open[0], i, open[0] + 1, i - 1]);
      open = null;
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
    const from = out.length;
    const carry = scan(text, b.start, b.end, out, null);
    const doubles = out.slice(from);
    out.push(...singles.filter((q) => !doubles.some((d) => d[0] < q[0] && q[1] <= d[1])));
    if (carry === null || b.end - carry[0] <= 2) return;
    out.push(continued(text, blocks, i, carry) ?? [carry[0], b.end, carry[0] + 1, b.end]);
  });
  // A paragraph that continued a quotation starts inside it: drop its own partial match
  // (one sweep in text order: a range inside the furthest-reaching earlier one goes).
  const sorted = out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: QuoteRange[] = [];
  let reach = -1;
  let reachFrom = -1;
  for (const q of sorted) {
    if (reachFrom < q[0] && q[1] <= reach) continue;
    kept.push(q);
    if (q[1] > reach) [reach, reachFrom] = [q[1], q[0]];
  }
  return kept;
}

/** How far from a quotation a speaker is looked for, in characters (bounds each look). */
const SPEAKER_REACH = 1500;

/** The text between two offsets, or null when it is longer than SPEAKER_REACH. */
function gap(text: string, from: number, to: number): string | null {
  return to - from > SPEAKER_REACH ? null : text.slice(from, to);
}

/** Index of the first attribution starting at or after `at` (atts sorted by start). */
const firstFrom = (atts: readonly FoundAttribution[], at: number): number =>
  lowerBound(atts, at, (a) => a.start);

/**
 * The speaker of a quotation: the attribution right after it, else right before it, else the
 * nearest earlier one in its sentence or paragraph (news style: "“…,” X said. “…”" gives
 * both quotations to X), else a later one in its paragraph. Only the nearest attribution on
 * each side is looked at, so this is a binary search, not a walk over every attribution.
 */
function speakerFrom(
  near: readonly FoundAttribution[],
  q: QuoteRange,
  text: string,
  sentenceAt: (at: number) => number,
) {
  const k = firstFrom(near, q[1]);
  const after = near[k];
  const ga = after === undefined ? null : gap(text, q[1], after.start);
  if (after?.source && ga !== null && /^[ ,.:;—–-]*$/.test(ga)) return after.source;
  // The nearest attribution that ends before the quotation opens.
  let i = firstFrom(near, q[0]) - 1;
  while (i >= 0 && (near[i]?.end ?? 0) > q[0]) i -= 1;
  const before = near[i];
  const gb = before === undefined ? null : gap(text, before.end, q[0]);
  if (before?.source && gb !== null) {
    if (/^[ ,:]*(?:that ?)?$/.test(gb)) return before.source;
    // across a sentence end, only a quotation that opens its sentence continues the speaker
    // ("X said. “…”"); one inside a sentence of the writer's own ("engaged in “re-education”
    // therapies") is a quoted term, not the earlier speaker's words
    const inSentence = sentenceAt(before.end - 1) === sentenceAt(q[0]);
    const opens = sentenceAt(q[0] - 1) !== sentenceAt(q[0]) || /^\s*$/.test(gb);
    if (!gb.includes('\n') && (inSentence || opens)) return before.source;
  }
  if (after?.source && ga !== null && !ga.includes('\n')) return after.source;
  return null;
}

/**
 * The index of the sentence (prepare.ts) that offset `at` lies in or follows: offsets
 * between two sentences (spaces, an opening mark) belong to the one before.
 */
function sentenceIndex(p: Prepared): (at: number) => number {
  const starts = p.sentences.map((x) => p.tokens.start[x.t0] ?? 0);
  return (at) => lowerBound(starts, at + 1, (s) => s) - 1;
}

/** Attributions that can name a speaker, sorted by start. */
const speakers = (atts: readonly FoundAttribution[]) =>
  atts
    .filter((a) => a.kind === 'speech' || a.kind === 'report' || a.kind === 'according_to')
    .sort((a, b) => a.start - b.start);

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
  const near = speakers(atts);
  const sentenceAt = sentenceIndex(p);
  return quoteSpansOf(p).map((q) => ({
    start: q[2],
    end: q[3],
    text: text.slice(q[2], q[3]),
    speaker: speakerFrom(near, q, text, sentenceAt),
    outerStart: q[0],
    outerEnd: q[1],
  }));
}
