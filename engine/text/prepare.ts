// Per-version preparation, done once per compare() call and shared by every pair: blocks and
// their kinds, the token stream of the compared blocks with matching keys, and their sentences
// as token ranges. Every block but boilerplate is compared: a headline kept word for word or a
// caption whose credit was reformatted is a finding too. Word counts (and so similarity and
// derivation) stay on body words, so page furniture does not inflate or dilute them.

import { classifyBlocks } from './blocks-classify.js';
import { tokenKey, type FoldOptions } from './normalize.js';
import { splitBlocks } from './segment.js';
import { splitSentences } from './sentences.js';
import { STOPWORDS } from './stopwords.js';
import { isWord, tokenize, type Token } from './tokenize.js';
import type { Block, BlockKind, VersionInput } from '../types.js';

/** A sentence of a compared block: tokens `[t0, t1)` of the token stream, in block `block`. */
export interface Sentence {
  block: number;
  t0: number;
  t1: number;
  /** Lower-case keys of its content words (stopwords and punctuation left out), with counts. */
  content: Map<string, number>;
  /** Number of words (not punctuation). */
  words: number;
}

/** A version ready for comparison. */
export interface Prepared {
  input: VersionInput;
  blocks: Block[];
  /** Tokens of the compared blocks (every kind but boilerplate), in text order. */
  tokens: Token[];
  /** Matching key of each token (see engine/normalize.ts). */
  keys: string[];
  /** Block index of each token. */
  tokenBlock: number[];
  /** Token range `[t0, t1)` of each block; null for boilerplate, which is not compared. */
  blockRange: Array<[number, number] | null>;
  sentences: Sentence[];
  /** Word count of each block (all kinds). */
  blockWords: number[];
  /** Body word count. */
  bodyWords: number;
}

function contentOf(keys: readonly string[], tokens: readonly Token[], t0: number, t1: number) {
  const content = new Map<string, number>();
  let words = 0;
  for (let t = t0; t < t1; t += 1) {
    const tok = tokens[t];
    if (tok === undefined || !isWord(tok)) continue;
    words += 1;
    const k = (keys[t] ?? '').toLowerCase();
    if (!STOPWORDS.has(k)) content.set(k, (content.get(k) ?? 0) + 1);
  }
  return { content, words };
}

/** Sentences of one compared block, as token ranges of the token stream starting at `t0`. */
function blockSentences(p: Prepared, block: number, t0: number, t1: number): Sentence[] {
  const b = p.blocks[block];
  if (b === undefined) return [];
  const spans = splitSentences(p.input.text, b.start, b.end);
  const out: Sentence[] = [];
  let t = t0;
  for (let s = 0; s < spans.length && t < t1; s += 1) {
    const next = spans[s + 1];
    const limit = next === undefined ? Infinity : next.start;
    const start = t;
    while (t < t1 && (p.tokens[t]?.start ?? Infinity) < limit) t += 1;
    if (t > start) out.push({ block, t0: start, t1: t, ...contentOf(p.keys, p.tokens, start, t) });
  }
  return out;
}

/** True for the block kinds that take part in the comparison: all but page furniture. */
export function isCompared(kind: BlockKind): boolean {
  return kind !== 'boilerplate';
}

/** True when token `t` of `p` lies in a body block (the words that stats count). */
export function isBodyToken(p: Prepared, t: number): boolean {
  return p.blocks[p.tokenBlock[t] ?? -1]?.kind === 'body';
}

/** Splits, classifies and tokenizes one version. `keyCache` is shared across versions. */
export function prepare(
  input: VersionInput,
  fold: FoldOptions,
  keyCache: Map<string, string>,
): Prepared {
  const spans = splitBlocks(input.text);
  const kinds = classifyBlocks(input.text, spans, input.title ?? null);
  const blocks: Block[] = spans.map((s, i) => ({ ...s, kind: kinds[i] ?? 'body' }));
  const p: Prepared = {
    input,
    blocks,
    tokens: [],
    keys: [],
    tokenBlock: [],
    blockRange: [],
    sentences: [],
    blockWords: [],
    bodyWords: 0,
  };
  blocks.forEach((b, i) => {
    const toks = tokenize(input.text, b.start, b.end);
    p.blockWords.push(toks.filter(isWord).length);
    p.blockRange.push(null);
    if (!isCompared(b.kind)) return;
    const t0 = p.tokens.length;
    for (const tok of toks) {
      let key = keyCache.get(tok.raw);
      if (key === undefined) {
        key = tokenKey(tok.raw, fold);
        keyCache.set(tok.raw, key);
      }
      p.tokens.push(tok);
      p.keys.push(key);
      p.tokenBlock.push(i);
    }
    p.blockRange[i] = [t0, p.tokens.length];
    // One push per sentence: spreading a block's sentences as arguments overflows the stack
    // on a one-paragraph text of a few megabytes (over 100,000 sentences).
    for (const s of blockSentences(p, i, t0, p.tokens.length)) p.sentences.push(s);
    if (b.kind === 'body') p.bodyWords += p.blockWords[i] ?? 0;
  });
  return p;
}
