// Per-version preparation, done once per compare() call and shared by every pair: blocks and
// their kinds, the body token stream with matching keys, and body sentences as token ranges.

import { classifyBlocks } from './blocks-classify.js';
import { tokenKey, type FoldOptions } from './normalize.js';
import { splitBlocks } from './segment.js';
import { splitSentences } from './sentences.js';
import { STOPWORDS } from './stopwords.js';
import { isWord, tokenize, type Token } from './tokenize.js';
import type { Block, VersionInput } from '../types.js';

/** A body sentence: tokens `[t0, t1)` of the body stream, in block `block`. */
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
  /** Tokens of the body blocks, in text order. */
  tokens: Token[];
  /** Matching key of each body token (see engine/normalize.ts). */
  keys: string[];
  /** Block index of each body token. */
  tokenBlock: number[];
  /** Body token range `[t0, t1)` of each block; null for blocks that are not body. */
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

/** Sentences of one body block, as token ranges of the body stream starting at `t0`. */
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
    if (b.kind !== 'body') return;
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
    p.sentences.push(...blockSentences(p, i, t0, p.tokens.length));
    p.bodyWords += p.blockWords[i] ?? 0;
  });
  return p;
}
