// The figures and names of one version (issue 13, item 2): every number, date, amount and
// proper name its body paragraphs give, with the exact words. Read from the same per-token
// items as correspondences (correspondence-items.ts), so "1.5 million", "October 2018",
// "U.S." and "Top10VPN’s" are read one way in both; computed once per prepared version and
// shared by every pair it takes part in (the base by all of them).
//   - A number keeps its context: the noun after it ("1.5 million Muslims" → "muslim"), or
//     the rest of its word ("17-year-old" → "year-old"); a date its kind (weekday, month,
//     full date, year, time). Pairs compare values only within one context (pair-facts.ts).
//   - A name is a run of entity words, with "of", "de"… inside ("Department of Commerce");
//     a possessive or a hyphen ends it. Its kind is told from its own words and its use
//     (fact-names.ts); a surname used alone after the full name is the same person.

import { PUNCT, TOKEN_KINDS } from '../../text/tokenize.js';
import type { Prepared } from '../../text/prepare.js';
import type { FactKind } from '../../types.js';
import { PARTICLES, PERSON_TITLES, namesOf, type Run } from './fact-names.js';
import {
  WEEKDAYS,
  entityKey,
  memoOf,
  monthOf,
  sentenceOpeners,
  tokenFound,
  tokenItems,
  type ItemContext,
} from '../correspondence/correspondence-items.js';
import {
  BLOCK_ITEMS,
  midSentenceNames,
  shareKey,
} from '../correspondence/correspondence-blocks.js';

/** One figure or name as a version gives it. */
export interface Mention {
  kind: FactKind;
  /** The value shown ("1.5 million", "october 2018", "simon migliano", "u.s."). */
  value: string;
  /**
   * The value compared: as `value` for figures; for names their entity keys (correspondence
   * items: no dots, possessive or plural), so "U.S." meets "US" and "Muslims" "Muslim".
   */
  key: string;
  /** Numbers: the unit noun; dates: their kind; names: '' (see the module comment). */
  context: string;
  block: number;
  start: number;
  end: number;
}

/** Tuning of mention extraction. */
export const MENTIONS = {
  /** Words of a name at most: longer runs are headlines in title case, not names. */
  maxNameWords: 6,
};

const NUMBER = TOKEN_KINDS.indexOf('number');
/** PUNCT read once: an imported binding may cost a call per read in hot loops. */
const PUNCT_KIND: number = PUNCT;
const CURRENCY = /[$€£¥]/u;
/** A word in capitals opening a sentence: a label ("UPDATE", "BREAKING") more than an acronym. */
const SHOUT = /^\p{Lu}{5,}$/u;
const TIME = /\d:\d\d/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;

const cache = new WeakMap<Prepared, Mention[]>();

/**
 * The mentions of `p`'s body paragraphs (cached per prepared version): figures and sentence
 * openers in text order, then one mention per distinct name, in order of first occurrence.
 */
export function versionMentions(p: Prepared): Mention[] {
  let got = cache.get(p);
  if (got === undefined) {
    got = findMentions(p);
    cache.set(p, got);
  }
  return got;
}

/**
 * The figures and name runs of one paragraph as another version of the compare() call found
 * them, for reuse: a reprint repeats most paragraphs of its base word for word. The sharing is
 * exact, under the key correspondences share paragraph items by (correspondence-blocks.ts
 * `shareKey`: the paragraph's text and the name answer for each of its sentence openers, the
 * only names a paragraph's readings ask about), and only for a paragraph that ends in
 * punctuation (a figure's unit is read from the token after it). Offsets are those of the
 * version that found them: reuse shifts them.
 */
interface SharedMentions {
  /**
   * The finding version's own lists, and where the paragraph's part of each lies: read when
   * reused (mentions and runs are not changed once a paragraph is read), never copied for a
   * paragraph no other version repeats.
   */
  mentions: readonly Mention[];
  m0: number;
  m1: number;
  runs: readonly Run[];
  r0: number;
  r1: number;
  /** Start of the paragraph and its first token in the version that found them. */
  at: number;
  token: number;
}

/**
 * Shared paragraphs by their text, then by `sig`: the text string is the one keyOf made (as
 * correspondences' items use it), so its hash is computed once, and no text is joined to its
 * signature (a copy of every paragraph of every version).
 */
const sharedMentions = new WeakMap<object, Map<string, Map<string, SharedMentions>>>();

