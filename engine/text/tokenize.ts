// Word tokens with offsets. Whitespace is never a token (counting it as words is one of the
// failures we must avoid), but every other character belongs to exactly one token, so the
// tokens of a block account for all of its visible text. Numbers, money, percentages, times
// and dates are single tokens: "$35,000,000", "1.5 million", "12%", "Jan. 5, 2019", "11:23 am".

/** Token kinds: only `word` and `number` count as words. */
export type TokenKind = 'word' | 'number' | 'punct';

/** One token: `[start, end)` into the version text. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  raw: string;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|' +
  'Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const SP = '[ \\u00A0]';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = `(?:,?${SP}\\d{4})`;
const NUM = '\\d+(?:[.,]\\d+)*';
const SCALE = `(?:${SP}?%|${SP}(?:percent|per${SP}cent|million|billion|trillion|thousand|bn)\\b)`;

// Alternatives in priority order; the flags are `gyu`, so each match starts exactly where
// the previous one ended (after whitespace is skipped by the caller).
const PATTERNS: ReadonlyArray<readonly [TokenKind, string]> = [
  // "Jan. 5, 2019", "May 29", "November 2019"
  ['number', `${MONTH}\\.?${SP}(?:${DAY}${YEAR}?|\\d{4})\\b`],
  // "29th Nov, 2019", "5 January 2019"
  ['number', `${DAY}${SP}${MONTH}\\.?${YEAR}?\\b`],
  // "11:23 am", "9:30"
  ['number', `\\d{1,2}:\\d{2}(?:${SP}?[ap]\\.?m\\.?)?`],
  // "2019-11-29", "11/29/2019"
  ['number', '\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}'],
  // "$35,000,000", "US$5 billion", "£1.5m", "12%", "1.5 million"
  [
    'number',
    `(?:(?:US|A|C|HK|NZ)?[$€£¥]${SP}?)?${NUM}(?:${SCALE}|[mkb]n?\\b)?(?![\\p{L}\\d-]|[.,]\\d)`,
  ],
  // "U.S.", "A.I.", "a.m."
  ['word', '(?:\\p{L}\\.){2,}'],
  // words, including in-word apostrophes and hyphens and digits: "China's", "17-year-old", "5G"
  [
    'word',
    "[\\p{L}\\p{M}\\p{N}\\u00AD]+(?:(?:['\\u2019\\u2010\\u2011-]|(?<=\\d)[.,](?=\\d))[\\p{L}\\p{M}\\p{N}\\u00AD]+)*",
  ],
  // runs of dots or dashes are one mark ("...", "--"); anything else is one code point
  ['punct', '\\.{2,}|-{2,}|[^\\s\\u200B-\\u200D\\u2060]'],
];

const MATCHERS = PATTERNS.map(([kind, source]) => [kind, new RegExp(source, 'yu')] as const);

// The characters each pattern can start with (null: any), so most words skip the five number
// patterns without running them: a month name starts with one of its capitals, the three
// date and time patterns with an ASCII digit (`\d` under the `u` flag), an amount with a
// digit, a currency sign or a currency prefix's first letter. Skipping a pattern that cannot
// match at `i` leaves the first match, and so every token, as it was.
const DIGITS = '0123456789';
const FIRST: ReadonlyArray<string | null> = [
  'JFMASOND',
  DIGITS,
  DIGITS,
  DIGITS,
  `${DIGITS}UACHN$€£¥`,
  null,
  null,
  null,
];
const SPACE = /[\s\u200B-\u200D\u2060]+/y;
/** Index of the initialism pattern ("U.S.") and of the word pattern in PATTERNS. */
const INITIALS = 5;
const WORD = 6;

/** True for an ASCII letter or digit (character code). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of the word token at `i` when the word pattern's answer is plain to see, else -1:
 * a run of ASCII letters and digits followed by the end of the text or by an ASCII character
 * that can neither continue a word nor join two parts of one (`'`, `-`, `.`, `,`) is exactly
 * what the pattern matches, and most words are such runs. Anything else goes to the regex.
 */
function asciiWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j += 1;
  if (j === i) return -1;
  if (j === text.length) return j;
  const c = text.charCodeAt(j);
  return c < 128 && c !== 39 && c !== 45 && c !== 46 && c !== 44 ? j : -1;
}

// Curly quotes and en and em dashes: marks that no word, number or initialism can start with.
const WIDE_MARKS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014]);

/**
 * The length of the punctuation token at `i` (code unit `c`, not a space) when only the last
 * pattern can match there, else 0: an ASCII character that is neither a letter, a digit nor
 * `$` (which can open an amount) starts no other pattern, and neither does a curly quote or
 * a dash. Runs of dots or hyphens are one mark, as the pattern says.
 */
function punctLength(text: string, i: number, c: number): number {
  if (c >= 128) return WIDE_MARKS.has(c) ? 1 : 0;
  if (isAsciiAlnum(c) || c === 36) return 0;
  if (c !== 46 && c !== 45) return 1;
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === c) j += 1;
  return j - i;
}

/** The match of pattern `n` at `i`, as its length (0: none). */
function matchAt(n: number, text: string, i: number): number {
  // An initialism is a letter then a dot: without a dot one or two code units on, no match.
  if (n === INITIALS && text[i + 1] !== '.' && text[i + 2] !== '.') return 0;
  if (n === WORD) {
    const e = asciiWordEnd(text, i);
    if (e >= 0) return e - i;
  }
  const re = (MATCHERS[n] as (typeof MATCHERS)[number])[1];
  re.lastIndex = i;
  const m = re.exec(text);
  return m === null ? 0 : m[0].length;
}

