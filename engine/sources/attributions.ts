// Attributions across versions. Each attribution of the base is paired with one of the
// version by who is credited (sources.ts), by what is attributed (the content words of its
// sentence) and by where it stands: first with one in a version block the alignment linked
// to its block, then anywhere. Credits pair only with credits in the same place (dateline
// with dateline, caption credit with caption credit, end credit with end credit), so a
// reprint's "This article originally appeared in X" never passes for a photo credit "(X)".
// No block links are needed for the rest, so independent rewrites pair too:
// - kept: same source and cue over related content (or a credit/byline of the same source),
//   in the same words;
// - changed: the same source reworded (with a minor `change` kind: see attribution-change.ts),
//   the same content credited differently ("the ASPI experts said" → "A NDTV report said",
//   "concluded" → "have found"), a dateline that changed, or whose agency credit was added
//   or stripped (the agency itself is a credit of its own, added or dropped too). A dateline
//   or credit that differs only in case, punctuation, dashes and spacing ("BEIJING —" →
//   "Beijing :") is the same source restyled: `changed` with the minor kind `typography`,
//   the class the word diff gives the same characters (one finding, one class);
// - dropped / added: no counterpart, including those in dropped or added paragraphs, and a
//   dateline that vanished while its paragraph survived ("PARIS (AFP) —" → nothing): that is
//   a drop, never a change to nothing.

import { findAttributions, type FoundAttribution, type MatchMemo } from './attributions-find.js';
import type { Prepared } from '../text/prepare.js';
import { cueKey, sameSource, sourceWords } from './sources.js';
import { quoteSpansOf } from './quotes-extract.js';
import { changeOf, styleOnly } from './attribution-change.js';
import { matchAttributions, sourceKeys, type MatchSpec } from './attribution-match.js';
import type { AttributionEntry, AttributionKind, AttributionSpan, Block } from '../types.js';

/** Content overlap two sentences need to count as the same attributed content. */
const SAME_CONTENT = 0.5;
/** Content overlap a kept source needs (the same speaker says many things). */
const KEPT_CONTENT = 0.25;

const cache = new WeakMap<Prepared, FoundAttribution[]>();
/** Rule matches shared by the versions of one compare() call (keyed by its `session`). */
const memos = new WeakMap<object, MatchMemo>();

/**
 * The attributions of a version (cached: the base is shared by every pair). The paragraphs'
 * rule matches are memoised across the versions of one comparison: reprints repeat most of
 * their paragraphs word for word.
 */
export function findCredits(p: Prepared): FoundAttribution[] {
  let found = cache.get(p);
  if (found === undefined) {
    let memo = memos.get(p.session);
    if (memo === undefined) memos.set(p.session, (memo = new Map()));
    found = findAttributions(p.input.text, p.blocks, quoteSpansOf(p), memo);
    cache.set(p, found);
  }
  return found;
}

/**
 * The attributions of a version if findCredits has found them, else undefined: for readers
 * that use them when the comparison looked for sources (options.sources) and must not look
 * for them otherwise (the figures and names of a pair, fact-names.ts).
 */
export function creditsFound(p: Prepared): readonly FoundAttribution[] | undefined {
  return cache.get(p);
}

/** Dice coefficient of two word sets. */
export function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return (2 * common) / (a.size + b.size);
}

type Group = 'claim' | 'credit' | 'dateline' | 'byline';
const groupOf = (k: AttributionKind): Group =>
  k === 'credit' || k === 'copyright' ? 'credit' : k === 'dateline' || k === 'byline' ? k : 'claim';

/** Where a credit stands: credits pair only in the same place (see the module comment). */
type Slot = 'caption' | 'dateline' | 'end' | 'inline';
const CAPTION_RULES = new Set(['photo credit', 'credit in parentheses']);

function slotOf(a: FoundAttribution, blocks: readonly Block[]): Slot {
  if (a.rule === 'dateline credit') return 'dateline';
  if (blocks[a.block]?.kind === 'caption' || CAPTION_RULES.has(a.rule)) return 'caption';
  return a.rule === 'agency in parentheses' ? 'inline' : 'end';
}

/** True when two credit places may pair: the same, or an inline "(AFP)" with any but a caption. */
const slotsPair = (x: Slot, y: Slot): boolean =>
  x === y || (x !== 'caption' && y !== 'caption' && (x === 'inline' || y === 'inline'));

/** True when two sources share a named word ("AP Photo/Jane Doe" and "AP"). */
function shareName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = sourceWords(a);
  const y = sourceWords(b);
  return x.named && y.named && x.words.some((w) => y.words.includes(w));
}

/** Score of a changed pairing that rests only on the blocks being linked. */
const LINKED_CHANGE = 0.3;

/** True when two claims may be one attribution reworded in linked blocks. */
function related(b: FoundAttribution, v: FoundAttribution, same: boolean): boolean {
  if (same || cueKey(b.cue) === cueKey(v.cue)) return true;
  // "Retailers" and "cannabis retailers", "County officials" and "County officers".
  const x = new Set(sourceWords(b.source ?? '').words);
  return sourceWords(v.source ?? '').words.some((w) => x.has(w));
}

/**
 * Score of a candidate pairing: 2 and above for kept, 0–1 for changed, -1 for none. In
 * linked blocks a credit or claim pairs on weaker evidence (a spun copy swaps the verb and
 * half the words around it, but it is still the same attribution in the same paragraph).
 */