function findMentions(p: Prepared): Mention[] {
  const names = midSentenceNames(p);
  const isName = (k: string): boolean => names.has(k);
  const ctx: ItemContext = { isName, masked: () => false, memo: memoOf(p.session) };
  const starts = sentenceOpeners(p);
  const out: Mention[] = [];
  const runs: Run[] = [];
  let byText = sharedMentions.get(p.session);
  if (byText === undefined) sharedMentions.set(p.session, (byText = new Map()));
  for (let b = 0; b < p.blocks.length; b += 1) {
    const range = p.blockRange[b];
    const blk = p.blocks[b];
    if (blk?.kind !== 'body' || range === null || range === undefined) continue;
    const k = endsInPunctuation(p, range) ? shareKey(p, b, isName) : null;
    const bySig = k === null ? undefined : byText.get(k.text);
    const got = k === null ? undefined : bySig?.get(k.sig);
    if (got !== undefined) {
      reuse(got, b, blk.start - got.at, range[0] - got.token, out, runs);
      continue;
    }
    const m0 = out.length;
    const r0 = runs.length;
    blockMentions(p, b, range, starts, ctx, out, runs);
    if (k === null) continue;
    const entry: SharedMentions = {
      mentions: out,
      m0,
      m1: out.length,
      runs,
      r0,
      r1: runs.length,
      at: blk.start,
      token: range[0],
    };
    if (bySig !== undefined) bySig.set(k.sig, entry);
    else if (byText.size < BLOCK_ITEMS.maxTexts) byText.set(k.text, new Map([[k.sig, entry]]));
  }
  // names after the figures: each list is in text order, and pairs read them by kind
  for (const m of namesOf(p, runs)) out.push(m);
  return out;
}

/** True when the paragraph's last token is punctuation (see SharedMentions). */
function endsInPunctuation(p: Prepared, range: readonly [number, number]): boolean {
  return range[1] > range[0] && p.tokens.kind[range[1] - 1] === PUNCT_KIND;
}

/** Adds shared mentions and runs to `out` and `runs`, moved to block `b`. */
function reuse(
  got: SharedMentions,
  b: number,
  shift: number,
  tokens: number,
  out: Mention[],
  runs: Run[],
): void {
  for (let i = got.m0; i < got.m1; i += 1) {
    const m = got.mentions[i] as Mention;
    out.push({ ...m, block: b, start: m.start + shift, end: m.end + shift });
  }
  for (let i = got.r0; i < got.r1; i += 1) {
    const r = got.runs[i] as Run;
    runs.push({
      keys: [...r.keys],
      block: b,
      start: r.start + shift,
      end: r.end + shift,
      before: r.before + tokens,
      opener: r.opener,
    });
  }
}

/** True when token `t` + 1 is a word whose first item is an entity. */
function nextIsEntity(p: Prepared, t: number, starts: ReadonlySet<number>, ctx: ItemContext) {
  return (
    p.tokens.kind[t + 1] !== PUNCT_KIND && tokenFound(p, t + 1, starts, ctx)[0]?.[1] === 'entity'
  );
}

/** Adds the figures and openers of body block `b` to `out`, its name runs to `runs`. */
function blockMentions(
  p: Prepared,
  b: number,
  range: readonly [number, number],
  starts: ReadonlySet<number>,
  ctx: ItemContext,
  out: Mention[],
  runs: Run[],
): void {
  const { text } = p.input;
  // no closure over `run`: this loop reads every token of every version
  let run: Run | null = null;
  for (let t = range[0]; t < range[1]; t += 1) {
    const s = p.tokens.start[t] ?? 0;
    const e = p.tokens.end[t] ?? s;
    if (p.tokens.kind[t] === PUNCT_KIND) {
      if (run !== null) runs.push(run);
      run = null;
      continue;
    }
    const c = text.charCodeAt(s);
    // most tokens are lower-case words: no figure or name, at most a particle inside a name
    if (c >= 97 && c <= 122 && !hasHyphen(text, s, e)) {
      if (run === null) continue;
      if (!(e - s <= 3 && PARTICLES.has(text.slice(s, e)) && nextIsEntity(p, t, starts, ctx))) {
        runs.push(run);
        run = null;
      }
      continue;
    }
    const raw = text.slice(s, e);
    const found = tokenItems(raw, p.tokens.kind[t] === NUMBER, starts.has(t), ctx);
    let entity = found.length > 0 && found[0]?.[1] === 'entity' ? found[0] : undefined;
    if (entity !== undefined && starts.has(t) && SHOUT.test(raw)) entity = undefined;
    if (entity !== undefined) {
      const whole = found.length === 1 && !hasHyphen(text, s, e);
      const end = whole ? s + withoutPossessive(raw).length : s + entity[2].length;
      const key = entity[0].slice(2);
      const r: Run = run ?? openRun(p, t, b, s, end, starts, ctx);
      if (r.keys.length < MENTIONS.maxNameWords) r.keys.push(key);
      r.end = end;
      run = r;
      if (!whole || end < e) {
        runs.push(run);
        run = null;
      }
      continue;
    }
    if (run !== null) runs.push(run);
    run = null;
    const m = figureOf(p, t, raw, found, b) ?? tentative(p, t, raw, found, starts, b);
    if (m !== null) out.push(m);
  }
  if (run !== null) runs.push(run);
}

/**
 * A capitalised word that opens a sentence and is not known as a name in this text ("Twitter
 * and Facebook were…" when the text never names Twitter mid-sentence), nor a figure: a name
 * only if the other text of a pair uses it mid-sentence (pair-facts.ts), as correspondences
 * decide it. Context `opener` marks it.
 */
