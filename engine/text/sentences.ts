// A rule-based sentence splitter for news text. Intl.Segmenter splits after every "U.S."
// and "Mr." and the sbd package pulls sanitize-html into a browser bundle, so the engine
// carries its own rules: a period, "?" or "!" (with closing quotes or brackets) followed by
// space ends a sentence unless the next word starts in lower case ("he said"), the word
// before is a title or an initial, a month or "No." precedes a number, or an abbreviation
// that can end a sentence (U.S., Inc., Calif.) is followed by a word that rarely starts one.
// A run longer than `SENTENCES.maxChars` (text with no sentence punctuation, a list) is cut
// into pseudo-sentences at a line break, else after ; : or a comma, else at a space: a whole
// unpunctuated text taken as one sentence made every later stage work on one huge unit.

import type { Span } from './segment.js';

// Titles never end a sentence: "Gov. Jerry Brown".
const TITLES = new Set(
  (
    'mr mrs ms messrs dr gov sen rep gen col lt sgt capt cmdr adm maj prof rev hon pres supt ' +
    'det insp gov. atty amb st mt ft sr jr vs v cf ca approx dept est'
  ).split(' '),
);
// These end a sentence only when a new sentence clearly follows: "in Sacramento, Calif. The".
const SOFT = new Set(
  (
    'inc corp co ltd llc plc bros etc ala ariz ark calif colo conn del fla ga ill ind kan ky la ' +
    'md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo jan feb mar ' +
    'apr jun jul aug sep sept oct nov dec no nos vol art fig pp p'
  ).split(' '),
);
// Before a number these never end a sentence: "Jan. 15", "No. 10".
const BEFORE_NUMBER = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig pp p'.split(' '),
);
// Words that commonly open a sentence; after a soft abbreviation they signal a boundary.
const STARTERS = new Set(
  (
    'a an the he she it they we i you this that these those there his her its their our my ' +
    'but and so yet or in on at by for from with after before when while if as since though ' +
    'although however meanwhile still also then now today yesterday officials police some many ' +
    'most no one two three what who why how where'
  ).split(' '),
);
const SPEECH = /^(?:said|says|say|asked|asks|told|tells|added|adds|wrote|writes|replied|shouted)\b/;

/** Limits of sentence splitting, in one place. */
export const SENTENCES = {
  /** Longest sentence in characters (about 100 words; real sentences are far shorter). */
  maxChars: 600,
  /** Shortest piece a cut may leave: cuts are looked for in `[minChars, maxChars]`. */
  minChars: 200,
} as const;

const CANDIDATE = /([.!?\u2026]+)(['"\u201D\u2019)\]]*)(?=\s)/g;

/** True for a letter, digit or dot at `i`; ASCII is decided without the Unicode-class regex. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  }
  return /[\p{L}\p{N}.]/u.test(text.charAt(i));
}

/** The word just before position `i` (letters, digits and inner dots), without a final dot. */
function wordBefore(text: string, i: number, floor: number): string {
  let s = i;
  while (s > floor && isWordChar(text, s - 1)) s -= 1;
  return text.slice(s, i).replace(/\.$/, '');
}

/** How far after a sentence mark the next words are looked for, in characters. */
const LOOK_AHEAD = 80;

/** The next few words after position `i`, up to the next punctuation mark. */
function wordsAfter(text: string, i: number, end: number): string[] {
  const m = /^[\s\u00A0]*([^.!?,;:\n]*)/u.exec(text.slice(i, Math.min(end, i + LOOK_AHEAD)));
  return (m?.[1] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
}

/** True for a character `\s` matches (ASCII decided without a regex). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text.charAt(i));
}

/** True for the marks that end the words `wordsAfter` looks at: . ! ? , ; : and a line break. */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58 || c === 10;
}

/**
 * `wordsAfter(text, i, end)[0]` without the slice, the expression and the split: the first
 * run of characters that are neither spaces nor stops after the spaces at `i`. Every
 * sentence mark asks for it, and only a few need the words after it.
 */
function firstWordAfter(text: string, i: number, end: number): string | undefined {
  const limit = Math.min(end, i + LOOK_AHEAD, text.length);
  let s = i;
  while (s < limit && isSpace(text, s)) s += 1;
  let e = s;
  while (e < limit && !isStop(text.charCodeAt(e)) && !isSpace(text, e)) e += 1;
  return e > s ? text.slice(s, e) : undefined;
}

/** True when the text after a quote that ends in "?" or "!" is its attribution ("Smith asked"). */
function isQuoteAttribution(words: string[]): boolean {
  for (let k = 0; k < words.length && k < 4; k += 1) {
    const w = (words[k] ?? '').toLowerCase();
    if (SPEECH.test(w)) return true;
    if (k > 0 && !/^\p{Lu}/u.test(words[k] ?? '')) return false;
  }
  return false;
}

/** Decides whether the terminator `mark` at `at`, with closing quotes `close`, ends a sentence. */
function isBoundary(text: string, at: number, mark: string, close: string, end: number): boolean {
  const from = at + mark.length + close.length;
  const next = firstWordAfter(text, from, end);
  if (next === undefined) return false;
  if (/^\p{Ll}/u.test(next)) return false;
  if (close !== '' && /[?!]/.test(mark) && isQuoteAttribution(wordsAfter(text, from, end))) {
    return false;
  }
  if (mark !== '.') return true;
  const prev = wordBefore(text, at, 0);
  const lower = prev.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(prev)) return false; // an initial: "John F. Kennedy"
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(next)) return false;
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(prev); // "U.S", "a.m"
  if (dotted || SOFT.has(lower)) {
    return STARTERS.has(next.toLowerCase().replace(/^['"\u201C\u2018(]/u, ''));
  }
  return true;
}

/** Splits `text[start, end)` (one paragraph) into sentence spans, trimmed of spaces. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  const body = text.slice(start, end);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(body); m !== null; m = CANDIDATE.exec(body)) {
    const mark = m[1] ?? '';
    const close = m[2] ?? '';
    const at = start + m.index;
    if (!isBoundary(text, at, mark, close, end)) continue;
    const stop = at + mark.length + close.length;
    out.push({ start: from, end: stop });
    from = stop;
    while (from < end && /\s/.test(text.charAt(from))) from += 1;
  }
  if (from < end) out.push({ start: from, end });
  return out.filter((s) => s.end > s.start).flatMap((s) => capLength(text, s));
}

// Where a long run may be cut, best first: a line break, a clause mark, any space.
const CUTS: ReadonlyArray<[RegExp, number]> = [
  [/\n/, 0],
  [/[;:,]/, 1],
  [/\s/, 0],
];

/** The latest good cut in `text[lo, hi)`, or `hi` when there is none. */
function cutPoint(text: string, lo: number, hi: number): number {
  for (const [re, after] of CUTS) {
    for (let i = hi - 1; i >= lo; i -= 1) if (re.test(text.charAt(i))) return i + after;
  }
  return hi;
}

/** Cuts a span longer than `SENTENCES.maxChars` into pseudo-sentences, trimmed of spaces. */
export function capLength(text: string, span: Span): Span[] {
  if (span.end - span.start <= SENTENCES.maxChars) return [span];
  const out: Span[] = [];
  let from = span.start;
  while (span.end - from > SENTENCES.maxChars) {
    const cut = cutPoint(text, from + SENTENCES.minChars, from + SENTENCES.maxChars);
    let end = cut;
    while (end > from && /\s/.test(text.charAt(end - 1))) end -= 1;
    if (end > from) out.push({ start: from, end });
    from = cut;
    while (from < span.end && /\s/.test(text.charAt(from))) from += 1;
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}
