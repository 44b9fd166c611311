// Finding attributions in one version: the rules of attribution-rules.ts run over every
// paragraph that is not boilerplate (captions carry photo credits, bylines carry authors),
// overlapping matches keep the earlier rule, pronoun sources are resolved to the nearest
// named speaker before them, and each attribution keeps the content words of its sentence
// (without its own words) so versions can be paired by what was attributed.

import { CREDIT_ONLY, RULES, type RuleMatch } from './attribution-rules.js';
import { asciiWords } from './attribution-patterns.js';
import { contextOf, groupsOf, isWide, ruleMatches, type SentenceCues } from './rule-run.js';
import { quoteSpans } from './quotes-extract.js';
import { cleanSource, isPronoun, isUnnamed } from './sources.js';
import type { AttributionKind, Block } from '../types.js';
import type { FoundAttribution, QuoteRange } from './found.js';

import { sentencesOf, type SentenceSpan } from './sentence-scope.js';
import { upperBound } from '../sorted.js';
import { organisationLike, relativeSubject, resolve } from './pronouns.js';
import { headlineSources } from './headline.js';

export type { FoundAttribution } from './found.js';
export { contentWords, sentencesOf, type SentenceSpan } from './sentence-scope.js';

/** One paragraph to search: its bounds, sentences, and what decides which rules apply. */
interface Para {
  start: number;
  end: number;
  /** Its sentences, computed on first use (a memoised paragraph needs them for matches only). */
  sentences: () => readonly SentenceSpan[];
  /** True for the first body paragraph, where title-case datelines are looked for. */
  first: boolean;
  /** Quotations of the text (inner offsets), sorted by start. */
  quotes: readonly QuoteRange[];
  /** True for boilerplate: only credit and copyright lines are looked for there. */
  creditsOnly: boolean;
  /** True when the text is stored two bytes per character (see PRIME in rule-run.ts). */
  wide: boolean;
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

/** True when `at` lies inside a quotation (quotes sorted by start and not nested). */
function inQuote(quotes: readonly QuoteRange[], at: number): boolean {
  const q = quotes[upperBound(quotes, at, (x) => x[2]) - 1];
  return q !== undefined && q[2] <= at && at < q[3];
}

/** The agency credit of a dateline match, as absolute offsets. */
function creditOf(m: RegExpExecArray, credit: string | undefined, s: number): RuleMatch['credit'] {
  if (credit === undefined) return undefined;
  const at = s + m[0].indexOf(`(${credit}`);
  return { start: at, end: at + credit.length + 2, source: credit.trim() };
}

// A reporting verb after "what"/"how" ends an object clause, not a credit: the subhead "What
// the law states", "here is what officials said".
const WH_BEFORE = /\b(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]hatever)\s+$/;
// "They found the boat": a pronoun that found something reports nothing unless "that" follows.
const FOUND = /^(?:found|finds|find)$/;

/** False for matches that fit a rule's words but credit nobody (see WH_BEFORE, FOUND). */
function plausible(para: string, m: RegExpExecArray, source: string, cue: string | undefined) {
  if (cue === undefined || !/^\p{Ll}/u.test(cue)) return true;
  // "What the law states" ends there; "what Saiers said was hype" credits Saiers.
  const after = m.index + m[0].length;
  if (
    WH_BEFORE.test(para.slice(Math.max(0, m.index - 12), m.index)) &&
    /^\s*(?:[?.:!]|$)/.test(para.slice(after, after + 4))
  ) {
    return false;
  }
  if (FOUND.test(cue) && isPronoun(source)) {
    const at = m.index + m[0].lastIndexOf(cue) + cue.length;
    return /^\s+that\b/.test(para.slice(at, at + 8));
  }
  return true;
}

function matchesIn(text: string, p: Para): RuleMatch[] {
  const { start, end } = p;
  const para = text.slice(start, end);
  const spans = p.sentences().map((x): [number, number] => [x.start - start, x.end - start]);
  const sc: SentenceCues = {
    spans,
    texts: spans.map(([a, b]) => para.slice(a, b)),
    passed: new Map(),
    ascii: asciiWords(para),
    wide: p.wide,
  };
  const out: RuleMatch[] = [];
  for (const rule of RULES) {
    if (rule.firstBody === true && !p.first) continue;
    if (p.creditsOnly && !CREDIT_ONLY.has(rule.name)) continue;
    for (const m of ruleMatches(rule, para, sc)) {
      const { raw, cue, credit: creditGroup } = groupsOf(m);
      const source = cleanSource(raw);
      if (source.length === 0 || !plausible(para, m, source, cue)) continue;
      const s = start + m.index;
      // Words inside quotation marks are the speaker's: "I asked" in “… what I asked for” is
      // no attribution. Tested on the cue, so "“…,” said X" (cue outside the marks) stays.
      const cueAt = s + cueOffset(m, cue, raw);
      if (inQuote(p.quotes, cueAt)) continue;
      const got: RuleMatch = {
        rule: rule.name,
        kind: rule.kind,
        start: s,
        end: s + m[0].trimEnd().length,
        source,
        cue: (cue ?? rule.name).trim(),
        cueAt,
      };
      const credit = creditOf(m, creditGroup, s);
      if (credit !== undefined) got.credit = credit;
      out.push(got);
    }
  }
  return out;
}

/** Keeps the first rule's match where matches overlap (RULES is ordered by specificity). */
const ORDER = new Map(RULES.map((r, i) => [r.name, i]));

