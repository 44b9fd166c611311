// Paragraph items for correspondences (correspondence.ts), shared by the pairs and versions of
// one compare() call: the base takes part in every pair, and a reprint repeats most paragraphs
// of its source word for word, so a paragraph's items are worked out once per call rather
// than once per pair and version.
//
// The sharing is exact, not a heuristic. With offsets counted from the paragraph (blockItems),
// a paragraph's items are decided by its tokens, by which of them open a sentence, by whether
// the pair knows each opener as a name, and by the tokens masked as page furniture. A
// paragraph is shared by its text only when its tokens are decided by that text alone
// (prepare-block.ts `selfContained`), and under a key naming its openers and the name answer
// for each; a paragraph that page furniture touches is worked out afresh.

import { selfContained } from '../../text/prepare-block.js';
import type { Prepared } from '../../text/prepare.js';
import { PUNCT } from '../../text/tokenize.js';
import {
  entityKey,
  sentenceOpeners,
  tokenFound,
  type ItemContext,
  type Items,
} from './correspondence-items.js';

/** Tuning of the shared paragraph items. */
export const BLOCK_ITEMS = {
  /** Longest paragraph shared, in characters: long paragraphs rarely recur, and cost memory. */
  maxChars: 5000,
  /** Distinct paragraph texts whose items one compare() call keeps (bounds the memory). */
  maxTexts: 20_000,
};

/** PUNCT read once: an imported binding may cost a call per read in hot loops. */
const PUNCT_KIND: number = PUNCT;
const UPPER = /\p{Lu}/u;

const namesOf = new WeakMap<Prepared, Set<string>>();

/**
 * Lower-case keys of the capitalised words that the text uses mid-sentence (known names);
 * computed once per prepared version.
 */
export function midSentenceNames(p: Prepared): ReadonlySet<string> {
  const cached = namesOf.get(p);
  if (cached !== undefined) return cached;
  const into = new Set<string>();
  const starts = sentenceOpeners(p);
  const { text } = p.input;
  const seen = new Set<string>();
  for (let t = 0; t < p.tokens.length; t += 1) {
    const t0 = p.tokens.start[t] ?? 0;
    // most words are lower-case ASCII: skip them first, without slicing
    const c = text.charCodeAt(t0);
    if (c >= 97 && c <= 122 && !hasDash(text, t0, p.tokens.end[t] ?? t0)) continue;
    if (p.tokens.kind[t] === PUNCT_KIND || starts.has(t)) continue;
    const raw = text.slice(t0, p.tokens.end[t] ?? t0);
    if (seen.has(raw)) continue;
    seen.add(raw);
    for (const part of raw.split(/[-‐‑]/u)) {
      if (UPPER.test(part)) into.add(entityKey(part));
    }
  }
  namesOf.set(p, into);
  return into;
}

/** True when text[s, e) holds "-" (no slice: most tokens are checked and left). */
function hasDash(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i += 1) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * The entity, number and word items of block `b` of `p`, with `at` and `token` counted from
 * the block's start and first token (so paragraphs that reprints repeat share their items,
 * correspondence-blocks.ts). `isName`: the capitalised words both texts use mid-sentence
 * (midSentenceNames), so a name opening a sentence counts. Tokens `masked` says yes to are
 * left out (datelines and credits: every paragraph a wire story opens with "SEOUL, South
 * Korea (AP) —" would otherwise share a place).
 */
export function blockItems(p: Prepared, b: number, ctx: ItemContext): Items {
  const items: Items = new Map();
  const range = p.blockRange[b];
  if (range === null || range === undefined) return items;
  const starts = sentenceOpeners(p);
  const shift = p.blocks[b]?.start ?? 0;
  for (let t = range[0]; t < range[1]; t += 1) {
    const t0 = p.tokens.start[t] ?? 0;
    if (p.tokens.kind[t] === PUNCT_KIND || ctx.masked(t0)) continue;
    for (const [key, k, shown] of tokenFound(p, t, starts, ctx)) {
      if (!items.has(key)) items.set(key, { kind: k, shown, at: t0 - shift, token: t - range[0] });
    }
  }
  return items;
}

/** What decides a shareable paragraph's items besides the pair: its text and its openers. */
interface BlockKey {
  text: string;
  /** Sentence openers: token index from the paragraph's first, and the name key asked. */
  openers: Array<[number, string]>;
}

const keys = new WeakMap<Prepared, Array<BlockKey | null>>();
const shared = new WeakMap<object, Map<string, Map<string, Items>>>();

/** The key of block `b` of `p` (cached per prepared version), or null when not shareable. */
function keyOf(p: Prepared, b: number): BlockKey | null {
  let list = keys.get(p);
  if (list === undefined) keys.set(p, (list = []));
  let k = list[b];
  if (k === undefined) list[b] = k = makeKey(p, b);
  return k;
}

function makeKey(p: Prepared, b: number): BlockKey | null {
  const blk = p.blocks[b];
  const range = p.blockRange[b];
  const { text } = p.input;
  if (blk === undefined || range === null || range === undefined) return null;
  if (blk.end - blk.start > BLOCK_ITEMS.maxChars || !selfContained(text, blk)) return null;
  const starts = sentenceOpeners(p);
  const openers: Array<[number, string]> = [];
  for (let t = range[0]; t < range[1]; t += 1) {
    if (!starts.has(t) || p.tokens.kind[t] === PUNCT_KIND) continue;
    const raw = text.slice(p.tokens.start[t] ?? 0, p.tokens.end[t] ?? 0);
    // the one name partItems may ask about: the key of the word's first hyphen-free part
    openers.push([t - range[0], entityKey(raw.split(/[-‐‑]/u)[0] ?? '')]);
  }
  return { text: text.slice(blk.start, blk.end), openers };
}

/**
 * What a shareable paragraph's readings hang on (see the module comment): its text, and `sig`,
 * the name answer `isName` gives for each of its sentence openers; null when the paragraph is
 * not shareable. Two paragraphs with equal keys read alike, here and in fact-mentions.ts.
 */
export function shareKey(
  p: Prepared,
  b: number,
  isName: (key: string) => boolean,
): { text: string; sig: string } | null {
  const key = keyOf(p, b);
  if (key === null) return null;
  let sig = '';
  for (const [rel, name] of key.openers) sig += `${rel}${isName(name) ? '+' : '-'}`;
  return { text: key.text, sig };
}

/**
 * blockItems(p, b, ctx), shared with every pair and version of the compare() call that has
 * the same paragraph under the same names (see the module comment). `touched`: page
 * furniture lies in the paragraph. Callers must not change what they get: copy it first.
 */
export function sharedBlockItems(
  p: Prepared,
  b: number,
  ctx: ItemContext,
  touched: boolean,
): Items {
  const key = touched ? null : shareKey(p, b, ctx.isName);
  if (key === null) return blockItems(p, b, ctx);
  const { sig } = key;
  let byText = shared.get(p.session);
  if (byText === undefined) shared.set(p.session, (byText = new Map()));
  let bySig = byText.get(key.text);
  if (bySig === undefined) {
    bySig = new Map();
    if (byText.size < BLOCK_ITEMS.maxTexts) byText.set(key.text, bySig);
  }
  let items = bySig.get(sig);
  if (items === undefined) bySig.set(sig, (items = blockItems(p, b, ctx)));
  return items;
}
