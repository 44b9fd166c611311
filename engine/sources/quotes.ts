// Quotations across two versions: pairing by the words inside the marks (best matches
// first), then the status of each pair, from the mildest difference to the strongest:
// identical, typography, spelling, trimmed (words cut, with or without an ellipsis),
// altered (words substituted or inserted), reattributed (same words, another speaker). A
// base quotation with no counterpart becomes `paraphrased` when a sentence of the version
// credits the same speaker with much of the same content words (reported speech); no block
// links are needed, so this works for independent rewrites too. Pairing is near-linear:
// identical quotations pair in text order first, and the rest find candidates through an
// index of words, each word's list cut to the QUOTES.cap nearest by position.

import { contentWords, sentencesOf } from './attributions-find.js';
import type { FoundAttribution } from './found.js';
import { setDice } from './attributions.js';
import { foldSpelling, foldTypography } from '../text/normalize.js';
import type { Prepared } from '../text/prepare.js';
import { isPronoun, sameSource } from './sources.js';
import type { QuoteEntry, QuoteSpan } from '../types.js';
import type { FoundQuote } from './quotes-extract.js';
import { lowerBound } from '../sorted.js';

export { extractQuotes, type FoundQuote } from './quotes-extract.js';

/** Share of a quotation's content words a paraphrase by the same speaker must keep. */
const PARAPHRASE_MIN = 0.25;

/** Tuning numbers of quotation pairing. */
const QUOTES = {
  /** Word overlap (Dice, or containment of the shorter) two quotations need to pair. */
  minPair: 0.5,
  /** Entries taken from one word's list, nearest to the expected position. */
  cap: 64,
  /** Candidates per base quotation scored in full, those sharing the most words first. */
  scored: 8,
};

/** The words of one quotation (shared through the memo below: never changed). */
type Words = readonly string[];

/** Words of quotations by their text (spelling folded): a reprint repeats most of them. */
const wordMemo = new Map<string, Words>();
/** Bound of that memo; it is emptied when full (results never depend on it). */
const WORD_MEMO_MAX = 20_000;

