// Attributions across versions. Each attribution of the base is paired with one of the
// version by who is credited (engine/sources.ts) and by what is attributed (the content words
// of its sentence), without needing block links, so independent rewrites pair too:
// - kept: same source and cue, over related content (or a credit/byline of the same source);
// - changed: the same content credited differently ("the ASPI experts said" → "A NDTV report
//   said", "concluded" → "have found"), a dateline that changed, or a dateline/credit that
//   vanished while its paragraph survived ("PARIS (AFP) —" → nothing: version null), or whose
//   agency credit was added or stripped ("PARIS —" → "PARIS (AFP) —"; the agency itself is
//   a credit of its own, so it shows as added or dropped too);
// - dropped / added: no counterpart, including those in dropped or added paragraphs.

import {
  contentWords,
  findAttributions,
  sentencesOf,
  type FoundAttribution,
} from './attributions-find.js';
import type { Prepared } from '../text/prepare.js';
import { cueKey, sameSource } from './sources.js';
import { quoteSpansOf } from './quotes-extract.js';
import type { AttributionEntry, AttributionKind, AttributionSpan } from '../types.js';

/** Content overlap two sentences need to count as the same attributed content. */
const SAME_CONTENT = 0.5;
/** Content overlap a kept source needs (the same speaker says many things). */
const KEPT_CONTENT = 0.25;

const cache = new WeakMap<Prepared, FoundAttribution[]>();

/** The attributions of a version (cached: the base is shared by every pair). */
export function findCredits(p: Prepared): FoundAttribution[] {
  let found = cache.get(p);
  if (found === undefined) {
    found = findAttributions(p.input.text, p.blocks, quoteSpansOf(p));
    cache.set(p, found);
  }
  return found;
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
  k === 'credit' || k === 'dateline' || k === 'byline' ? k : 'claim';

/** Score of a candidate pairing: above 2 for kept, 0–1 for changed, -1 for none. */
function score(b: FoundAttribution, v: FoundAttribution): number {
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
  if (g === 'credit') return same ? 2 + ctx : -1;
  if (same && cueKey(b.cue) === cueKey(v.cue) && ctx >= KEPT_CONTENT) return 2 + ctx;
  return ctx >= SAME_CONTENT ? ctx : -1;
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

/** Greedy one-to-one pairing, best scores first; ties by text order, so it is deterministic. */
function match(base: FoundAttribution[], ver: FoundAttribution[]): Map<number, [number, number]> {
  const cands: Array<[number, number, number]> = [];
  base.forEach((b, i) =>
    ver.forEach((v, j) => {
      const s = score(b, v);
      if (s >= 0) cands.push([s, i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const out = new Map<number, [number, number]>();
  const used = new Set<number>();
  for (const [s, i, j] of cands) {
    if (out.has(i) || used.has(j)) continue;
    out.set(i, [j, s]);
    used.add(j);
  }
  return out;
}

/** True when the sentence a credit sat in survives somewhere in the version. */
function survives(a: FoundAttribution, ver: Prepared): boolean {
  if (a.context.size < 3) return false;
  return ver.blocks.some(
    (b, i) =>
      b.kind === 'body' &&
      sentencesOf(ver.input.text, b, i).some(
        (s) =>
          setDice(a.context, contentWords(ver.input.text.slice(s.start, s.end))) >= SAME_CONTENT,
      ),
  );
}

/** Pairs the attributions of base and version (see the module comment for the statuses). */
export function pairAttributions(base: Prepared, ver: Prepared): AttributionEntry[] {
  const bs = findCredits(base);
  const vs = findCredits(ver);
  const pairs = match(bs, vs);
  const out: AttributionEntry[] = bs.map((b, i) => {
    const m = pairs.get(i);
    const v = m === undefined ? undefined : vs[m[0]];
    if (v === undefined || m === undefined) {
      const vanished = b.kind === 'dateline' && survives(b, ver);
      return {
        status: vanished ? 'changed' : 'dropped',
        kind: b.kind,
        base: strip(b),
        version: null,
      };
    }
    return {
      status: m[1] >= 2 ? 'kept' : 'changed',
      kind: b.kind,
      base: strip(b),
      version: strip(v),
    };
  });
  const used = new Set([...pairs.values()].map(([j]) => j));
  vs.forEach((v, j) => {
    if (!used.has(j)) out.push({ status: 'added', kind: v.kind, base: null, version: strip(v) });
  });
  return out;
}
