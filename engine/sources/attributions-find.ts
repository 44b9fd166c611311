// Finding attributions in one version: the rules of attribution-rules.ts run over every
// paragraph that is not boilerplate (captions carry photo credits, bylines carry authors),
// overlapping matches keep the earlier rule, pronoun sources are resolved to the nearest
// named speaker before them, and each attribution keeps the content words of its sentence
// (without its own words) so versions can be paired by what was attributed.

import { RULES, type AttributionRule, type RuleMatch } from './attribution-rules.js';
import { foldSpelling, foldTypography } from '../text/normalize.js';
import { quoteSpans, type QuoteRange } from './quotes-extract.js';
import { cleanSource, isPronoun, isUnnamed } from './sources.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { AttributionKind, AttributionSpan, Block } from '../types.js';

/** An attribution found in a version, with what the pairing needs. */
export interface FoundAttribution extends AttributionSpan {
  kind: AttributionKind;
  rule: string;
  block: number;
  /** Content words of the attributed sentence, the attribution's own words left out. */
  context: ReadonlySet<string>;
  /** A dateline's agency credit ("AFP" in "PARIS (AFP) —"): a dateline kept needs the same. */
  credit?: string;
}

/** Sentence bounds inside a paragraph, as absolute offsets. */
export interface SentenceSpan {
  start: number;
  end: number;
  block: number;
}

// Not after a title or an initial: "Dr. Amina Diallo" is one sentence.
const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|St|Jr|Sr|\p{Lu}))[.!?…]+["”’)]*\s+(?=[“"‘'(\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences (a light splitter: enough to scope a credit). */
export function sentencesOf(text: string, b: Block, block: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = b.start;
  for (const m of text.slice(b.start, b.end).matchAll(SENTENCE_END)) {
    const at = b.start + (m.index ?? 0) + m[0].length;
    out.push({ start: from, end: at, block });
    from = at;
  }
  if (from < b.end) out.push({ start: from, end: b.end, block });
  return out;
}

/** Content words of a text: folded, lower case, spelling-folded, stopwords left out. */
export function contentWords(text: string): Set<string> {
  const words =
    foldTypography(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];
  return new Set(
    words
      .map((w) => foldSpelling(w.replace(/[.'-]+$/, '').replace(/'s$/, '')))
      .filter((w) => w.length > 1 && !STOPWORDS.has(w)),
  );
}

/** Every match of a global regular expression in `s` from `from` on (no clone, unlike matchAll). */
function execAll(re: RegExp, s: string, from: number, out: RegExpExecArray[]): void {
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex += 1;
  }
}

/** Sentences of a paragraph with their text, and which cue tests each passed (lazily). */
interface SentenceCues {
  spans: ReadonlyArray<[number, number]>;
  texts: string[];
  passed: Map<RegExp, boolean[]>;
}

/** Matches of one rule in a paragraph (offsets relative to `para`), per sentence if it can. */
function ruleMatches(rule: AttributionRule, para: string, sc: SentenceCues): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const cue = rule.cue;
  if (cue === undefined || !rule.perSentence) {
    if (cue === undefined || cue.test(para)) execAll(rule.re, para, 0, out);
    return out;
  }
  // Several rules share one cue test: run it once per sentence.
  let passed = sc.passed.get(cue);
  if (passed === undefined) {
    passed = sc.texts.map((t) => cue.test(t));
    sc.passed.set(cue, passed);
  }
  sc.spans.forEach(([s0, s1], i) => {
    // The text before the sentence stays, for the rules' look-behinds; the end is cut.
    if (passed[i] === true) execAll(rule.re, para.slice(0, s1), s0, out);
  });
  return out;
}

/** One paragraph to search: its bounds, sentences, and what decides which rules apply. */
interface Para {
  start: number;
  end: number;
  sentences: readonly SentenceSpan[];
  /** True for the first body paragraph, where title-case datelines are looked for. */
  first: boolean;
  /** Quotations of the text (inner offsets), sorted by start. */
  quotes: readonly QuoteRange[];
}

/** Offset of a match's cue inside the match: not inside its source ("Says Who said"). */
function cueOffset(m: RegExpExecArray, cue: string | undefined, src: string): number {
  if (cue === undefined) return 0;
  const s = src.length > 0 ? m[0].indexOf(src) : -1;
  const at = m[0].indexOf(cue);
  if (s >= 0 && at >= s && at < s + src.length) {
    const after = m[0].indexOf(cue, s + src.length);
    if (after >= 0) return after;
  }
  return Math.max(0, at);
}

const inQuote = (quotes: readonly QuoteRange[], at: number): boolean =>
  quotes.some((q) => q[2] <= at && at < q[3]);

/** The agency credit of a dateline match, as absolute offsets. */
function creditOf(m: RegExpExecArray, s: number): RuleMatch['credit'] {
  const credit = m.groups?.credit;
  if (credit === undefined) return undefined;
  const at = s + m[0].indexOf(`(${credit}`);
  return { start: at, end: at + credit.length + 2, source: credit.trim() };
}

