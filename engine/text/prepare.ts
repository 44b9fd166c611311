// Per-version preparation, done once per compare() call and shared by every pair: blocks and
// their kinds, the token stream of the compared blocks with matching keys, and their sentences
// as token ranges. Every block but boilerplate is compared: a headline kept word for word or a
// caption whose credit was reformatted is a finding too. Word counts (and so similarity and
// derivation) stay on body words, so page furniture does not inflate or dilute them.

import { classifyBlocks } from './blocks-classify.js';
import type { FoldOptions } from './normalize.js';
import { prepareBlock } from './prepare-block.js';
import { splitBlocks } from './segment.js';
import { isWord, tokenize, type Token } from './tokenize.js';
import type { Block, BlockKind, VersionInput } from '../types.js';

/** A sentence of a compared block: tokens `[t0, t1)` of the token stream, in block `block`. */
export interface Sentence {
  block: number;
  t0: number;
  t1: number;
  /**
   * Lower-case keys of its content words (stopwords and punctuation left out), with counts.
   * Read-only: sentences of identical paragraphs share one map (see prepare-block.ts).
   */
  content: ReadonlyMap<string, number>;
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
  /**
   * The same object for every version prepared in one compare() call (its key cache): the
   * key under which later stages keep caches that hold across versions (rule matches of
   * paragraphs a reprint repeats), and drop with the call.
   */
  session: object;
}

/** True for the block kinds that take part in the comparison: all but page furniture. */
export function isCompared(kind: BlockKind): boolean {
  return kind !== 'boilerplate';
}

/** Number of word tokens (words and numbers, not punctuation). */
function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (isWord(t)) n += 1;
  return n;
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
    session: keyCache,
  };
  blocks.forEach((b, i) => {
    p.blockRange.push(null);
    if (!isCompared(b.kind)) {
      p.blockWords.push(countWords(tokenize(input.text, b.start, b.end)));
      return;
    }
    const bp = prepareBlock(input.text, b, fold, keyCache);
    const t0 = p.tokens.length;
    for (let k = 0; k < bp.tokens.length; k += 1) {
      const t = bp.tokens[k] as Token;
      p.tokens.push({ start: t.start + b.start, end: t.end + b.start, kind: t.kind, raw: t.raw });
      p.keys.push(bp.keys[k] ?? '');
      p.tokenBlock.push(i);
    }
    p.blockWords.push(countWords(bp.tokens));
    p.blockRange[i] = [t0, p.tokens.length];
    // One push per sentence: spreading a block's sentences as arguments overflows the stack
    // on a one-paragraph text of a few megabytes (over 100,000 sentences).
    for (const s of bp.sentences) {
      p.sentences.push({
        block: i,
        t0: t0 + s.t0,
        t1: t0 + s.t1,
        content: s.content,
        words: s.words,
      });
    }
    if (b.kind === 'body') p.bodyWords += p.blockWords[i] ?? 0;
  });
  return p;
}
