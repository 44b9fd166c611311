// Direct quotations: text between quotation marks in body blocks, with a simple speaker
// guess, and their pairing across two versions. The full attribution analysis (issue 4)
// builds on this module; the pairing statuses follow the schema's `quotes[].status`.

import { foldSpelling, foldTypography } from './normalize.js';
import type { Prepared } from './prepare.js';
import type { QuoteEntry, QuoteSpan } from './types.js';

/** A quotation found in a version: `start`/`end` bound the words inside the marks. */
export interface FoundQuote extends QuoteSpan {
  /** Offsets of the whole quotation, marks included. */
  outerStart: number;
  outerEnd: number;
}

const CUES = 'said|says|say|told|tells|added|adds|wrote|writes|write|asked|concludes|concluded';
const NAME =
  "(?:[Tt]he\\s+|[Aa]n?\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:(?:,?\\s+|\\s+and\\s+)[\\p{Lu}][\\p{L}'’.-]*){0,7}";
const SIMPLE_NAME =
  "(?:[Tt]he\\s+)?[\\p{Lu}][\\p{L}\\p{N}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}'’.-]*){0,3}";
const PRONOUN = '(?:he|she|they|it|we|I)';
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*(?:${CUES})\\s+(${SIMPLE_NAME})`, 'u');
const AFTER_NAME_FIRST = new RegExp(
  `^[\\s,]*(${NAME}|${PRONOUN}|(?:the|a|an)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:${CUES})\\b`,
  'u',
);
const BEFORE = new RegExp(`(${NAME}|${PRONOUN})\\s+(?:${CUES})(?:\\s+that)?[:,]?\\s*$`, 'u');

/** A guess at who is quoted, from the words right after or before the quotation. */
function speakerOf(text: string, outerStart: number, outerEnd: number): string | null {
  const after = text.slice(outerEnd, outerEnd + 120);
  const m = AFTER_VERB_FIRST.exec(after) ?? AFTER_NAME_FIRST.exec(after);
  if (m?.[1]) return m[1].trim();
  const before = text.slice(Math.max(0, outerStart - 120), outerStart);
  return BEFORE.exec(before)?.[1]?.trim() ?? null;
}

function isOpening(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '\u201C' || c === '\u201E') return true;
  if (c !== '"') return false;
  return (i === 0 || /[\s([\u2014-]/.test(text.charAt(i - 1))) && /\S/.test(text.charAt(i + 1));
}

function isClosing(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c === '\u201D' || (c === '"' && i > 0 && /\S/.test(text.charAt(i - 1)));
}

/** Quotations of one block; a quotation left open runs to the end of the block (news style). */
function blockQuotes(text: string, start: number, end: number): FoundQuote[] {
  const out: FoundQuote[] = [];
  let open = -1;
  for (let i = start; i < end; i += 1) {
    if (open === -1 && isOpening(text, i)) open = i;
    else if (open !== -1 && isClosing(text, i)) {
      out.push(span(text, open, i + 1, open + 1, i));
      open = -1;
    }
  }
  if (open !== -1 && end - open > 2) out.push(span(text, open, end, open + 1, end));
  return out;
}

function span(
  text: string,
  outerStart: number,
  outerEnd: number,
  s: number,
  e: number,
): FoundQuote {
  return {
    start: s,
    end: e,
    text: text.slice(s, e),
    speaker: speakerOf(text, outerStart, outerEnd),
    outerStart,
    outerEnd,
  };
}

/** Every direct quotation in the body blocks of a version, in text order. */
export function extractQuotes(p: Prepared): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const b of p.blocks) {
    if (b.kind === 'body') out.push(...blockQuotes(p.input.text, b.start, b.end));
  }
  return out;
}

function words(s: string, spelling: boolean): string[] {
  const folded = foldTypography(s).toLowerCase();
  const list = folded.match(/[\p{L}\p{N}][\p{L}\p{N}'.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  return spelling ? list.map(foldSpelling) : list;
}

function dice(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      count.set(w, n - 1);
    }
  }
  const shorter = Math.min(a.length, b.length);
  const d = a.length + b.length > 0 ? (2 * common) / (a.length + b.length) : 0;
  // A trimmed quotation is still the same quotation: score containment of the shorter one.
  return shorter >= 3 ? Math.max(d, common / shorter) : d;
}

function contains(outer: string[], inner: string[]): boolean {
  const o = outer.join(' ');
  return (
    inner.length > 0 && inner.length < outer.length && ` ${o} `.includes(` ${inner.join(' ')} `)
  );
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function reattributed(a: QuoteSpan, b: QuoteSpan): boolean {
  const x = a.speaker?.toLowerCase() ?? null;
  const y = b.speaker?.toLowerCase() ?? null;
  if (x === null || y === null || PRONOUNS.has(x) || PRONOUNS.has(y)) return false;
  return !x.includes(y) && !y.includes(x);
}

/** Status of a paired quotation. */
export function quoteStatus(a: QuoteSpan, b: QuoteSpan): QuoteEntry['status'] {
  if (reattributed(a, b)) return 'reattributed';
  if (a.text === b.text) return 'identical';
  const ta = words(a.text, false);
  const tb = words(b.text, false);
  if (ta.join(' ') === tb.join(' ')) return 'typography';
  const sa = words(a.text, true);
  const sb = words(b.text, true);
  if (sa.join(' ') === sb.join(' ')) return 'spelling';
  return contains(sa, sb) ? 'trimmed' : 'altered';
}

const strip = (q: FoundQuote): QuoteSpan => ({
  start: q.start,
  end: q.end,
  text: q.text,
  speaker: q.speaker ?? null,
});

/** Pairs the quotations of two versions, best matches first; unpaired ones are dropped/added. */
export function pairQuotes(base: FoundQuote[], version: FoundQuote[]): QuoteEntry[] {
  const bw = base.map((q) => words(q.text, true));
  const vw = version.map((q) => words(q.text, true));
  const cands: Array<[number, number, number]> = [];
  bw.forEach((a, i) =>
    vw.forEach((b, j) => {
      const d = dice(a, b);
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
    const j = pb.get(i);
    const v = j === undefined ? undefined : version[j];
    if (v === undefined) return { status: 'dropped', base: strip(q), version: null };
    return { status: quoteStatus(q, v), base: strip(q), version: strip(v) };
  });
  version.forEach((q, j) => {
    if (!pv.has(j)) out.push({ status: 'added', base: null, version: strip(q) });
  });
  return out;
}
