// Per-version fingerprint for derivation and base choice, computed once per version: the body
// words, which of them are the writer's own wording, and hashed word n-grams as numbers (not
// strings), so comparing V versions costs set look-ups of numbers rather than V² rebuilt
// strings.
//
// "Own" wording leaves out what any independent writer of the same event would share
// (Clough et al. on the METER corpus, and issue 8): words inside quotation marks (a quoted
// statement is shared by everyone who quotes it), names (capitalised words that do not
// open a sentence, and acronyms), and numbers and codes (any word with a digit: amounts,
// dates, lot numbers). Own n-grams never cross such a word, so "recalled 48,000 pounds of"
// does not match on the strength of the number.

import type { Prepared } from '../../text/prepare.js';
import { PUNCT, TOKEN_KINDS } from '../../text/tokenize.js';
import { quoteSpansOf } from '../../sources/quotes-extract.js';
import { foldWord } from './synonyms.js';
import { keyIdsOf, keyTable, type KeyTable } from '../../text/key-ids.js';

/** Marks "no n-gram starts here" in the n-gram arrays (hashes are never negative). */
export const NONE = -1;

/** Hashed n-grams of one version; NONE where no n-gram of that kind starts. */
export interface Fingerprint {
  /** Number of body words (punctuation and other block kinds left out). */
  words: number;
  /** Index of each body token among the body words; -1 for punctuation. */
  wordOfToken: Int32Array;
  /** Index into `Prepared.sentences` of each word. */
  sentenceOf: Int32Array;
  /** 1 where the word is the writer's own (see the header). */
  own: Uint8Array;
  /** Number of own words. */
  ownWords: number;
  /** Word n-gram of size FINGERPRINT.raw starting at each word (all words). */
  raw: Int32Array;
  /** Own-word n-gram of size FINGERPRINT.own at each word; NONE when it would cross a non-own word. */
  ownGrams: Int32Array;
  /** Same over synonym-folded words, size FINGERPRINT.folded. */
  foldGrams: Int32Array;
  /**
   * Distinct figures outside quotations, as bare values ("6,800-ton" → "6800", "$474 million"
   * → "474", "April 16, 2014" → "16" and "2014"), so a copy that writes "500m" for
   * "500-meter" still carries the base's figure. A copy carries its source's figures; an
   * independent report has its own ("6,825-ton" where the base says "6,800-ton"). Quoted
   * figures are left out: a shared quotation carries its numbers to every writer who quotes it.
   */
  figures: Set<string>;
}

/** N-gram sizes. */
export const FINGERPRINT = {
  /** Exact shingles: the METER 4-gram containment (3-grams count stock names and phrases). */
  raw: 4,
  /** Own-wording shingles, same size as raw so the two are comparable. */
  own: 4,
  /**
   * Folded shingles are shorter: a spinner changes about one word in three, so even after
   * folding many 4-grams still hold one unfolded swap.
   */
  folded: 3,
} as const;

/** FNV-1a hash of a string, 32 bits. */
function wordHash(s: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
  return a;
}

/**
 * Hashes of the n-grams of words (given by their hashes) at each index; NONE where no n-gram
 * may start: with `ownRun` (own words in a row from each index), where fewer than `n` own
 * words follow. A hash is 30 bits, so it is a small integer to V8 (sets of doubles are
 * several times slower): two 100,000-word texts then share about ten 4-grams by collision,
 * which moves no share by more than 0.0001, and an article-sized pair none.
 */
function grams(hashes: Int32Array, n: number, ownRun: Int32Array | null): Int32Array {
  const out = new Int32Array(hashes.length).fill(NONE);
  for (let i = 0; i + n <= hashes.length; i += 1) {
    if (ownRun !== null && (ownRun[i] ?? 0) < n) continue;
    let h = n;
    for (let k = i; k < i + n; k += 1) {
      h = Math.imul(h ^ (hashes[k] ?? 0), 0x5bd1e995);
      h ^= h >>> 15;
    }
    out[i] = h >>> 2;
  }
  return out;
}

