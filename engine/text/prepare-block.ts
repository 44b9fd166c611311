// One compared block prepared on its own: its tokens, their matching keys, and its sentences
// with their content words, all relative to the block. A reprint repeats most paragraphs of
// its base word for word (and some pages repeat one line thousands of times), so the blocks
// of one compare() call are memoised by their text and prepared once.
//
// The memo is exact, not a heuristic: tokens and sentence ends are decided by the block's text
// and by the characters just outside it (a number pattern's look-ahead, the word before a
// period). A block whose text is followed by a line break or the end of the text, and preceded
// by whitespace or the start, sees nothing else: no token or look-ahead crosses a line break,
// and the look-back for the word before a period stops at whitespace. Only such blocks are
// memoised; the others are prepared as they stand.

import { keyId, keyTable, type KeyTable } from './key-ids.js';
import { tokenKey, type FoldOptions } from './normalize.js';
import { splitSentences } from './sentences.js';
import { STOPWORDS } from './stopwords.js';
import { PUNCT, tokenTable, type TokenTable } from './tokenize.js';
import type { Block } from '../types.js';

/** A sentence of a block: tokens `[t0, t1)` counted from the block's first token. */
export interface BlockSentence {
  t0: number;
  t1: number;
  /** Lower-case keys of its content words (stopwords and punctuation left out), with counts. */
  content: Map<string, number>;
  /** Number of words (not punctuation). */
  words: number;
}

/** A prepared block; token offsets are relative to the block's start. */
export interface BlockPrep {
  tokens: TokenTable;
  keys: string[];
  /** Id of each key in the session's key table (key-ids.ts). */
  ids: Int32Array;
  sentences: BlockSentence[];
}

/** Limits of the block memo. */
const BLOCK_MEMO = {
  /** Longest block memoised, in characters: long paragraphs rarely recur, and cost memory. */
  maxChars: 5000,
  /** Cached content keys at most (a text of a million distinct words must not keep them). */
  maxContentKeys: 200_000,
};

/** Lower-case content key of a matching key, or null for a stopword (cached: keys repeat). */
const contentKeys = new Map<string, string | null>();

function contentKey(key: string): string | null {
  let k = contentKeys.get(key);
  if (k === undefined) {
    const lower = key.toLowerCase();
    k = STOPWORDS.has(lower) ? null : lower;
    if (contentKeys.size < BLOCK_MEMO.maxContentKeys) contentKeys.set(key, k);
  }
  return k;
}

/** Content key of each key of a session's table, by id (an array read per token, no map). */
const contentById = new WeakMap<KeyTable, Array<string | null>>();

/** The content keys of `t`'s keys, extended to every id it has. */
function contentKeysOf(t: KeyTable): Array<string | null> {
  let out = contentById.get(t);
  if (out === undefined) contentById.set(t, (out = []));
  while (out.length < t.keys.length) out.push(contentKey(t.keys[out.length] ?? ''));
  return out;
}

/** Content words and word count of tokens `[t0, t1)` (`content`: content keys by key id). */
function contentOf(
  ids: Int32Array,
  content: ReadonlyArray<string | null>,
  tokens: TokenTable,
  t0: number,
  t1: number,
) {
  const counts = new Map<string, number>();
  let words = 0;
  for (let t = t0; t < t1; t += 1) {
    if (t >= tokens.length || tokens.kind[t] === PUNCT) continue;
    words += 1;
    const k = content[ids[t] ?? -1] ?? null;
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { content: counts, words };
}

/** Sentences of a block as ranges of its tokens (offsets in `tokens` relative to `b.start`). */
function sentencesOf(
  text: string,
  b: Block,
  tokens: TokenTable,
  ids: Int32Array,
  content: ReadonlyArray<string | null>,
): BlockSentence[] {
  const spans = splitSentences(text, b.start, b.end);
  const out: BlockSentence[] = [];
  let t = 0;
  for (let s = 0; s < spans.length && t < tokens.length; s += 1) {
    const next = spans[s + 1];
    const limit = next === undefined ? Infinity : next.start - b.start;
    const start = t;
    while (t < tokens.length && (tokens.start[t] ?? Infinity) < limit) t += 1;
    if (t > start) out.push({ t0: start, t1: t, ...contentOf(ids, content, tokens, start, t) });
  }
  return out;
}

/**
 * Prepares a block from scratch; offsets relative to its start. A self-contained block is
 * prepared from its own text (`ownText`), which gives the same tokens and sentences (see the
 * header).
 */
function prepareFresh(
  text: string,
  b: Block,
  fold: FoldOptions,
  keyCache: Map<string, string>,
  ownText?: string,
): BlockPrep {
  if (ownText !== undefined && b.start !== 0) {
    return prepareFresh(ownText, { ...b, start: 0, end: ownText.length }, fold, keyCache);
  }
  const tokens = tokenTable(text, b.start, b.end, b.start);
  const keys: string[] = [];
  const ids = new Int32Array(tokens.length);
  const table = keyTable(keyCache);
  const rawIds = rawIdsOf(keyCache);
  for (let t = 0; t < tokens.length; t += 1) {
    const raw = text.slice(b.start + (tokens.start[t] ?? 0), b.start + (tokens.end[t] ?? 0));
    let id = rawIds.get(raw);
    if (id === undefined) {
      let key = keyCache.get(raw);
      if (key === undefined) {
        key = tokenKey(raw, fold);
        keyCache.set(raw, key);
      }
      id = keyId(table, key);
      rawIds.set(raw, id);
    }
    keys.push(table.keys[id] ?? '');
    ids[t] = id;
  }
  const content = contentKeysOf(table);
  return { tokens, keys, ids, sentences: sentencesOf(text, b, tokens, ids, content) };
}

/** Key id of each raw token of one compare() call, by its key cache: one look-up a token. */
const rawIdMaps = new WeakMap<Map<string, string>, Map<string, number>>();

function rawIdsOf(keyCache: Map<string, string>): Map<string, number> {
  let m = rawIdMaps.get(keyCache);
  if (m === undefined) rawIdMaps.set(keyCache, (m = new Map()));
  return m;
}

/** Memos of one compare() call, by its key cache (the same fold options throughout). */
const memos = new WeakMap<Map<string, string>, Map<string, BlockPrep>>();

/**
 * True when nothing outside the block can change how it is prepared (see the header): its
 * tokens and sentences are decided by its text alone.
 */
export function selfContained(text: string, b: Block): boolean {
  const before = b.start === 0 ? ' ' : text.charAt(b.start - 1);
  return (b.end === text.length || text.charAt(b.end) === '\n') && /\s/.test(before);
}

/**
 * The prepared form of a compared block, relative to its start: memoised by its text among
 * the versions of one compare() call (`keyCache` identifies the call) when it is
 * self-contained. Callers must not change what they get: it may be shared.
 */
export function prepareBlock(
  text: string,
  b: Block,
  fold: FoldOptions,
  keyCache: Map<string, string>,
): BlockPrep {
  if (!selfContained(text, b)) return prepareFresh(text, b, fold, keyCache);
  const own = text.slice(b.start, b.end);
  if (own.length > BLOCK_MEMO.maxChars) return prepareFresh(text, b, fold, keyCache, own);
  let memo = memos.get(keyCache);
  if (memo === undefined) memos.set(keyCache, (memo = new Map()));
  let got = memo.get(own);
  if (got === undefined) memo.set(own, (got = prepareFresh(text, b, fold, keyCache, own)));
  return got;
}
