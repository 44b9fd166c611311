// The content items of a paragraph for correspondences (correspondence.ts): what two
// independent reports of one event share when they share no wording. Each word token of a
// body paragraph becomes at most one item:
//   - an entity: a capitalised word that does not open a sentence, or an acronym, or a
//     sentence opener that the two texts also capitalise mid-sentence ("Amazon and Google
//     are…" when "by Amazon" occurs elsewhere). Possessives and a plural "s" are cut, dots
//     dropped ("U.S." = "US"), so "Top10VPN’s" meets "Top10VPN".
//   - a number or date: the bare value with its scale ("1.5 million", "12%", "2018"), and
//     month names ("October 2018" meets "in October").
//   - a content word: lower-case, not a stopword, long enough to carry meaning, folded to its
//     WordNet synonym group (synonyms.ts), so "accused" meets "accuses" and "big" meets "large".
// Hyphenated words are split first: "US-blacklisted" is the entity "us" and the word
// "blacklisted". Weekday names are left out: every dated report has one.

import { STOPWORDS } from '../../text/stopwords.js';
import { PUNCT, TOKEN_KINDS } from '../../text/tokenize.js';
import type { Prepared } from '../../text/prepare.js';
import { foldWord } from '../derivation/synonyms.js';

/** Kinds of item; `speaker` and `quote` come from the pair's attributions and quotes. */
export type ItemKind = 'entity' | 'number' | 'speaker' | 'quote' | 'word';

/** One item of a paragraph: its kind, what to show for it, and where it first occurs. */
export interface Item {
  kind: ItemKind;
  /** Text shown as evidence (the first occurrence as written, or the normalised value). */
  shown: string;
  /** UTF-16 offset of its first occurrence from the paragraph's start (evidence order). */
  at: number;
  /** Its first token, counted from the paragraph's first (to join "Dahua" "Technology"). */
  token: number;
}

/** Items of one paragraph, by key ("e:amazon", "n:1.5 million", "w:accuse", …). */
export type Items = Map<string, Item>;

/** Tuning of item extraction. */
export const ITEMS = {
  /** Content words shorter than this carry too little meaning to count ("set", "big"). */
  minWordLength: 4,
  /** Entity keys longer than this lose a final plural "s" ("Muslims" = "Muslim"). */
  pluralFrom: 4,
  /** Distinct token texts whose items are remembered per comparison (bounds the memory). */
  memoMax: 200_000,
} as const;

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);
/** Char codes of the first letters of month names, lower case. */
const MONTH_INITIALS = new Set([...'jfmasond'].map((ch) => ch.charCodeAt(0)));
/** A Map: a word looked up may be any word, "constructor" too (an object has that key). */
const MONTH_ABBR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    jan: 'january',
    feb: 'february',
    mar: 'march',
    apr: 'april',
    jun: 'june',
    jul: 'july',
    aug: 'august',
    sep: 'september',
    sept: 'september',
    oct: 'october',
    nov: 'november',
    dec: 'december',
  }),
);
/** Titles before a name ("Gov. Kathy Hochul"): a shared title is no shared name. */
const TITLES = new Set(
  'mr mrs ms dr gov sen rep gen col lt sgt capt prof rev mayor president governor senator'.split(
    ' ',
  ),
);
/** Weekday names (correspondences leave them out; a pair's figures and dates keep them). */
export const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** The code of `number` tokens in TokenTable.kind. */
const NUMBER = TOKEN_KINDS.indexOf('number');
/** PUNCT read once: an imported binding may cost a call per read in hot loops. */
const PUNCT_KIND: number = PUNCT;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const FIGURE =
  /(\d+(?:[.,]\d+)*)(?:\s*(%|(?:percent|per\s+cent|million|billion|trillion|thousand|bn|m|k)\b))?/giu;
const SCALES: Readonly<Record<string, string>> = {
  percent: '%',
  bn: 'billion',
  m: 'million',
  k: 'thousand',
};
const MONTH_WORD = /\p{L}+/gu;