/** The code of `number` tokens in TokenTable.kind. */
const NUMBER = TOKEN_KINDS.indexOf('number');
/** PUNCT read once: an imported binding may cost a call per read in hot loops. */
const PUNCT_KIND: number = PUNCT;

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;

/** Which of digit, upper-case and lower-case letters `text[start, end)` holds (bit flags). */
function shape(text: string, start: number, end: number): number {
  let out = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      // not ASCII: let the Unicode classes decide
      const raw = text.slice(start, end);
      return (
        (/\d/.test(raw) ? DIGIT : 0) |
        (/\p{Lu}/u.test(raw) ? UPPER : 0) |
        (/\p{Ll}/u.test(raw) ? LOWER : 0)
      );
    }
    if (c >= 48 && c <= 57) out |= DIGIT;
    else if (c >= 65 && c <= 90) out |= UPPER;
    else if (c >= 97 && c <= 122) out |= LOWER;
  }
  return out;
}

/**
 * True when a token of shape `s` (see shape) and `length` code units is a name, an acronym, a
 * number or a code (see the header).
 */
function sharedByAnyone(s: number, length: number, opensSentence: boolean) {
  if ((s & DIGIT) !== 0) return true;
  if ((s & UPPER) === 0 || length < 2) return false;
  return !opensSentence || (s & LOWER) === 0;
}

const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Adds the bare values of the figures in one word ("6,800-ton" → "6800"). */
function addFigures(raw: string, into: Set<string>): void {
  for (const m of raw.match(FIGURE) ?? []) into.add(m.replace(/,/g, ''));
}

/** What the fingerprint needs of one matching key: its lower-case form and two word hashes. */
interface KeyInfo {
  lower: string;
  hash: number;
  /**
   * Hash of the synonym-folded lower-case form, once `folded` is true: computed on first use
   * as an own word (foldedHash), since only own n-grams are folded. Names, figures and quoted
   * words, a good part of a text's distinct keys, never pay for the synonym fold.
   */
  foldedHash: number;
  folded: boolean;
}

const keyInfos = new Map<string, KeyInfo>();
/** KeyInfo of each key of a session's key table, by id: an array read per token, no map. */
const infoById = new WeakMap<KeyTable, KeyInfo[]>();

/** The KeyInfos of `t`'s keys, extended to every id it has. */
function keyInfosOf(t: KeyTable): KeyInfo[] {
  let out = infoById.get(t);
  if (out === undefined) infoById.set(t, (out = []));
  while (out.length < t.keys.length) out.push(keyInfo(t.keys[out.length] ?? ''));
  return out;
}

/**
 * The KeyInfo of a matching key, cached: keys repeat, and each word would otherwise cost a
 * lower-casing, a synonym fold and two hash loops. The cache only returns what it computed.
 */
function keyInfo(k: string): KeyInfo {
  let info = keyInfos.get(k);
  if (info === undefined) {
    const lower = k.toLowerCase();
    info = { lower, hash: wordHash(lower), foldedHash: 0, folded: false };
    if (keyInfos.size < 200_000) keyInfos.set(k, info);
  }
  return info;
}

/** The folded hash of a KeyInfo (see KeyInfo.foldedHash). */
function foldedHash(info: KeyInfo): number {
  if (!info.folded) {
    info.foldedHash = wordHash(foldWord(info.lower));
    info.folded = true;
  }
  return info.foldedHash;
}

/**
 * Body words: how many, their hashes (as they are and folded), and the own mask.
 * Derivation reads body words only, as similarity does: headlines and captions are compared
 * block by block, but page furniture must not inflate or dilute the share derived.
 */
