// The class of a word change. Folded differences come first (typography, spelling: "only
// the typography changed" is itself a finding). Then, from the most to the least telling
// for an analyst: quote (words inside quotation marks changed), hedge ("allegedly",
// "have been found"), attribution (who says it), number, name (proper nouns), wording.

import type { RawChange } from './diff.js';
import { foldLayer, foldTypography } from '../text/normalize.js';
import { tokenAt, type Prepared } from '../text/prepare.js';
import { STOPWORDS } from '../text/stopwords.js';
import { PUNCT, type Token } from '../text/tokenize.js';
import type { ChangeClass } from '../types.js';

/** Quotation ranges (marks included) of both texts, sorted by start. */
export interface QuoteRanges {
  base: ReadonlyArray<readonly [number, number]>;
  version: ReadonlyArray<readonly [number, number]>;
}

const QUOTE_MARKS = /^["'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB]$/;
const HEDGE =
  /\b(?:allegedly|alleged|reportedly|purportedly|apparently|supposedly|seemingly|claim(?:s|ed|ing)?|may|might|could|possibly|perhaps|likely|unlikely|suspected|appear(?:s|ed)?|seem(?:s|ed)?|(?:ha(?:ve|s|d)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+(?:found|accused|said|reported|alleged|believed|thought|suspected))\b/g;
const CUE =
  /^(?:said|says|say|told|tells|according|wrote|writes|write|added|adds|stated|states|announced|reported|quoted|quoting|cited|citing|spokesman|spokeswoman|spokesperson|statement)$/i;
const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|dozens|half|quarter|percent|first|second|third|twice)$/i;
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$/i;

function tokensIn(p: Prepared, list: readonly number[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < to; i += 1) {
    const t = tokenAt(p, list[i] ?? -1);
    if (t) out.push(t);
  }
  return out;
}

/** Starts in order and, at each index, the furthest end so far (ranges may nest). */
interface RangeIndex {
  starts: number[];
  reach: number[];
}

const indexes = new WeakMap<QuoteRanges['base'], RangeIndex>();

function indexOf(ranges: QuoteRanges['base']): RangeIndex {
  let got = indexes.get(ranges);
  if (got === undefined) {
    const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
    const starts: number[] = [];
    const reach: number[] = [];
    let far = -Infinity;
    for (const [a, b] of sorted) {
      far = Math.max(far, b);
      starts.push(a);
      reach.push(far);
    }
    indexes.set(ranges, (got = { starts, reach }));
  }
  return got;
}

/**
 * True when `[s, e)` overlaps a range (an empty one, `s` inside a range): some range starts
 * before `e` (before or at `s` when empty) and ends after `s`. One binary search over the
 * starts, then the furthest end among the ranges that start early enough.
 */
function overlaps(ranges: QuoteRanges['base'], s: number, e: number): boolean {
  if (ranges.length === 0) return false;
  const { starts, reach } = indexOf(ranges);
  // ranges that may hold it: start < e, or start < s for an empty span
  const limit = e > s ? e : s;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (reach[lo - 1] as number) > s;
}

function hedges(text: string): Set<string> {
  return new Set((text.toLowerCase().match(HEDGE) ?? []).map((h) => h.replace(/\s+/g, ' ')));
}

function isName(t: Token, sentenceStarts: ReadonlySet<number>): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.raw) || t.raw === 'I') return false;
  return !sentenceStarts.has(t.start) || /^\p{Lu}{2,}/u.test(t.raw);
}

/** True when two token lists differ as multisets of folded lower-case words. */
function differ(a: readonly Token[], b: readonly Token[]): boolean {
  const k = (t: Token): string => foldTypography(t.raw).toLowerCase();
  return a.map(k).sort().join('\u0001') !== b.map(k).sort().join('\u0001');
}

/**
 * The fold layer that makes both sides equal once spaces are ignored ("two-year" against
 * "two – year", "BEIJING —" against "Beijing :" is not), or null. Spelling only counts when
 * spelling folding is on: with it off, a variant is a wording change.
 */
