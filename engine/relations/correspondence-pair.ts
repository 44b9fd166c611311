// The items of correspondences that come from the pair's own source findings rather than
// from the words: the speakers that attributions and quotations name in a paragraph (one
// item per name word, as attribution matching indexes them, so "Simon Migliano, Top10VPN's
// head of research" meets "Top10VPN's Simon Migliano"), and the quotations the pair
// found in both texts, one item each in the two paragraphs that hold it.

import type { Prepared } from '../text/prepare.js';
import type { AttributionSpan, Pair, QuoteSpan } from '../types.js';
import { sourceKeys } from '../sources/attribution-match.js';
import type { Items } from './correspondence-items.js';

/** Index of the block of `p` that holds offset `at`, or -1. */
export function blockAt(p: Prepared, at: number): number {
  let lo = 0;
  let hi = p.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = p.blocks[mid];
    if (b === undefined) return -1;
    if (at < b.start) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Adds a speaker's name words to the items of the paragraph that names it. */
function addSpeaker(
  p: Prepared,
  side: Map<number, Items>,
  at: number,
  name: string | null | undefined,
): void {
  if (!name) return;
  const items = side.get(blockAt(p, at));
  if (items === undefined) return;
  const shown = name.replace(/['’]s$/u, '');
  for (const key of sourceKeys(name)) {
    // a source that names nobody ("officials") is not evidence that two paragraphs agree
    if (key.includes(' ')) continue;
    if (!items.has(`s:${key}`)) items.set(`s:${key}`, { kind: 'speaker', shown, at, token: -1 });
  }
}

const named = (a: AttributionSpan | null): a is AttributionSpan =>
  a !== null && a.unnamed !== true && (a.source ?? '') !== '';

/** Attribution kinds that are page furniture, not a source of the facts told. */
const FURNITURE = new Set(['dateline', 'byline', 'credit', 'copyright']);

/**
 * A test of "offset `at` of the base (or version) lies in a dateline, byline or credit":
 * their words name the place and the agency, not what the paragraph reports.
 */
export function furniture(pair: Pair, side: 'base' | 'version'): (at: number) => boolean {
  const spans = pair.attributions
    .flatMap((a) => {
      const s = a[side];
      return s !== null && FURNITURE.has(a.kind ?? '') ? [s] : [];
    })
    .sort((a, b) => a.start - b.start);
  // called once per token: a binary search for the last span starting at or before `at`
  return (at) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.start ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    // spans may nest (a credit inside a dateline line): look back over those that still reach
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i -= 1) if (at < (spans[i]?.end ?? 0)) return true;
    return false;
  };
}

/** Adds speaker and shared-quotation items to the paragraphs' items (see the header). */
export function pairItems(
  base: Prepared,
  ver: Prepared,
  pair: Pair,
  baseItems: Map<number, Items>,
  verItems: Map<number, Items>,
): void {
  for (const a of pair.attributions) {
    if (FURNITURE.has(a.kind ?? '')) continue;
    if (named(a.base)) addSpeaker(base, baseItems, a.base.start, a.base.source);
    if (named(a.version)) addSpeaker(ver, verItems, a.version.start, a.version.source);
  }
  pair.quotes.forEach((q, i) => {
    if (q.base !== null) addSpeaker(base, baseItems, q.base.start, q.base.speaker);
    if (q.version !== null) addSpeaker(ver, verItems, q.version.start, q.version.speaker);
    if (q.base !== null && q.version !== null) addQuote(i, q.base, q.version);
  });

  function addQuote(i: number, b: QuoteSpan, v: QuoteSpan): void {
    const key = `q:${i}`;
    const item = { kind: 'quote' as const, shown: b.text, token: -1 };
    baseItems.get(blockAt(base, b.start))?.set(key, { ...item, at: b.start });
    verItems.get(blockAt(ver, v.start))?.set(key, { ...item, at: v.start });
  }
}