/** The entity key of a capitalised word: no dots, possessive or plural; lower case. */
export function entityKey(raw: string): string {
  const n = raw.length;
  const possessive = n > 1 && raw.charCodeAt(n - 1) === 115 && /['’]/u.test(raw[n - 2] ?? '');
  // most words have no possessive and no dot: no regex for them
  let k =
    possessive || raw.includes('.')
      ? raw
          .replace(/['’]s$/u, '')
          .replace(/\./g, '')
          .toLowerCase()
      : raw.toLowerCase();
  if (k.length > ITEMS.pluralFrom && k.endsWith('s') && !k.endsWith('ss')) k = k.slice(0, -1);
  return k;
}

/** The month a word names ("Oct." → "october"), or null. */
export function monthOf(word: string): string | null {
  // an ASCII first letter that opens no month's name: most words, decided without a regex
  const c = word.charCodeAt(0);
  if (c < 128 && !MONTH_INITIALS.has(c | 0x20)) return null;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (MONTHS.has(w)) return w;
  return MONTH_ABBR.get(w) ?? null;
}

/** The number items of a number token or a word with digits ("1.5 million", "2018", months). */
function numberKeys(raw: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of raw.match(MONTH_WORD) ?? []) {
    const month = monthOf(m);
    if (month !== null) out.push([`n:${month}`, month[0]?.toUpperCase() + month.slice(1)]);
  }
  for (const m of raw.matchAll(FIGURE)) {
    const value = (m[1] ?? '').replace(/,/g, '');
    const unit = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const scale = unit === 'per cent' ? '%' : (SCALES[unit] ?? unit);
    const key = scale === '' ? value : scale === '%' ? `${value}%` : `${value} ${scale}`;
    out.push([`n:${key}`, key]);
  }
  return out;
}

const openers = new WeakMap<Prepared, Set<number>>();

/** Opening quotation marks: the word after one is capitalised like a sentence opener. */
const OPENING_QUOTE = /^["“‘'(]$/u;

/**
 * Token indexes of the words that open a sentence or a quotation (`“Please stay home`),
 * where any word is capitalised (cached per prepared version).
 */
export function sentenceOpeners(p: Prepared): Set<number> {
  let s = openers.get(p);
  if (s === undefined) {
    s = new Set();
    for (const x of p.sentences) {
      let t = x.t0;
      while (t < x.t1 && p.tokens.kind[t] === PUNCT_KIND) t += 1;
      s.add(t);
    }
    const { text } = p.input;
    for (let t = 1; t < p.tokens.length; t += 1) {
      if (p.tokens.kind[t - 1] !== PUNCT_KIND) continue;
      const at = p.tokens.start[t - 1] ?? 0;
      if ((p.tokens.end[t - 1] ?? 0) - at === 1 && OPENING_QUOTE.test(text[at] ?? '')) s.add(t);
    }
    openers.set(p, s);
  }
  return s;
}

/** An item found in a token, before it is placed: key, kind, text shown. */
export type Found = readonly [string, ItemKind, string];

/** The items of one hyphen-free part of a word token (see the module comment). */
function partItems(part: string, opener: boolean, isName: (key: string) => boolean): Found[] {
  if (part.length === 0) return [];
  const upper = UPPER.test(part);
  if (!upper && DIGIT.test(part)) return numberKeys(part).map(([k, shown]) => [k, 'number', shown]);
  const month = upper ? monthOf(part) : null;
  if (month !== null) return [[`n:${month}`, 'number', month[0]?.toUpperCase() + month.slice(1)]];
  const lower = part.toLowerCase();
  if (WEEKDAYS.has(lower) || part.replace(/\./g, '').length < 2) return [];
  const acronym = !LOWER.test(part);
  if (upper && !TITLES.has(lower.replace(/\.$/, ''))) {
    const key = entityKey(part);
    const name = acronym || !opener || isName(key);
    if (name && (acronym || !STOPWORDS.has(lower))) {
      return [[`e:${key}`, 'entity', part.replace(/['’]s$/u, '')]];
    }
  }
  if (STOPWORDS.has(lower) || lower.length < ITEMS.minWordLength || !/^\p{L}+$/u.test(lower)) {
    return [];
  }
  return [[`w:${foldWord(lower)}`, 'word', part]];
}

/**
 * The items of one token. `memo` holds those of tokens already seen in this comparison (all
 * its pairs); a word that opens a sentence is kept under its name answer too, since whether
 * it is a name depends on the other text of the pair.
 */
export function tokenItems(
  raw: string,
  isNumber: boolean,
  opener: boolean,
  ctx: ItemContext,
): readonly Found[] {
  // an opener's items hang on one answer: is its first part's key a name (partItems)
  const named = opener && !isNumber ? ctx.isName(entityKey(firstPart(raw))) : false;
  const key = (isNumber ? '#' : !opener ? ' ' : named ? '+' : '-') + raw;
  let got = ctx.memo.get(key);
  if (got === undefined) {
    got = freshItems(raw, isNumber, opener && !isNumber, ctx.isName);
    if (ctx.memo.size < ITEMS.memoMax) ctx.memo.set(key, got);
  }
  return got;
}

/** The text before a word's first hyphen ("US" of "US-blacklisted"), as split by partItems. */
function firstPart(raw: string): string {
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return raw.slice(0, i);
  }
  return raw;
}

/** The items of one token computed afresh (no closure: this runs once per distinct token). */
function freshItems(
  raw: string,
  isNumber: boolean,
  opener: boolean,
  isName: (key: string) => boolean,
): Found[] {
  // a number token keeps its spaces and hyphens ("1.5 million", "2019-11-29")
  if (isNumber) return numberKeys(raw).map(([k, shown]) => [k, 'number', shown] as const);
  return raw.split(/[-‐‑]/u).flatMap((part, i) => partItems(part, i === 0 && opener, isName));
}

const memos = new WeakMap<object, Map<string, readonly Found[]>>();

/** The token memo of one compare() call (its prepared versions share `session`). */
export function memoOf(session: object): Map<string, readonly Found[]> {
  let m = memos.get(session);
  if (m === undefined) {
    m = new Map();
    memos.set(session, m);
  }
  return m;
}

/** What blockItems needs besides the block: see its comment. */
export interface ItemContext {
  /** True for the key of a capitalised word either text of the pair uses mid-sentence. */
  isName: (key: string) => boolean;
  masked: (at: number) => boolean;
  /** Items of each distinct token text, shared by every pair of one comparison. */
  memo: Map<string, readonly Found[]>;
}

/**
 * The items of token `t` of `p` (none for punctuation); `starts` is sentenceOpeners(p).
 * blockItems keeps a paragraph's first of each; a version's figures and names
 * (fact-mentions.ts) keep every occurrence.
 */
export function tokenFound(
  p: Prepared,
  t: number,
  starts: ReadonlySet<number>,
  ctx: ItemContext,
): readonly Found[] {
  const kind = p.tokens.kind[t];
  if (kind === PUNCT_KIND) return [];
  const t0 = p.tokens.start[t] ?? 0;
  const raw = p.input.text.slice(t0, p.tokens.end[t] ?? t0);
  return tokenItems(raw, kind === NUMBER, starts.has(t), ctx);
}