function foldedLayer(bt: Token[], vt: Token[], foldSpelling: boolean): ChangeClass | null {
  if (bt.length === 0 || vt.length === 0) return null;
  const join = (ts: Token[]): string => ts.map((t) => t.raw).join('');
  const layer = foldLayer(join(bt), join(vt));
  if (layer === 'typography' || (layer === 'spelling' && foldSpelling)) return layer;
  const words = (ts: Token[]): string =>
    ts
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.raw)
      .join(' ');
  // Same words, only the punctuation between them differs: typography too.
  const wl = bt.some((t) => t.kind !== 'punct') ? foldLayer(words(bt), words(vt)) : null;
  if (wl === 'typography' || (wl === 'spelling' && foldSpelling)) return wl;
  return null;
}

// House-style forms of one unit, folded to one spelling: "6 percent", "6 per cent", "6 pct"
// and "6%" state the same figure. Keys are lower case; "per cent" is joined before lookup.
// The tokenizer often makes figure and unit one number token ("6 per cent"): see unitForm.
const UNIT_STYLE: ReadonlyMap<string, string> = new Map([
  ['percent', '%'],
  ['pct', '%'],
  ['%', '%'],
  ['mn', 'million'],
  ['mln', 'million'],
  ['bn', 'billion'],
  ['bln', 'billion'],
]);

// The unit at the end of a number token, after its spaces are removed ("6percent", "$4bn").
const TOKEN_UNIT = /(?<=\d)(%|percent|pct|mn|mln|bn|bln|million|billion)$/;

/** One token's text with its unit spelled one way: "6 per cent" → "6%", "$4bn" → "$4billion". */
function unitForm(t: Token): string {
  const w = foldTypography(t.raw).toLowerCase();
  if (t.kind !== 'number') return UNIT_STYLE.get(w) ?? w;
  const joined = w.replace(/[ \u00A0]+/g, '');
  return joined.replace(TOKEN_UNIT, (u) => UNIT_STYLE.get(u) ?? u);
}

/** A side's words with unit spellings folded (see UNIT_STYLE), other punctuation left out. */
function unitForms(ts: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of ts) {
    const w = unitForm(t);
    if (t.kind === 'punct' && w !== '%') continue;
    if (w === 'cent' && out[out.length - 1] === 'per') out[out.length - 1] = '%';
    else out.push(w);
  }
  return out;
}

/**
 * True when the sides differ only in how a unit is written ("6 percent" → "6 per cent", "$4
 * mn" → "$4 million"): every figure is unchanged, so this is a house-style variant, classed
 * with spelling, not a number. "6 percentage points" against "6 percent" keeps its class.
 */
function unitStyleOnly(bt: readonly Token[], vt: readonly Token[]): boolean {
  const b = unitForms(bt);
  const v = unitForms(vt);
  return b.length > 0 && b.join('') === v.join('');
}

/** Context needed to classify the changes of one link. */
export interface ClassifyContext {
  base: Prepared;
  ver: Prepared;
  lb: readonly number[];
  lv: readonly number[];
  quotes: QuoteRanges;
  /** Attribution phrases of both texts (same shape as the quotation ranges). */
  attributions: QuoteRanges;
  baseStarts: ReadonlySet<number>;
  verStarts: ReadonlySet<number>;
  foldSpelling: boolean;
}

/** Offsets of the first word of every sentence (for telling names from capitalized starts). */
export function sentenceStarts(p: Prepared): Set<number> {
  const out = new Set<number>();
  for (const s of p.sentences) {
    for (let t = s.t0; t < s.t1; t += 1) {
      const start = p.tokens.start[t];
      if (start !== undefined && p.tokens.kind[t] !== PUNCT) {
        out.add(start);
        break;
      }
    }
  }
  return out;
}

/** Is the change next to an attribution cue ("… said", "according to …")? */
function nearCue(p: Prepared, list: readonly number[], from: number, to: number): boolean {
  const around = [
    ...tokensIn(p, list, Math.max(0, from - 2), from),
    ...tokensIn(p, list, to, to + 2),
  ];
  return around.some((t) => CUE.test(t.raw));
}

