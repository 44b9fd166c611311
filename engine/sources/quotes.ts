// Quotations across two versions: pairing by the words inside the marks (best matches
// first), then the status of each pair, from the mildest difference to the strongest:
// identical, typography, spelling, trimmed (words cut, with or without an ellipsis),
// altered (words substituted or inserted), reattributed (same words, another speaker). A
// base quotation with no counterpart becomes `paraphrased` when a sentence of the version
// credits the same speaker with much of the same content words (reported speech); no block
// links are needed, so this works for independent rewrites too.

import { contentWords, sentencesOf, type FoundAttribution } from './attributions-find.js';
import { setDice } from './attributions.js';
import { foldSpelling, foldTypography } from '../text/normalize.js';
import type { Prepared } from '../text/prepare.js';
import { isPronoun, sameSource } from './sources.js';
import type { QuoteEntry, QuoteSpan } from '../types.js';
import type { FoundQuote } from './quotes-extract.js';

export { extractQuotes, type FoundQuote } from './quotes-extract.js';

/** Share of a quotation's content words a paraphrase by the same speaker must keep. */
const PARAPHRASE_MIN = 0.25;

function words(s: string, spelling: boolean): string[] {
  const folded = foldTypography(s).toLowerCase();
  const list = folded.match(/[\p{L}\p{N}][\p{L}\p{N}'.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  return spelling ? list.map(foldSpelling) : list;
}

/** Word counts of a quotation, computed once per quotation rather than once per pairing. */
function counts(list: string[]): Map<string, number> {
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

function dice(a: string[], b: string[]): number {
  return diceOf(counts(a), a.length, counts(b), b.length);
}

/** True when `inner` is `outer` with words cut (in order; an ellipsis may mark the cut). */
function subsequence(outer: string[], inner: string[]): boolean {
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
  const sa = words(a.text, true);
  const sb = words(b.text, true);
  if (reattributed(a, b) && dice(sa, sb) >= 0.8) return 'reattributed';
  if (a.text === b.text) return 'identical';
  if (words(a.text, false).join(' ') === words(b.text, false).join(' ')) return 'typography';
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
  atts: readonly FoundAttribution[],
): QuoteSpan | null {
  if (!q.speaker || isPronoun(q.speaker)) return null;
  const want = contentWords(q.text);
  if (want.size < 4) return null;
  let best: QuoteSpan | null = null;
  let bestScore = PARAPHRASE_MIN;
  for (const a of atts) {
    if (a.kind !== 'speech' || !sameSource(a.source, q.speaker)) continue;
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

/** Pairs the quotations of two versions, best matches first; unpaired ones are dropped/added. */
export function pairQuotes(
  base: FoundQuote[],
  version: FoundQuote[],
  ver: Prepared,
  verAtts: readonly FoundAttribution[],
): QuoteEntry[] {
  const bw = base.map((q) => words(q.text, true));
  const vw = version.map((q) => words(q.text, true));
  const bc = bw.map(counts);
  const vc = vw.map(counts);
  const cands: Array<[number, number, number]> = [];
  bc.forEach((a, i) =>
    vc.forEach((b, j) => {
      const d = diceOf(a, bw[i]?.length ?? 0, b, vw[j]?.length ?? 0);
      if (d >= 0.5) cands.push([d, i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const pb = new Map<number, number>();
  const pv = new Set<number>();
  for (const [, i, j] of cands) {
    if (pb.has(i) || pv.has(j)) continue;
    pb.set(i, j);
    pv.add(j);
  }
  const out: QuoteEntry[] = base.map((q, i) => {
    const v = version[pb.get(i) ?? -1];
    if (v !== undefined) return { status: quoteStatus(q, v), base: strip(q), version: strip(v) };
    const para = paraphraseOf(q, ver, verAtts);
    return para === null
      ? { status: 'dropped', base: strip(q), version: null }
      : { status: 'paraphrased', base: strip(q), version: para };
  });
  version.forEach((q, j) => {
    if (!pv.has(j)) out.push({ status: 'added', base: null, version: strip(q) });
  });
  return out;
}