/** The words of a quotation, lower case, typography and spelling folded. */
function words(s: string): Words {
  let got = wordMemo.get(s);
  if (got === undefined) {
    const folded = foldTypography(s).toLowerCase();
    const list = folded.match(/[\p{L}\p{N}][\p{L}\p{N}'.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
    got = list.map(foldSpelling);
    if (wordMemo.size >= WORD_MEMO_MAX) wordMemo.clear();
    wordMemo.set(s, got);
  }
  return got;
}

/**
 * A quotation with its typography folded away: case, quotation marks, dashes and hyphens,
 * and punctuation moved inside or outside the marks ("rebuild," against "rebuild").
 */
function typoKey(s: string): string {
  return foldTypography(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word counts of a quotation, computed once per quotation rather than once per pairing. */
function counts(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function diceOf(a: Map<string, number>, al: number, b: Map<string, number>, bl: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small) common += Math.min(n, large.get(w) ?? 0);
  const shorter = Math.min(al, bl);
  const d = al + bl > 0 ? (2 * common) / (al + bl) : 0;
  // A trimmed quotation is still the same quotation: score containment of the shorter one.
  return shorter >= 3 ? Math.max(d, common / shorter) : d;
}

function dice(a: readonly string[], b: readonly string[]): number {
  return diceOf(counts(a), a.length, counts(b), b.length);
}

/** True when `inner` is `outer` with words cut (in order; an ellipsis may mark the cut). */
function subsequence(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  let i = 0;
  for (const w of outer) if (w === inner[i]) i += 1;
  return i === inner.length;
}

function reattributed(a: QuoteSpan, b: QuoteSpan): boolean {
  const x = a.speaker ?? null;
  const y = b.speaker ?? null;
  if (x === null || y === null || isPronoun(x) || isPronoun(y)) return false;
  return !sameSource(x, y);
}

/** Status of a paired quotation. */
export function quoteStatus(a: QuoteSpan, b: QuoteSpan): QuoteEntry['status'] {
  const sa = words(a.text);
  const sb = words(b.text);
  if (reattributed(a, b) && dice(sa, sb) >= 0.8) return 'reattributed';
  if (a.text === b.text) return 'identical';
  if (typoKey(a.text) === typoKey(b.text)) return 'typography';
  if (sa.join(' ') === sb.join(' ')) return 'spelling';
  return subsequence(sa, sb) ? 'trimmed' : 'altered';
}

const strip = (q: FoundQuote): QuoteSpan => ({
  start: q.start,
  end: q.end,
  text: q.text,
  speaker: q.speaker ?? null,
});

/** The version sentence that reports the base quotation in its own words, if any. */
function paraphraseOf(
  q: FoundQuote,
  ver: Prepared,
  speechOf: (speaker: string) => readonly FoundAttribution[],
): QuoteSpan | null {
  if (!q.speaker || isPronoun(q.speaker)) return null;
  const want = contentWords(q.text);
  if (want.size < 4) return null;
  let best: QuoteSpan | null = null;
  let bestScore = PARAPHRASE_MIN;
  for (const a of speechOf(q.speaker)) {
    const b = ver.blocks[a.block];
    if (b === undefined || b.kind !== 'body') continue;
    const s = sentencesOf(ver.input.text, b, a.block).find(
      (x) => a.start >= x.start && a.start < x.end,
    );
    if (s === undefined) continue;
    const got = contentWords(ver.input.text.slice(a.end, s.end));
    let common = 0;
    for (const w of want) if (got.has(w)) common += 1;
    const score = Math.max(common / want.size, setDice(want, got));
    if (score >= bestScore) {
      bestScore = score + 1e-9;
      const text = ver.input.text.slice(s.start, s.end).trimEnd();
      best = { start: s.start, end: s.start + text.length, text, speaker: a.source ?? null };
    }
  }
  return best;
}

/** Index of a list of quotations by word: for each word, the quotations that use it. */
function wordIndex(ws: Words[], skip: ReadonlySet<number>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  ws.forEach((list, j) => {
    if (skip.has(j)) return;
    for (const w of new Set(list)) {
      const got = index.get(w);
      if (got === undefined) index.set(w, [j]);
      else got.push(j);
    }
  });
  return index;
}

/** A window of `cap` entries of a sorted list around `x`. */
function nearestOf(xs: readonly number[], x: number, cap: number): number[] {
  if (xs.length <= cap) return [...xs];
  const lo = lowerBound(xs, x);
  const from = Math.max(0, Math.min(lo - cap / 2, xs.length - cap));
  return xs.slice(from, from + cap);
}

/** Identical quotations (same words) that occur equally often on both sides, in text order. */
function exactPairs(bw: Words[], vw: Words[]): Map<number, number> {
  const group = (ws: Words[]) => {
    const m = new Map<string, number[]>();
    ws.forEach((w, i) => {
      const k = w.join(' ');
      const got = m.get(k);
      if (got === undefined) m.set(k, [i]);
      else got.push(i);
    });
    return m;
  };
  const vg = group(vw);
  const out = new Map<number, number>();
  for (const [k, is] of group(bw)) {
    const js = vg.get(k);
    if (k === '' || js === undefined || js.length !== is.length) continue;
    is.forEach((i, n) => out.set(i, js[n] ?? -1));
  }
  return out;
}

/** Candidate pairings [dice, base, version] through the word index (see the module comment). */
function candidates(bw: Words[], vw: Words[], pb: Map<number, number>, pv: Set<number>) {
  const index = wordIndex(vw, pv);
  const vc = vw.map(counts);
  const cands: Array<[number, number, number]> = [];
  let cut = false;
  bw.forEach((list, i) => {
    if (pb.has(i)) return;
    const at = bw.length > 1 ? Math.round((i * (vw.length - 1)) / (bw.length - 1)) : 0;
    const hits = new Map<number, number>();
    for (const w of new Set(list)) {
      const posting = index.get(w) ?? [];
      if (posting.length > QUOTES.cap) cut = true;
      for (const j of nearestOf(posting, at, QUOTES.cap)) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    const best = [...hits]
      .sort((x, y) => y[1] - x[1] || Math.abs(x[0] - at) - Math.abs(y[0] - at) || x[0] - y[0])
      .slice(0, QUOTES.scored);
    const a = counts(list);
    for (const [j] of best) {
      const d = diceOf(a, list.length, vc[j] ?? new Map(), vw[j]?.length ?? 0);
      if (d >= QUOTES.minPair) cands.push([d, i, j]);
    }
  });
  return { cands, cut };
}

/** Pairs the quotations of two versions, best matches first; unpaired ones are dropped/added. */
export function pairQuotes(
  base: FoundQuote[],
  version: FoundQuote[],
  ver: Prepared,
  verAtts: readonly FoundAttribution[],
  notes: { coarse?: boolean } = {},
): QuoteEntry[] {
  const bw = base.map((q) => words(q.text));
  const vw = version.map((q) => words(q.text));
  const pb = exactPairs(bw, vw);
  const pv = new Set(pb.values());
  const { cands, cut } = candidates(bw, vw, pb, pv);
  cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of cands) {
    if (pb.has(i) || pv.has(j)) continue;
    pb.set(i, j);
    pv.add(j);
  }
  if (cut && pb.size < base.length) notes.coarse = true;
  // The version's speech credits of one speaker, in text order (dropped quotations of one
  // speaker are many; each would otherwise test every credit of the version).
  const speech = new Map<string, FoundAttribution[]>();
  const speechOf = (speaker: string): readonly FoundAttribution[] => {
    let got = speech.get(speaker);
    if (got === undefined) {
      // A version repeats few sources over many credits: compare each source once.
      const same = new Map<string | null | undefined, boolean>();
      const sameAs = (s: string | null | undefined): boolean => {
        let yes = same.get(s);
        if (yes === undefined) same.set(s, (yes = sameSource(s, speaker)));
        return yes;
      };
      got = verAtts.filter((a) => a.kind === 'speech' && sameAs(a.source));
      speech.set(speaker, got);
    }
    return got;
  };
  const out: QuoteEntry[] = base.map((q, i) => {
    const v = version[pb.get(i) ?? -1];
    if (v !== undefined) return { status: quoteStatus(q, v), base: strip(q), version: strip(v) };
    const para = paraphraseOf(q, ver, speechOf);
    return para === null
      ? { status: 'dropped', base: strip(q), version: null }
      : { status: 'paraphrased', base: strip(q), version: para };
  });
  version.forEach((q, j) => {
    if (!pv.has(j)) out.push({ status: 'added', base: null, version: strip(q) });
  });
  return out;
}
