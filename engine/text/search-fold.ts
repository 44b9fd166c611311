// Spelling fold for full-text search. The library's search index (db/search-fold.ts) stores
// each text with its US/UK spelling variants folded by the engine's own rule
// (foldSpellingWord), and the query is folded the same way, so "behaviour" finds "behavior"
// and the reverse, exactly where the comparison calls the two a spelling difference.
//
// Only runs of ASCII letters are rewritten, and each into another run of ASCII letters: the
// search tokenizer then sees the same number of words at the same places, so SQLite can mark
// the matches in the original text (its snippets read the text as imported, not the fold).

import { foldSpellingWord } from './spelling.js';

/** Limits of the search fold. */
export const SEARCH_FOLD = {
  /**
   * Distinct words remembered (then forgotten all at once). A 20 MB text has some 3 million
   * words but only tens of thousands of distinct ones; the memo makes the fold of a text
   * about three times faster than folding each word, and bounds the memory it holds.
   */
  memoWords: 50_000,
} as const;

const memo = new Map<string, string>();

/** Folds one run of ASCII letters; an unchanged run keeps its letter case. */
function foldRun(run: string): string {
  const known = memo.get(run);
  if (known !== undefined) return known;
  const lower = run.toLowerCase();
  const folded = foldSpellingWord(lower);
  const result = folded === lower || !/^[a-z]+$/.test(folded) ? run : folded;
  if (memo.size >= SEARCH_FOLD.memoWords) memo.clear();
  memo.set(run, result);
  return result;
}

/**
 * `text` with every word's US/UK spelling variant folded to one form ("Colour behaviour" →
 * "color behavior"). Words that need no fold keep their case; the result has the same words
 * in the same order, so word positions in it are word positions in `text`. It runs inside
 * the library's index triggers on every imported text (up to 20 MB), so it scans with one
 * regular expression and copies the text only around the words it changes.
 */
export function foldForSearch(text: string): string {
  const word = /[A-Za-z]+/g;
  let out = '';
  let at = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const folded = foldRun(m[0]);
    if (folded === m[0]) continue;
    out += text.slice(at, m.index) + folded;
    at = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * The key a search compares one word by: lower case, accents removed (as SQLite's
 * `unicode61 remove_diacritics 2` tokenizer does) and spelling folded.
 */
export function searchKey(word: string): string {
  const plain = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  return foldForSearch(plain);
}