function bodyWords(p: Prepared): Pick<Fingerprint, 'words' | 'wordOfToken' | 'own' | 'figures'> & {
  hashes: Int32Array;
  folded: Int32Array;
} {
  // sentence openers as a mask over tokens, not a Set: one typed array instead of a hash table
  const starts = new Uint8Array(p.tokens.length);
  for (const s of p.sentences) starts[s.t0] = 1;
  const quotes = quoteSpansOf(p);
  let n = 0;
  // at most one word per token: sized once, then cut to the words found (no growing arrays)
  const own = new Uint8Array(p.tokens.length);
  const hashes = new Int32Array(p.tokens.length);
  const folded = new Int32Array(p.tokens.length);
  const wordOfToken = new Int32Array(p.tokens.length).fill(-1);
  const figures = new Set<string>();
  let q = 0;
  const { text } = p.input;
  const { start, end, kind } = p.tokens;
  const ids = keyIdsOf(p);
  const infos = keyInfosOf(keyTable(p.session));
  // body or not, once per block rather than once per token
  const body = Uint8Array.from(p.blocks, (b) => (b.kind === 'body' ? 1 : 0));
  for (let i = 0; i < p.tokens.length; i += 1) {
    if (kind[i] === PUNCT_KIND || body[p.tokenBlock[i] ?? -1] !== 1) continue;
    const t0 = start[i] ?? 0;
    const w = n;
    n += 1;
    wordOfToken[i] = w;
    const info = infos[ids[i] ?? -1] ?? keyInfo(p.keys[i] ?? '');
    hashes[w] = info.hash;
    while (q < quotes.length && (quotes[q]?.[1] ?? 0) <= t0) q += 1;
    const quoted = q < quotes.length && (quotes[q]?.[0] ?? Infinity) <= t0;
    const t1 = end[i] ?? t0;
    const s = shape(text, t0, t1);
    const shared = quoted || kind[i] === NUMBER || sharedByAnyone(s, t1 - t0, starts[i] === 1);
    own[w] = shared ? 0 : 1;
    // folded n-grams are made of own words only (grams with ownRun): the others stay 0
    if (!shared) folded[w] = foldedHash(info);
    if (!quoted && (s & DIGIT) !== 0) addFigures(text.slice(t0, t1), figures);
  }
  return {
    words: n,
    wordOfToken,
    own: own.slice(0, n),
    figures,
    hashes: hashes.subarray(0, n),
    folded: folded.subarray(0, n),
  };
}

/** Sentence index of each word. */
function sentenceIndex(p: Prepared, wordOfToken: Int32Array, words: number): Int32Array {
  const out = new Int32Array(words);
  p.sentences.forEach((s, k) => {
    for (let t = s.t0; t < s.t1; t += 1) {
      const w = wordOfToken[t] ?? -1;
      if (w >= 0) out[w] = k;
    }
  });
  return out;
}

const cache = new WeakMap<Prepared, Fingerprint>();

/** The fingerprint of a prepared version, computed once per version. */
export function fingerprintOf(p: Prepared): Fingerprint {
  const hit = cache.get(p);
  if (hit !== undefined) return hit;
  const { words, wordOfToken, own, figures, hashes, folded } = bodyWords(p);
  // ownRun[i]: own words in a row from i, so "an own n-gram starts at i" is one comparison
  const ownRun = new Int32Array(own.length + 1);
  let ownWords = 0;
  for (let i = own.length - 1; i >= 0; i -= 1) {
    ownRun[i] = own[i] === 1 ? (ownRun[i + 1] ?? 0) + 1 : 0;
    ownWords += own[i] ?? 0;
  }
  const fp: Fingerprint = {
    words,
    wordOfToken,
    sentenceOf: sentenceIndex(p, wordOfToken, words),
    own,
    ownWords,
    raw: grams(hashes, FINGERPRINT.raw, null),
    ownGrams: grams(hashes, FINGERPRINT.own, ownRun),
    foldGrams: grams(folded, FINGERPRINT.folded, ownRun),
    figures,
  };
  cache.set(p, fp);
  return fp;
}

/** The distinct hashes of an n-gram array, as a set. */
export function gramSet(grams: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const h of grams) if (h !== NONE) out.add(h);
  return out;
}
