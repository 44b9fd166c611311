// Running one attribution rule over a paragraph: per sentence when its cue allows (only the
// sentences that contain the cue word), with the rule's ASCII variant when the paragraph's
// letters and digits are all ASCII (see asciiVariant: the same matches, compiled about four
// times faster), each expression primed on first use so V8 compiles it once (see PRIME).
// Also the named groups of a match read into one shape, and the content words of a credit's
// context, cached by text, since a reprint repeats most of its base's sentences.

import { type AttributionRule, asciiVariant } from './attribution-patterns.js';
import { contentWords } from './sentence-scope.js';

/**
 * Every match of a global regular expression in `s` from `from` on (no clone, unlike matchAll).
 * The caller primes `re` (see primed) once for all its runs on one paragraph.
 */
function execAll(re: RegExp, s: string, from: number, out: RegExpExecArray[]): void {
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex += 1;
  }
}

/** Sentences of a paragraph with their text, and which cue tests each passed (lazily). */
export interface SentenceCues {
  spans: ReadonlyArray<[number, number]>;
  texts: string[];
  passed: Map<RegExp, boolean[]>;
  /** True when the paragraph's letters and digits are all ASCII (see asciiVariant). */
  ascii: boolean;
  /** True when the paragraph is stored two bytes per character (see PRIME). */
  wide: boolean;
}

/** How an expression is compiled on its first use (see primed). */
export const PRIME = {
  /**
   * Length of the blank text a rule's expression first runs on. V8 compiles an expression
   * first to bytecode and, after one run, again to machine code; run first on a subject of
   * 1,000 characters or more, it compiles straight to machine code. The rules are so large
   * that compiling them is a good part of a fresh process's first comparison: measured on
   * Node 20, the rules' first runs took 140–200 ms, 55–75 ms primed.
   *
   * V8 compiles an expression once per way its subjects are stored: one byte per character
   * (Latin-1 text) or two (any text with a character past U+00FF, such as a curly quote,
   * and every slice of it). Most news text has curly quotes, and primed on one-byte blanks
   * every rule was compiled twice; the blank now has the subject's width.
   */
  subjectLength: 1000,
};

/** The blank texts (spaces: no rule matches them, and each start fails at once). */
const BLANK = ' '.repeat(PRIME.subjectLength);
/** The same, stored two bytes per character (its last character is past U+00FF). */
const WIDE_BLANK = `${' '.repeat(PRIME.subjectLength - 1)}\u2019`;
/** Expressions already primed, for one-byte and for two-byte subjects. */
const PRIMED = new WeakSet<RegExp>();
const PRIMED_WIDE = new WeakSet<RegExp>();

/**
 * Runs `re` once on a blank as wide as its subjects (`wide`) before its first real run on
 * them (see PRIME). Results never depend on it.
 */
function primed(re: RegExp, wide: boolean): void {
  const done = wide ? PRIMED_WIDE : PRIMED;
  if (!done.has(re)) {
    done.add(re);
    re.lastIndex = 0;
    re.exec(wide ? WIDE_BLANK : BLANK);
  }
}

/** True when `text` holds a character past U+00FF, so it and its slices are stored wide. */
export function isWide(text: string): boolean {
  return /[^\0-\xFF]/.test(text);
}

/** Each rule's expression for text whose letters and digits are ASCII, made on first use. */
const ASCII_RE = new Map<AttributionRule, RegExp>();

function asciiRe(rule: AttributionRule): RegExp {
  let re = ASCII_RE.get(rule);
  if (re === undefined) ASCII_RE.set(rule, (re = asciiVariant(rule.re)));
  return re;
}

/** Matches of one rule in a paragraph (offsets relative to `para`), per sentence if it can. */
export function ruleMatches(
  rule: AttributionRule,
  para: string,
  sc: SentenceCues,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const cue = rule.cue;
  const re = sc.ascii ? asciiRe(rule) : rule.re;
  if (cue === undefined || !rule.perSentence) {
    if (cue !== undefined) primed(cue, sc.wide);
    if (cue === undefined || cue.test(para)) {
      primed(re, sc.wide);
      execAll(re, para, 0, out);
    }
    return out;
  }
  // Several rules share one cue test: run it once per sentence.
  let passed = sc.passed.get(cue);
  if (passed === undefined) {
    primed(cue, sc.wide);
    passed = sc.texts.map((t) => cue.test(t));
    sc.passed.set(cue, passed);
  }
  let ready = false;
  for (let i = 0; i < sc.spans.length; i += 1) {
    if (passed[i] !== true) continue;
    if (!ready) primed(re, sc.wide);
    ready = true;
    const [s0, s1] = sc.spans[i] ?? [0, 0];
    // The text before the sentence stays, for the rules' look-behinds; the end is cut.
    execAll(re, para.slice(0, s1), s0, out);
  }
  return out;
}

/** Groups holding a match's source, and its cue, in the order they are tried. */
const SOURCE_GROUPS = ['src', 'src2', 'src3', 'src4', 'src5', 'src6', 'src7'];
const CUE_GROUPS = ['cue', 'cue2', 'cue3', 'hyphen'];

/** The named groups matchesIn reads: a match's source (or ''), cue and agency credit. */
export interface MatchGroups {
  raw: string;
  cue: string | undefined;
  credit: string | undefined;
}

/**
 * The source, cue and credit groups of a match. Every rule's expression has its own named
 * groups, so `groups` objects come in as many shapes as there are rules; read by name in one
 * place into one shape, they no longer make matchesIn deoptimise at each new shape.
 */
export function groupsOf(m: RegExpExecArray): MatchGroups {
  const g: Record<string, string | undefined> = m.groups ?? {};
  let raw = '';
  for (const n of SOURCE_GROUPS) {
    const x = g[n];
    if (x !== undefined && x !== '') {
      raw = x;
      break;
    }
  }
  let cue: string | undefined;
  for (const n of CUE_GROUPS) {
    cue = g[n];
    if (cue !== undefined) break;
  }
  return { raw, cue, credit: g.credit };
}

/** Content words of credit contexts by their text: a reprint repeats most of its base's. */
const contexts = new Map<string, Set<string>>();
/** Bound of that cache; it is emptied when full (results never depend on it). */
const CONTEXTS_MAX = 50_000;

/** Content words of a credit's context: its sentence without the credit's own words. */
export function contextOf(s: string): Set<string> {
  let got = contexts.get(s);
  if (got === undefined) {
    if (contexts.size >= CONTEXTS_MAX) contexts.clear();
    contexts.set(s, (got = contentWords(s)));
  }
  return got;
}