function scoreOf(
  b: FoundAttribution,
  v: FoundAttribution,
  slots: [Slot, Slot],
  linked: boolean,
): number {
  const g = groupOf(b.kind);
  if (g !== groupOf(v.kind)) return -1;
  const ctx = setDice(b.context, v.context);
  const same = sameSource(b.source, v.source);
  if (g === 'dateline' || g === 'byline') {
    // "PORT ELLIS, Maine —" against "PORT ELLIS, Maine (Harbor Press Agency) —": the same
    // place, but an agency credit added; that dateline changed.
    const kept = same && cueKey(b.cue) === cueKey(v.cue) && sameSource(b.credit, v.credit);
    return kept ? 3 : 1;
  }
  if (g === 'credit') {
    if (!slotsPair(...slots)) return -1;
    // A credit reformatted in its place ("(AP Photo/Jane Doe)" → "AP") changed.
    if (same) return 2 + ctx;
    // A credit replaced in its place: "(AP) —" → "(Newser) —", "(AP Photo/…)" → "(AP)".
    const here = slots[0] === slots[1] && (linked || slots[0] === 'dateline');
    return slots[0] === slots[1] && (here || shareName(b.source, v.source)) ? 0.5 : -1;
  }
  if (same && cueKey(b.cue) === cueKey(v.cue) && ctx >= KEPT_CONTENT) return 2 + ctx;
  if (ctx >= SAME_CONTENT) return ctx;
  // The same source over related content with another verb: "they said" → "they stated".
  if (same && ctx >= KEPT_CONTENT) return SAME_CONTENT + ctx / 4;
  return linked && related(b, v, same) ? LINKED_CHANGE : -1;
}

const strip = (a: FoundAttribution): AttributionSpan => {
  const out: AttributionSpan = {
    start: a.start,
    end: a.end,
    text: a.text,
    source: a.source ?? null,
    cue: a.cue ?? null,
  };
  if (a.unnamed) out.unnamed = true;
  return out;
};

/** Base and version blocks the alignment linked (a Link of pair.ts, or any such shape). */
export interface BlockPairing {
  base: readonly number[];
  version: readonly number[];
}

/** The pairing spec for one base/version pair (see attribution-match.ts). */
function specOf(base: Prepared, ver: Prepared, links: readonly BlockPairing[]): MatchSpec {
  const linkedTo = new Map<number, Set<number>>();
  for (const l of links) {
    for (const b of l.base) {
      const set = linkedTo.get(b) ?? new Set<number>();
      l.version.forEach((v) => set.add(v));
      linkedTo.set(b, set);
    }
  }
  const slot = (a: FoundAttribution, p: Prepared): Slot => slotOf(a, p.blocks);
  const linked = (b: FoundAttribution, v: FoundAttribution): boolean =>
    linkedTo.get(b.block)?.has(v.block) === true;
  const keys = (a: FoundAttribution, side: 'base' | 'version'): string[] => {
    const g = groupOf(a.kind);
    if (g === 'dateline' || g === 'byline') return [g];
    const src = sourceKeys(a.source).map((w) => `${g}|${w}`);
    if (g === 'credit') return [...src, `slot|${slot(a, side === 'base' ? base : ver)}`];
    return [...src, `cue|${cueKey(a.cue)}`, ...[...a.context].map((w) => `ctx|${w}`)];
  };
  return {
    keys,
    exact: (a) => `${a.kind}|${a.rule}|${a.text}|${a.source ?? ''}|${a.credit ?? ''}`,
    score: (b, v) => scoreOf(b, v, [slot(b, base), slot(v, ver)], linked(b, v)),
    linked,
    linkedBlocks: (b) => linkedTo.get(b.block) ?? [],
  };
}

/** A paired entry: kept, changed with a minor kind, or changed. */
function pairedEntry(
  b: FoundAttribution,
  v: FoundAttribution,
  score: number,
  base: Prepared,
  ver: Prepared,
): AttributionEntry {
  const entry: AttributionEntry = {
    status: 'changed',
    kind: b.kind,
    base: strip(b),
    version: strip(v),
  };
  // A credit line restyled, not replaced ("BEIJING —" → "Beijing :", "(AP)" → "AP"): the
  // word diff calls the same characters typography, so the entry says so too.
  if (groupOf(b.kind) !== 'claim' && styleOnly(b.text, v.text)) {
    entry.change = 'typography';
    return entry;
  }
  if (score < 2) return entry;
  const change = changeOf(
    { a: b, text: base.input.text, blockStart: base.blocks[b.block]?.start ?? 0 },
    { a: v, text: ver.input.text, blockStart: ver.blocks[v.block]?.start ?? 0 },
  );
  if (change === 'kept') entry.status = 'kept';
  else if (change !== null) entry.change = change;
  return entry;
}

/** Notes a pairing leaves for the pair: set when a candidate cap may have cost a pairing. */
export interface PairingNotes {
  coarse?: boolean;
}

/**
 * Pairs the attributions of base and version (see the module comment for the statuses).
 * `links` are the pair's block links: attributions in linked blocks pair first.
 */
export function pairAttributions(
  base: Prepared,
  ver: Prepared,
  links: readonly BlockPairing[] = [],
  notes: PairingNotes = {},
): AttributionEntry[] {
  const bs = findCredits(base);
  const vs = findCredits(ver);
  const { pairs, coarse } = matchAttributions(bs, vs, specOf(base, ver, links));
  if (coarse) notes.coarse = true;
  const out: AttributionEntry[] = bs.map((b, i) => {
    const m = pairs.get(i);
    const v = m === undefined ? undefined : vs[m[0]];
    if (v === undefined || m === undefined) {
      return { status: 'dropped', kind: b.kind, base: strip(b), version: null };
    }
    return pairedEntry(b, v, m[1], base, ver);
  });
  const used = new Set([...pairs.values()].map(([j]) => j));
  vs.forEach((v, j) => {
    if (!used.has(j)) out.push({ status: 'added', kind: v.kind, base: null, version: strip(v) });
  });
  return out;
}
