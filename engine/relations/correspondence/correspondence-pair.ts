// The items of correspondences that come from the pair's own source findings rather than
// from the words: the speakers that attributions and quotations name in a paragraph (one
// item per name word, as attribution matching indexes them, so "Simon Migliano, Top10VPN's
// head of research" meets "Top10VPN's Simon Migliano"), and the quotations the pair
// found in both texts, one item each in the two paragraphs that hold it.

import type { Prepared } from '../../text/prepare.js';
import type { AttributionSpan, Pair } from '../../types.js';
import { sourceKeys } from '../../sources/attribution-match.js';
import type { Item, Items } from './correspondence-items.js';

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

/** One text of the pair: its paragraphs' items, and what the pair adds to each of them. */
interface Side {
  p: Prepared;
  items: Map<number, Items>;
  /** Additions by block, in order: key, item, and whether only a new key is added. */
  adds: Map<number, Array<[string, Item, boolean]>>;
}

/** Notes an item for the paragraph of `side` that holds offset `at` (see applyAdds). */
function add(side: Side, at: number, key: string, item: Omit<Item, 'at'>, ifNew: boolean): void {
  const b = blockAt(side.p, at);
  if (!side.items.has(b)) return;
  const rel = at - (side.p.blocks[b]?.start ?? 0);
  const list = side.adds.get(b);
  const entry: [string, Item, boolean] = [key, { ...item, at: rel }, ifNew];
  if (list === undefined) side.adds.set(b, [entry]);
  else list.push(entry);
}

/** A paragraph's items with a pair's additions, by the additions (the base's recur). */
const withAdds = new WeakMap<Items, Map<string, Items>>();

/**
 * Puts the noted additions into the paragraphs' items. Items may be shared by several pairs
 * (correspondence-blocks.ts): each gets a copy with its additions, itself shared by the
 * pairs that add the same (the base's speakers recur in every pair).
 */
function applyAdds(side: Side): void {
  for (const [b, adds] of side.adds) {
    const items = side.items.get(b);
    if (items === undefined) continue;
    const sig = JSON.stringify(adds.map(([k, it, ifNew]) => [k, it.shown, it.at, ifNew]));
    let bySig = withAdds.get(items);
    if (bySig === undefined) withAdds.set(items, (bySig = new Map()));
    let out = bySig.get(sig);
    if (out === undefined) {
      out = new Map(items);
      for (const [k, it, ifNew] of adds) if (!ifNew || !out.has(k)) out.set(k, it);
      bySig.set(sig, out);
    }
    side.items.set(b, out);
  }
}

/** Adds a speaker's name words to the items of the paragraph that names it. */
function addSpeaker(side: Side, at: number, name: string | null | undefined): void {
  if (!name) return;
  const shown = name.replace(/['’]s$/u, '');
  for (const key of sourceKeys(name)) {
    // a source that names nobody ("officials") is not evidence that two paragraphs agree
    if (key.includes(' ')) continue;
    add(side, at, `s:${key}`, { kind: 'speaker', shown, token: -1 }, true);
  }
}

const named = (a: AttributionSpan | null): a is AttributionSpan =>
  a !== null && a.unnamed !== true && (a.source ?? '') !== '';

/** Attribution kinds that are page furniture, not a source of the facts told. */
const FURNITURE = new Set(['dateline', 'byline', 'credit', 'copyright']);

/** Where a side's page furniture lies (see furniture). */
export interface Furniture {
  /** True when offset `at` lies in a dateline, byline or credit. */
  masked: (at: number) => boolean;
  /** True when some of it lies in `[start, end)` (else no offset there is `masked`). */
  touches: (start: number, end: number) => boolean;
}

/**
 * The datelines, bylines and credits of the base (or version): their words name the place
 * and the agency, not what the paragraph reports.
 */
export function furniture(pair: Pair, side: 'base' | 'version'): Furniture {
  const spans = pair.attributions
    .flatMap((a) => {
      const s = a[side];
      return s !== null && FURNITURE.has(a.kind ?? '') ? [s] : [];
    })
    .sort((a, b) => a.start - b.start);
  // called once per token: a binary search for the last span starting at or before `at`
  const masked = (at: number): boolean => {
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
  const touches = (start: number, end: number): boolean =>
    spans.some((s) => s.start < end && s.end > start);
  return { masked, touches };
}

/**
 * Adds speaker and shared-quotation items to the paragraphs' items (see the header), in
 * their maps: items shared with other pairs are replaced by copies, never changed.
 */
export function pairItems(
  base: Prepared,
  ver: Prepared,
  pair: Pair,
  baseItems: Map<number, Items>,
  verItems: Map<number, Items>,
): void {
  const b: Side = { p: base, items: baseItems, adds: new Map() };
  const v: Side = { p: ver, items: verItems, adds: new Map() };
  for (const a of pair.attributions) {
    if (FURNITURE.has(a.kind ?? '')) continue;
    if (named(a.base)) addSpeaker(b, a.base.start, a.base.source);
    if (named(a.version)) addSpeaker(v, a.version.start, a.version.source);
  }
  pair.quotes.forEach((q, i) => {
    if (q.base !== null) addSpeaker(b, q.base.start, q.base.speaker);
    if (q.version !== null) addSpeaker(v, q.version.start, q.version.speaker);
    if (q.base !== null && q.version !== null) {
      const item = { kind: 'quote' as const, shown: q.base.text, token: -1 };
      add(b, q.base.start, `q:${i}`, item, false);
      add(v, q.version.start, `q:${i}`, item, false);
    }
  });
  applyAdds(b);
  applyAdds(v);
}