function matchesIn(text: string, p: Para): RuleMatch[] {
  const { start, end } = p;
  const para = text.slice(start, end);
  const spans = p.sentences.map((x): [number, number] => [x.start - start, x.end - start]);
  const sc: SentenceCues = {
    spans,
    texts: spans.map(([a, b]) => para.slice(a, b)),
    passed: new Map(),
  };
  const out: RuleMatch[] = [];
  for (const rule of RULES) {
    if (rule.firstBody === true && !p.first) continue;
    for (const m of ruleMatches(rule, para, sc)) {
      const g = m.groups ?? {};
      const raw = g.src ?? g.src2 ?? '';
      const source = cleanSource(raw);
      if (source.length === 0) continue;
      const s = start + m.index;
      // Words inside quotation marks are the speaker's: "I asked" in “… what I asked for” is
      // no attribution. Tested on the cue, so "“…,” said X" (cue outside the marks) stays.
      const cueAt = s + cueOffset(m, g.cue, raw);
      if (inQuote(p.quotes, cueAt)) continue;
      const got: RuleMatch = {
        rule: rule.name,
        kind: rule.kind,
        start: s,
        end: s + m[0].trimEnd().length,
        source,
        cue: (g.cue ?? rule.name).trim(),
        cueAt,
      };
      const credit = creditOf(m, s);
      if (credit !== undefined) got.credit = credit;
      out.push(got);
    }
  }
  return out;
}

/** Keeps the first rule's match where matches overlap (RULES is ordered by specificity). */
function dropOverlaps(ms: RuleMatch[]): RuleMatch[] {
  const order = new Map(RULES.map((r, i) => [r.name, i]));
  const byRule = [...ms].sort(
    (a, b) => (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.start - b.start,
  );
  const kept: RuleMatch[] = [];
  for (const m of byRule) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Kind refinement: a "report"/"statement" source or a "reported" cue is a report. */
function kindOf(m: RuleMatch): AttributionKind {
  if (m.kind !== 'speech') return m.kind;
  if (/\b(?:report|statement|study|survey|paper|documents?|data|release)s?$/i.test(m.source)) {
    return 'report';
  }
  return /^report/i.test(m.cue) ? 'report' : 'speech';
}

const plural = (s: string): boolean => / and |, /.test(s) || /s$/i.test(s.split(/\s+/)[0] ?? '');

/** The nearest earlier named speaker a pronoun can stand for, or null. */
function resolve(pronoun: string, before: FoundAttribution[], block: number): string | null {
  const they = pronoun.toLowerCase() === 'they';
  if (pronoun.toLowerCase() === 'it') return null;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const a = before[i];
    if (a === undefined || block - a.block > 3) return null;
    if (a.kind !== 'speech' || !a.source || isPronoun(a.source) || a.unnamed) continue;
    if (!/\p{Lu}/u.test(a.source)) continue;
    return plural(a.source) === they ? a.source : null;
  }
  return null;
}

function bylineOf(text: string, b: Block): RuleMatch {
  const source = text.slice(b.start, b.end).trim();
  return {
    rule: 'author line',
    kind: 'byline',
    start: b.start,
    end: b.start + source.length,
    source,
    cue: 'author line',
    cueAt: b.start,
  };
}

/** Rule matches of one block: overlaps dropped, dateline credits split off, author lines. */
function blockMatches(text: string, b: Block, p: Para): RuleMatch[] {
  const ms = dropOverlaps(matchesIn(text, p));
  // An author line the block classifier recognised is a byline even without "By".
  if (b.kind === 'byline' && ms.length === 0) ms.push(bylineOf(text, b));
  // "PARIS (AFP) —": the place is the dateline, the agency a credit of its own, so adding or
  // stripping the agency shows as a credit added or dropped (and the dateline changed).
  return ms.flatMap((m) =>
    m.credit === undefined
      ? [m]
      : [
          m,
          {
            rule: 'dateline credit',
            kind: 'credit' as const,
            start: m.credit.start,
            end: m.credit.end,
            source: m.credit.source,
            cue: 'dateline credit',
            cueAt: m.credit.start,
          },
        ],
  );
}

/**
 * Every attribution of a text, given its blocks; boilerplate blocks are skipped, and so are
 * matches whose cue lies inside a direct quotation (`quotes`: see quotes-extract.ts).
 */
export function findAttributions(
  text: string,
  blocks: readonly Block[],
  quotes: readonly QuoteRange[] = quoteSpans(text, blocks),
): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const first = blocks.findIndex((b) => b.kind === 'body' || b.kind === 'dateline');
  blocks.forEach((b, block) => {
    if (b.kind === 'boilerplate' || b.kind === 'title') return;
    const sentences = sentencesOf(text, b, block);
    const para: Para = { start: b.start, end: b.end, sentences, first: block === first, quotes };
    for (const m of blockMatches(text, b, para)) {
      const s = sentences.find((x) => m.start >= x.start && m.start < x.end) ?? b;
      const ctx = text.slice(s.start, m.start) + ' ' + text.slice(m.end, s.end);
      const source = isPronoun(m.source) ? (resolve(m.source, out, block) ?? m.source) : m.source;
      const a: FoundAttribution = {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        source,
        cue: m.cue,
        kind: kindOf(m),
        rule: m.rule,
        block,
        context: contentWords(ctx),
      };
      if (isUnnamed(m.source)) a.unnamed = true;
      if (m.credit !== undefined) a.credit = m.credit.source;
      out.push(a);
    }
  });
  return out;
}