function dropOverlaps(ms: RuleMatch[]): RuleMatch[] {
  if (ms.length < 2) return ms;
  const order = ORDER;
  const byRule = [...ms].sort(
    (a, b) => (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.start - b.start,
  );
  // Kept matches never overlap, so sorted by start they are sorted by end too: one binary
  // search finds the only neighbours a new match could overlap.
  const kept: RuleMatch[] = [];
  for (const m of byRule) {
    const at = upperBound(kept, m.start, (k) => k.start);
    const prev = kept[at - 1];
    const next = kept[at];
    if ((prev !== undefined && prev.end > m.start) || (next !== undefined && next.start < m.end)) {
      continue;
    }
    kept.splice(at, 0, m);
  }
  return kept;
}

/** Kind refinement: a "report"/"statement" source or a "reported" cue is a report. */
function kindOf(m: RuleMatch): AttributionKind {
  if (m.kind !== 'speech') return m.kind;
  if (/\b(?:report|statement|study|survey|paper|documents?|data|release)s?$/i.test(m.source)) {
    return 'report';
  }
  return /^report/i.test(m.cue) ? 'report' : 'speech';
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
  const found = dropOverlaps(matchesIn(text, p));
  const ms = b.kind === 'title' ? headlineSources(text, b.end, found, b.start) : found;
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
 * The source of a match: a pronoun resolved (pronouns.ts), and an organisation that an
 * apposition rule found inside a relative clause replaced by the person the clause is about.
 */
function sourceOf(m: RuleMatch, before: FoundAttribution[], block: number, text: string): string {
  if (isPronoun(m.source)) return resolve(m.source, before, block, text) ?? m.source;
  if (m.rule === 'X, apposition, said' && organisationLike(m.source)) {
    return relativeSubject(text, m.start) ?? m.source;
  }
  return m.source;
}

/** Paragraphs up to this length are memoised by their text (repeated lines cost once). */
const MEMO_MAX_PARA = 2000;

/** A match moved by `d` characters (a memoised paragraph found at another offset). */
function shifted(m: RuleMatch, d: number): RuleMatch {
  const out: RuleMatch = { ...m, start: m.start + d, end: m.end + d, cueAt: m.cueAt + d };
  if (m.credit !== undefined) {
    out.credit = { ...m.credit, start: m.credit.start + d, end: m.credit.end + d };
  }
  return out;
}

/**
 * The rule matches of a block, memoised by what decides them: its text, then its kind, whether
 * it is the first body block and its quotations (relative offsets). A page that repeats a line
 * thousands of times runs the rules once for it. Matches are kept as found, with the block's
 * start, and moved only when reused elsewhere (most paragraphs are never met again).
 */
function memoMatches(text: string, b: Block, p: Para, memo: MatchMemo) {
  if (b.end - b.start > MEMO_MAX_PARA) return blockMatches(text, b, p);
  const qs: number[] = [];
  for (let i = upperBound(p.quotes, b.start - 1, (q) => q[1]); i < p.quotes.length; i += 1) {
    const q = p.quotes[i] as QuoteRange;
    if (q[0] >= b.end) break;
    qs.push(q[2] - b.start, q[3] - b.start);
  }
  const own = text.slice(b.start, b.end);
  const how = `${b.kind}|${p.first ? 1 : 0}|${qs.join(',')}`;
  let byHow = memo.get(own);
  const got = byHow?.get(how);
  if (got !== undefined) {
    const d = b.start - got.at;
    // matches are read, never changed: the same place shares them
    return d === 0 ? got.matches : got.matches.map((m) => shifted(m, d));
  }
  const ms = blockMatches(text, b, p);
  if (byHow === undefined) memo.set(own, (byHow = new Map()));
  byHow.set(how, { at: b.start, matches: ms });
  return ms;
}

/** The sentences of a block, split on first use (a returned arrow: no name to set per block). */
function lazySentences(text: string, b: Block, block: number): () => SentenceSpan[] {
  let spans: SentenceSpan[] | undefined;
  return () => (spans ??= sentencesOf(text, b, block));
}

/**
 * Rule matches of paragraphs by what decides them (see memoMatches), with the start of the
 * block they were found in: one per compare().
 */
export type MatchMemo = Map<string, Map<string, { at: number; matches: RuleMatch[] }>>;

/**
 * Every attribution of a text, given its blocks. Boilerplate blocks are searched for credit
 * and copyright lines only; matches whose cue lies inside a direct quotation (`quotes`: see
 * quotes-extract.ts) are left out. `memo` may be shared by the versions of one comparison: a
 * reprint repeats most of its base's paragraphs, and their rule matches are found once.
 */
export function findAttributions(
  text: string,
  blocks: readonly Block[],
  quotes: readonly QuoteRange[] = quoteSpans(text, blocks),
  memo: MatchMemo = new Map(),
): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const first = blocks.findIndex((b) => b.kind === 'body' || b.kind === 'dateline');
  const wide = isWide(text);
  blocks.forEach((b, block) => {
    const sentences = lazySentences(text, b, block);
    const para: Para = {
      start: b.start,
      end: b.end,
      sentences,
      first: block === first,
      quotes,
      creditsOnly: b.kind === 'boilerplate',
      wide,
    };
    for (const m of memoMatches(text, b, para, memo)) {
      const ss = sentences();
      const s = ss[upperBound(ss, m.start, (x) => x.start) - 1] ?? b;
      const ctx = contextOf(text.slice(s.start, m.start) + ' ' + text.slice(m.end, s.end));
      const source = sourceOf(m, out, block, text);
      const a: FoundAttribution = {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        source,
        cue: m.cue,
        kind: kindOf(m),
        rule: m.rule,
        block,
        context: ctx,
      };
      if (isUnnamed(m.source)) a.unnamed = true;
      if (m.credit !== undefined) a.credit = m.credit.source;
      out.push(a);
    }
  });
  return out;
}