/** The class of one change. */
export function classifyChange(c: RawChange, x: ClassifyContext): ChangeClass {
  if (c.fold) return c.fold;
  const bt = tokensIn(x.base, x.lb, c.b0, c.b1);
  const vt = tokensIn(x.ver, x.lv, c.v0, c.v1);
  const all = [...bt, ...vt];
  const folded = foldedLayer(bt, vt, x.foldSpelling);
  if (folded !== null) return folded;
  if (x.foldSpelling && unitStyleOnly(bt, vt)) return 'spelling';
  if (all.every((t) => t.kind === 'punct')) {
    return all.some((t) => QUOTE_MARKS.test(t.raw)) ? 'quote' : 'typography';
  }
  const bw = bt.filter((t) => t.kind !== 'punct');
  const vw = vt.filter((t) => t.kind !== 'punct');
  const bs = bt[0]?.start ?? 0;
  const vs = vt[0]?.start ?? 0;
  if (
    (bt.length > 0 && overlaps(x.quotes.base, bs, bt[bt.length - 1]?.end ?? bs)) ||
    (vt.length > 0 && overlaps(x.quotes.version, vs, vt[vt.length - 1]?.end ?? vs))
  ) {
    return 'quote';
  }
  const hb = hedges(bt.map((t) => t.raw).join(' '));
  const hv = hedges(vt.map((t) => t.raw).join(' '));
  if ([...hb].some((h) => !hv.has(h)) || [...hv].some((h) => !hb.has(h))) return 'hedge';
  if (
    (bt.length > 0 && overlaps(x.attributions.base, bs, bt[bt.length - 1]?.end ?? bs)) ||
    (vt.length > 0 && overlaps(x.attributions.version, vs, vt[vt.length - 1]?.end ?? vs))
  ) {
    return 'attribution';
  }
  if (all.some((t) => CUE.test(t.raw))) return 'attribution';
  if (nearCue(x.base, x.lb, c.b0, c.b1) || nearCue(x.ver, x.lv, c.v0, c.v1)) {
    if ([...bw, ...vw].some((t) => !STOPWORDS.has(t.raw.toLowerCase()))) return 'attribution';
  }
  const isNum = (t: Token): boolean =>
    t.kind === 'number' || NUMBER_WORD.test(t.raw) || DATE_WORD.test(t.raw) || /\d/.test(t.raw);
  // A class applies when that kind of word differs between the sides, not merely appears:
  // "TikTok" on both sides of a rewritten clause does not make it a name change.
  if (differ(bw.filter(isNum), vw.filter(isNum))) return 'number';
  return namesOnly(bw, vw, x) ? 'name' : 'wording';
}

/** How much besides the names a name change may carry. */
const NAME_CHANGE = {
  /**
   * Non-name words that may differ alongside the names, as a share of the differing names:
   * "the Xinhua" → "Reuters" is still a name change, but "Chinese officials" → "Beijing
   * lawmakers" rewords a phrase that happens to contain a name.
   */
  otherPerName: 1,
};

/** Words (folded, lower case) of one side that the other side lacks, as a multiset. */
function onlyIn(a: readonly Token[], b: readonly Token[]): Token[] {
  const left = new Map<string, number>();
  for (const t of b) {
    const k = foldTypography(t.raw).toLowerCase();
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  return a.filter((t) => {
    const k = foldTypography(t.raw).toLowerCase();
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

/**
 * True when a change is a name change: names differ, and the other words that differ are
 * few and only function words ("the", "of"). A reworded phrase that merely contains a
 * proper noun ("said Chinese officials" → "Beijing has claimed") is wording.
 */
function namesOnly(bw: readonly Token[], vw: readonly Token[], x: ClassifyContext): boolean {
  const gone = onlyIn(bw, vw);
  const come = onlyIn(vw, bw);
  const names = [
    ...gone.filter((t) => isName(t, x.baseStarts)),
    ...come.filter((t) => isName(t, x.verStarts)),
  ];
  if (names.length === 0) return false;
  const other = [
    ...gone.filter((t) => !isName(t, x.baseStarts)),
    ...come.filter((t) => !isName(t, x.verStarts)),
  ];
  if (other.some((t) => !STOPWORDS.has(t.raw.toLowerCase()))) return false;
  return other.length <= names.length * NAME_CHANGE.otherPerName;
}
