// Per-version preparation, done once per compare() call and shared by every pair: blocks and
// their kinds, the token stream of the compared blocks with matching keys, and their sentences
// as token ranges. Every block but boilerplate is compared: a headline kept word for word or a
// caption whose credit was reformatted is a finding too. Word counts (and so similarity and
// derivation) stay on body words, so page furniture does not inflate or dilute them.

import { classifyBlocks } from './blocks-classify.js';
import { setKeyIds } from './key-ids.js';
import type { FoldOptions } from './normalize.js';
import { prepareBlock, type BlockPrep } from './prepare-block.js';
import { splitBlocks } from './segment.js';
import {
  PUNCT,
  TOKEN_KINDS,
  tableWords,
  tokenTable,
  type Token,
  type TokenTable,
} from './tokenize.js';
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
  /**
   * Tokens of the compared blocks (every kind but boilerplate), in text order, as typed
   * arrays (see TokenTable; tokenAt and tokenRaw read one token).
   */
  tokens: TokenTable;
  /** Matching key of each token (see engine/normalize.ts). */
  keys: string[];
  /** Block index of each token. */
  tokenBlock: Int32Array;
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

/** The raw text of token `t` of `p` ('' when there is no such token). */
export function tokenRaw(p: Prepared, t: number): string {
  const s = p.tokens.start[t];
  return s === undefined ? '' : p.input.text.slice(s, p.tokens.end[t]);
}

/** Token `t` of `p` as an object, or undefined when there is none (for short ranges). */
export function tokenAt(p: Prepared, t: number): Token | undefined {
  const start = p.tokens.start[t];
  const end = p.tokens.end[t];
  const kind = TOKEN_KINDS[p.tokens.kind[t] ?? -1];
  if (start === undefined || end === undefined || kind === undefined) return undefined;
  return { start, end, kind, raw: p.input.text.slice(start, end) };
}

/** True when token `at` of `a` and token `bt` of `b` have the same raw text (no slices). */
export function sameRaw(a: Prepared, at: number, b: Prepared, bt: number): boolean {
  const a0 = a.tokens.start[at] ?? 0;
  const b0 = b.tokens.start[bt] ?? 0;
  const n = (a.tokens.end[at] ?? 0) - a0;
  if ((b.tokens.end[bt] ?? 0) - b0 !== n) return false;
  for (let i = 0; i < n; i += 1) {
    if (a.input.text.charCodeAt(a0 + i) !== b.input.text.charCodeAt(b0 + i)) return false;
  }
  return true;
}

/** True when `p` has a token `t` and it is a word or number, not punctuation. */
export function isWordAt(p: Prepared, t: number): boolean {
  const k = p.tokens.kind[t];
  return k !== undefined && k !== PUNCT;
}

/** True when token `t` of `p` lies in a body block (the words that stats count). */
export function isBodyToken(p: Prepared, t: number): boolean {
  return p.blocks[p.tokenBlock[t] ?? -1]?.kind === 'body';
}

/** The version's compared blocks put together: one token table, keys, key ids, block indexes. */
function joinBlocks(preps: ReadonlyArray<BlockPrep | null>, blocks: readonly Block[]) {
  let n = 0;
  for (const bp of preps) n += bp?.tokens.length ?? 0;
  const tokens: TokenTable = {
    length: n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    kind: new Uint8Array(n),
  };
  const tokenBlock = new Int32Array(n);
  const keys: string[] = [];
  const ids = new Int32Array(n);
  let at = 0;
  preps.forEach((bp, i) => {
    if (bp === null) return;
    const shift = blocks[i]?.start ?? 0;
    const m = bp.tokens.length;
    for (let k = 0; k < m; k += 1) {
      tokens.start[at + k] = (bp.tokens.start[k] ?? 0) + shift;
      tokens.end[at + k] = (bp.tokens.end[k] ?? 0) + shift;
      keys.push(bp.keys[k] ?? '');
    }
    tokens.kind.set(bp.tokens.kind, at);
    ids.set(bp.ids, at);
    tokenBlock.fill(i, at, at + m);
    at += m;
  });
  return { tokens, tokenBlock, keys, ids };
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
  const preps = blocks.map((b) =>
    isCompared(b.kind) ? prepareBlock(input.text, b, fold, keyCache) : null,
  );
  const { ids, ...joined } = joinBlocks(preps, blocks);
  const p: Prepared = {
    input,
    blocks,
    ...joined,
    blockRange: [],
    sentences: [],
    blockWords: [],
    bodyWords: 0,
    session: keyCache,
  };
  let t0 = 0;
  blocks.forEach((b, i) => {
    const bp = preps[i];
    if (bp === null || bp === undefined) {
      p.blockRange.push(null);
      p.blockWords.push(tableWords(tokenTable(input.text, b.start, b.end)));
      return;
    }
    p.blockWords.push(tableWords(bp.tokens));
    p.blockRange.push([t0, t0 + bp.tokens.length]);
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
    t0 += bp.tokens.length;
    if (b.kind === 'body') p.bodyWords += p.blockWords[i] ?? 0;
  });
  setKeyIds(p, ids);
  return p;
}
