// Sentence scope of a credit: a light sentence splitter (enough to know which words a
// credit governs), the content words of a sentence, and a binary search over sorted spans.
// A text without sentence punctuation would be one endless sentence that every rule scans
// from every offset, so a sentence longer than SCOPE.maxSentence is cut at a space.

import { foldSpelling, foldTypography } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Block } from '../types.js';

/** Limits of the sentence scope; none depends on the clock. */
const SCOPE = {
  /** Longest sentence the per-sentence rules see, in characters (real ones are far shorter). */
  maxSentence: 600,
};

/** Sentence bounds inside a paragraph, as absolute offsets. */
export interface SentenceSpan {
  start: number;
  end: number;
  block: number;
}

// Not after a title or an initial: "Dr. Amina Diallo" is one sentence.
const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|St|Jr|Sr|\p{Lu}))[.!?…]+["”’)]*\s+(?=[“"‘'(\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences (a light splitter: enough to scope a credit). */
export function sentencesOf(text: string, b: Block, block: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = b.start;
  for (const m of text.slice(b.start, b.end).matchAll(SENTENCE_END)) {
    const at = b.start + (m.index ?? 0) + m[0].length;
    pushCut(text, from, at, block, out);
    from = at;
  }
  if (from < b.end) pushCut(text, from, b.end, block, out);
  return out;
}

/** Pushes a sentence, cut at spaces into pieces of at most SCOPE.maxSentence characters. */
function pushCut(text: string, from: number, to: number, block: number, out: SentenceSpan[]) {
  let s = from;
  while (to - s > SCOPE.maxSentence) {
    const sp = text.lastIndexOf(' ', s + SCOPE.maxSentence);
    const cut = sp > s + SCOPE.maxSentence / 2 ? sp + 1 : s + SCOPE.maxSentence;
    out.push({ start: s, end: cut, block });
    s = cut;
  }
  out.push({ start: s, end: to, block });
}

/** Content key of a lower-case word, or null for none (cached: words repeat). */
const wordKeys = new Map<string, string | null>();
/** Bound of that cache, so a text of a million distinct words does not keep them all. */
const WORD_KEYS_MAX = 200_000;

function wordKey(w: string): string | null {
  let k = wordKeys.get(w);
  if (k === undefined) {
    const folded = foldSpelling(w.replace(/[.'-]+$/, '').replace(/'s$/, ''));
    k = folded.length > 1 && !STOPWORDS.has(folded) ? folded : null;
    if (wordKeys.size < WORD_KEYS_MAX) wordKeys.set(w, k);
  }
  return k;
}

/** Words of a folded, lower-case text: a letter or digit, then letters, digits, `'`, `.`, `-`. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu;

/** Folded, lower-case form of a code unit that folds to ASCII without NFKC; -1 for others. */
function asciiFold(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c === 96 ? 39 : c; // the backtick is a single quote to foldTypography
  }
  if (c === 0x2018 || c === 0x2019) return 39;
  if (c === 0x201c || c === 0x201d) return 34;
  return c === 0x2013 || c === 0x2014 ? 45 : -1;
}

const isWordStart = (f: number): boolean => (f >= 97 && f <= 122) || (f >= 48 && f <= 57);

/** Code units per String.fromCharCode call: a spread of a huge array overflows the stack. */
const CODES_PER_CALL = 4096;

/** The string of `codes` (a word can be as long as a text with no space in it). */
function fromCodes(codes: readonly number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CODES_PER_CALL) {
    out += String.fromCharCode(...codes.slice(i, i + CODES_PER_CALL));
  }
  return out;
}

/**
 * `foldTypography(text).toLowerCase().match(WORD)` in one pass without copies, for text
 * whose every character is ASCII or a curly quote or an en or em dash (most news text; null
 * for any other). On such text the fold is NFKC-free: curly and back quotes become ASCII
 * quotes, every run of hyphens and dashes one hyphen, and spaces (word separators either
 * way) collapse. Context words are taken for every credit, and the fold's six passes over
 * each sentence were most of that cost.
 */
function asciiFoldedWords(text: string): string[] | null {
  const out: string[] = [];
  const word: number[] = [];
  let hyphen = false;
  // Where the word starts, and whether it is the text's own characters unchanged (most words:
  // lower case, nothing folded, nothing skipped), so it can be sliced instead of rebuilt.
  let from = 0;
  let plain = true;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const f = asciiFold(c);
    if (f < 0) return null;
    if (f === 45 && hyphen) {
      plain = false; // a run of hyphens and dashes folds to one hyphen
      continue;
    }
    hyphen = f === 45;
    if (isWordStart(f) || (word.length > 0 && (f === 39 || f === 46 || f === 45))) {
      if (word.length === 0) {
        from = i;
        plain = true;
      }
      if (c !== f) plain = false;
      word.push(f);
    } else if (word.length > 0) {
      out.push(plain ? text.slice(from, i) : fromCodes(word));
      word.length = 0;
    }
  }
  return out;
}

/** Content words of a text: folded, lower case, spelling-folded, stopwords left out. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const words = asciiFoldedWords(text) ?? foldTypography(text).toLowerCase().match(WORD) ?? [];
  for (const w of words) {
    const k = wordKey(w);
    if (k !== null) out.add(k);
  }
  return out;
}