function tentative(
  p: Prepared,
  t: number,
  raw: string,
  found: ReturnType<typeof tokenFound>,
  starts: ReadonlySet<number>,
  block: number,
): Mention | null {
  if (!starts.has(t) || !/^\p{Lu}/u.test(raw)) return null;
  if (found.some((f) => f[1] !== 'word') && !SHOUT.test(raw)) return null;
  const part = raw.split(/[-‐‑]/u)[0] ?? '';
  if (part.length < 2) return null;
  const start = p.tokens.start[t] ?? 0;
  const end = start + part.replace(/['’]s$/u, '').length;
  const value = part.replace(/['’]s$/u, '').toLowerCase();
  return { kind: 'name', value, key: entityKey(part), context: 'opener', block, start, end };
}

/** A word without its possessive "’s" ("Top10VPN’s" → "Top10VPN"). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n > 2 && w.charCodeAt(n - 1) === 115 && (w[n - 2] === '’' || w[n - 2] === "'")) {
    return w.slice(0, -2);
  }
  return w;
}

/** True when text[s, e) holds a hyphen (no slice: most tokens are checked and left). */
function hasHyphen(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/**
 * A name run starting at token `t`, or at the word before it when that word opens the
 * sentence and is capitalised like the name ("Harbor Works said…" when the text never names
 * "Harbor" mid-sentence): a name's first word is capitalised anywhere.
 */
function openRun(
  p: Prepared,
  t: number,
  block: number,
  start: number,
  end: number,
  starts: ReadonlySet<number>,
  ctx: ItemContext,
): Run {
  const prev = t - 1;
  const s = p.tokens.start[prev];
  const range = p.blockRange[block];
  const word = tokenFound(p, prev, starts, ctx)[0];
  if (s !== undefined && range && prev >= range[0] && starts.has(prev) && word?.[1] === 'word') {
    const raw = p.input.text.slice(s, p.tokens.end[prev]);
    const title = PERSON_TITLES.has(raw.toLowerCase());
    if (!title && /^\p{Lu}\p{Ll}+$/u.test(raw) && s + raw.length + 1 === start) {
      return { keys: [entityKey(raw)], block, start: s, end, before: prev - 1, opener: true };
    }
  }
  return { keys: [], block, start, end, before: prev, opener: starts.has(t) };
}

/** A figure mention (its key is its value). */
function fig(
  kind: FactKind,
  value: string,
  context: string,
  at: Pick<Mention, 'block' | 'start' | 'end'>,
): Mention {
  return { kind, value, key: value, context, block: at.block, start: at.start, end: at.end };
}

/** The figure token `t` gives (a number, date or amount), or null. */
function figureOf(
  p: Prepared,
  t: number,
  raw: string,
  found: ReturnType<typeof tokenFound>,
  block: number,
): Mention | null {
  const start = p.tokens.start[t] ?? 0;
  const at: Pick<Mention, 'block' | 'start' | 'end'> = {
    block,
    start,
    end: p.tokens.end[t] ?? start,
  };
  if (found.length === 0) {
    const lower = raw.toLowerCase();
    return WEEKDAYS.has(lower) ? fig('date', lower, 'weekday', at) : null;
  }
  const numbers: string[] = [];
  for (const f of found) if (f[1] === 'number') numbers.push(f[0].slice(2));
  if (numbers.length === 0) return null;
  const lower = raw.toLowerCase();
  const value = numbers.join(' ');
  const month = /\p{L}/u.test(value) && numbers.some((n) => monthOf(n) !== null);
  if (month) return fig('date', value, numbers.length > 1 ? 'date' : 'month', at);
  if (TIME.test(raw)) return fig('date', lower, 'time', at);
  if (
    p.tokens.kind[t] !== PUNCT_KIND &&
    /^[\p{L}]/u.test(raw) === false &&
    /[-‐‑]\p{L}/u.test(raw)
  ) {
    // "17-year-old": the number's context is the rest of its word
    return fig('number', value, lower.replace(/^[\d.,]+[-‐‑]/u, ''), at);
  }
  if (CURRENCY.test(raw)) {
    const sign = raw.match(CURRENCY)?.[0] ?? '';
    return fig('amount', `${sign}${value}`, unitAfter(p, t), at);
  }
  if (YEAR.test(value)) return fig('date', value, 'year', at);
  return fig('number', value, unitAfter(p, t), at);
}

/** The noun right after a figure, lower case without a plural "s" ("Muslims" → "muslim"). */
function unitAfter(p: Prepared, t: number): string {
  if (p.tokens.kind[t + 1] === PUNCT_KIND) return '';
  const s = p.tokens.start[t + 1];
  if (s === undefined || s - (p.tokens.end[t] ?? s) > 1) return '';
  const w = p.input.text.slice(s, p.tokens.end[t + 1]).toLowerCase();
  if (!/^\p{L}{3,}$/u.test(w) || PARTICLES.has(w) || w === 'and' || w === 'the') return '';
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