/**
 * Tokens as parallel typed arrays, with no object per token: a 100,000-word version has
 * about 120,000 tokens that live as long as its comparison, and as objects (with their raw
 * strings) they were most of the heap the garbage collector copied. A token's raw text is
 * `text.slice(start, end)` of the text its offsets index.
 */
export interface TokenTable {
  /** Number of tokens. */
  length: number;
  start: Int32Array;
  end: Int32Array;
  /** Kind of each token, as its index in TOKEN_KINDS. */
  kind: Uint8Array;
}

/** Token kinds by their code in TokenTable.kind. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
/** The code of `punct` in TokenTable.kind. */
export const PUNCT = 2;
const KIND_CODE: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punct: PUNCT };
const MATCHER_CODES = MATCHERS.map(([kind]) => KIND_CODE[kind]);

/** Sizes of the scanner's scratch table, in tokens. */
const SCRATCH = {
  /** Tokens it holds at first: a long paragraph, so ordinary blocks never grow it. */
  initial: 4096,
  /**
   * Largest size kept between calls: a one-paragraph text of megabytes grows it to hundreds
   * of thousands of tokens, which should not stay allocated after that comparison.
   */
  keep: 65_536,
};

/** Scratch table the scanner writes into (start, end, kind per token), grown by doubling. */
let scratch = new Int32Array(3 * SCRATCH.initial);

/** Gives back a scratch table grown past SCRATCH.keep, once its tokens are copied out. */
function releaseScratch(): void {
  if (scratch.length > 3 * SCRATCH.keep) scratch = new Int32Array(3 * SCRATCH.initial);
}

function emit(n: number, start: number, end: number, kind: number): void {
  if (3 * n + 3 > scratch.length) {
    const grown = new Int32Array(scratch.length * 2);
    grown.set(scratch);
    scratch = grown;
  }
  scratch[3 * n] = start;
  scratch[3 * n + 1] = end;
  scratch[3 * n + 2] = kind;
}

/** Scans `text[start, end)` into `scratch`; returns the number of tokens. */
function scan(text: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  while (i < end) {
    // Plain spaces and newlines, the commonest whitespace, skip without a regex call.
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10) {
      i += 1;
      continue;
    }
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    // A lower-case ASCII letter (most tokens) can start none of the number patterns (see
    // FIRST), and no initialism without a dot after it: the word pattern's plain answer, if
    // it has one, is the token, exactly as the loop below would find it.
    if (code >= 97 && code <= 122 && text[i + 1] !== '.' && text[i + 2] !== '.') {
      const e = asciiWordEnd(text, i);
      if (e >= 0) {
        const stop = Math.min(e, end);
        emit(n, i, stop, KIND_CODE.word);
        n += 1;
        i = stop;
        continue;
      }
    }
    const punct = punctLength(text, i, code);
    if (punct > 0) {
      const stop = Math.min(i + punct, end);
      emit(n, i, stop, PUNCT);
      n += 1;
      i = stop;
      continue;
    }
    const found = patternEnd(text, i, end);
    const stop = Math.floor(found / 4);
    if (stop > i) {
      emit(n, i, stop, found % 4);
      n += 1;
      i = stop;
    } else i += 1;
  }
  return n;
}

/**
 * The token the patterns find at `i`, as `stop * 4 + kind code` (one number, no object per
 * token): `stop` is its end cut at `end`, or `i` when no pattern matches.
 */
function patternEnd(text: string, i: number, end: number): number {
  const c = text[i] ?? '';
  for (let n = 0; n < MATCHERS.length; n += 1) {
    const first = FIRST[n];
    if (first !== undefined && first !== null && !first.includes(c)) continue;
    const length = matchAt(n, text, i);
    if (length === 0) continue;
    return Math.min(i + length, end) * 4 + (MATCHER_CODES[n] ?? PUNCT);
  }
  // The last pattern matches any non-space code point, so this is unreachable; it keeps
  // the loop finite should a pattern ever be changed.
  return i * 4;
}

/** Tokenizes `text[start, end)` into a table; offsets are into `text`, less `shift`. */
export function tokenTable(text: string, start = 0, end = text.length, shift = 0): TokenTable {
  const n = scan(text, start, end);
  const table: TokenTable = {
    length: n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    kind: new Uint8Array(n),
  };
  for (let k = 0; k < n; k += 1) {
    table.start[k] = (scratch[3 * k] ?? 0) - shift;
    table.end[k] = (scratch[3 * k + 1] ?? 0) - shift;
    table.kind[k] = scratch[3 * k + 2] ?? PUNCT;
  }
  releaseScratch();
  return table;
}

/** Tokenizes `text[start, end)`; offsets are into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const n = scan(text, start, end);
  const tokens: Token[] = [];
  for (let k = 0; k < n; k += 1) {
    const s = scratch[3 * k] ?? 0;
    const e = scratch[3 * k + 1] ?? 0;
    const kind = TOKEN_KINDS[scratch[3 * k + 2] ?? PUNCT] ?? 'punct';
    tokens.push({ start: s, end: e, kind, raw: text.slice(s, e) });
  }
  releaseScratch();
  return tokens;
}

/** Number of word tokens (words and numbers, not punctuation) of a table. */
export function tableWords(table: TokenTable): number {
  let n = 0;
  for (let k = 0; k < table.length; k += 1) if (table.kind[k] !== PUNCT) n += 1;
  return n;
}
/** True for tokens that count as words (words and numbers, not punctuation). */
export function isWord(token: Token): boolean {
  return token.kind !== 'punct';
}

/** Number of words in a text, punctuation and whitespace excluded (all blocks counted). */
export function countWords(text: string): number {
  return tableWords(tokenTable(text));
}
