// The names among a version's figures and names (fact-mentions.ts): which runs of entity
// words are names worth listing, and what each is. A name's kind comes from its own words and its
// use, never from a list of names: an organisation word or a figure in it ("Dahua
// Technology", "Top10VPN"), a place word or "-based" after it ("Xinjiang Uyghur Autonomous
// Region", "London-based"), a title before it or its surname used alone ("candidate Laura
// Loomer", "Simon Migliano … Migliano"). Nothing else tells, and the kind stays `name`.
// A nationality before a lower-case word ("Chinese surveillance") and a sentence's first word
// known only inside a longer name ("New evidence" beside "New Jersey") are no names.

import type { Prepared } from '../../text/prepare.js';
import type { FactKind } from '../../types.js';
import { creditsFound } from '../../sources/attributions.js';
import type { Mention } from './fact-mentions.js';

/** Small words that may stand inside a name ("Department of Commerce", "Ursula von der Leyen"). */
export const PARTICLES = new Set('of de la van von der al bin for du da'.split(' '));

/** A word that makes a name an organisation ("Dahua Technology", "the Commerce Department"). */
const ORG_WORDS = new Set(
  (
    'department ministry inc corp corporation co ltd llc plc company companies group technology ' +
    'technologies university college agency bank council commission committee party association ' +
    'institute foundation times post news network press service services office court army ' +
    'navy police union league club federation board administration government parliament bureau ' +
    'congress senate media labs systems airlines holdings partners fund trust hospital school'
  ).split(' '),
);
/** A word that makes a name a place ("Xinjiang Uyghur Autonomous Region", "South Korea"). */
const PLACE_WORDS = new Set(
  (
    'region province county city state island islands river lake mountains valley republic ' +
    'kingdom street avenue square bay coast sea ocean peninsula district territory'
  ).split(' '),
);
const PLACE_OPENERS = new Set('north south east west new san los las saint st'.split(' '));
/** Acronyms of countries and unions that are places rather than organisations. */
const PLACE_ACRONYMS = new Set('us usa uk uae eu'.split(' '));
/** Titles before a person's name (besides those the items drop: Mr, Dr, Gov…). */
export const PERSON_TITLES = new Set(
  (
    'mr mrs ms dr gov sen rep gen col lt sgt capt prof rev mayor president governor senator ' +
    'minister candidate chairman chairwoman judge justice king queen prince princess pope'
  ).split(' '),
);
const DEMONYM = /(?:ese|ian|ean|can|ish)$/u;

/** A name being read: its tokens' keys and the span so far. */
export interface Run {
  keys: string[];
  block: number;
  start: number;
  end: number;
  /** Token before the run (for a title: "candidate Laura Loomer"). */
  before: number;
  /** True when the run opens a sentence, where any word is capitalised. */
  opener: boolean;
}

/**
 * Persons the version names as a source: full names of its attributions, when the comparison
 * looked for them (none with options.sources false).
 */
function speakerKeys(p: Prepared): Set<string> {
  const out = new Set<string>();
  for (const a of creditsFound(p) ?? []) {
    for (const w of (a.source ?? '').split(/\s+/)) {
      if (/^\p{Lu}\p{Ll}/u.test(w)) out.add(w.replace(/['’]s$/u, '').toLowerCase());
    }
  }
  return out;
}

/**
 * The name mentions of the runs, one per distinct name (its first occurrence), each with its
 * kind (see nameKind): pairs need a name's first words only, and a long text names the same
 * few people hundreds of times.
 */
export function namesOf(p: Prepared, runs: Run[]): Mention[] {
  const speakers = speakerKeys(p);
  // surnames: the last word of a two- or three-word name that the text also uses alone
  const alone = new Set<string>();
  const aloneMid = new Set<string>();
  for (const r of runs) {
    if (r.keys.length !== 1) continue;
    alone.add(r.keys[0] ?? '');
    if (!r.opener) aloneMid.add(r.keys[0] ?? '');
  }
  const surnames = new Set<string>();
  for (const r of runs) {
    const last = r.keys[r.keys.length - 1] ?? '';
    // "Simon Migliano" then "Migliano": a first name is not used alone ("Uighur Muslims" is no person)
    const first = alone.has(r.keys[0] ?? '');
    if (r.keys.length >= 2 && r.keys.length <= 3 && alone.has(last) && !first) surnames.add(last);
  }
  const firsts = new Map<string, { run: Run; titled: boolean }>();
  for (const r of runs) {
    const key = r.keys.join(' ');
    const seen = firsts.get(key);
    if (seen?.titled === true) continue;
    if (seen !== undefined) {
      seen.titled = titled(p, r);
      continue;
    }
    if (adjective(p, r) || openerWord(p, r, aloneMid)) continue;
    firsts.set(key, { run: r, titled: titled(p, r) });
  }
  const out: Mention[] = [];
  for (const [key, { run: r, titled: t }] of firsts) {
    const text = p.input.text.slice(r.start, r.end);
    const kind = nameKind(p, r, text, t, { speakers, surnames });
    const value = text.toLowerCase().replace(/\s+/gu, ' ');
    out.push({ kind, value, key, context: '', block: r.block, start: r.start, end: r.end });
  }
  return out;
}

/** True when the word before the run is a title ("Mayor Ann Holt", "candidate Laura Loomer"). */
function titled(p: Prepared, r: Run): boolean {
  const s = p.tokens.start[r.before];
  const e = p.tokens.end[r.before];
  if (s === undefined || e === undefined || e - s > 12) return false;
  return PERSON_TITLES.has(p.input.text.slice(s, e).toLowerCase().replace(/\.$/u, ''));
}

/** True when the run is followed by a space and a lower-case letter ("Chinese surveillance"). */
function beforeLower(p: Prepared, r: Run): boolean {
  const text = p.input.text;
  const c = text.charCodeAt(r.end);
  if (c !== 32 && c !== 160) return false;
  const d = text.charCodeAt(r.end + 1);
  return d >= 97 && d <= 122 ? true : d > 127 && /\p{Ll}/u.test(text[r.end + 1] ?? '');
}

/**
 * True for a nationality or faith used as an adjective ("Chinese surveillance", "American
 * tech"): one word with a demonym's ending right before a lower-case word. Not a fact of
 * its own: every report of a story about China says "Chinese".
 */
function adjective(p: Prepared, r: Run): boolean {
  if (r.keys.length !== 1 || !DEMONYM.test(r.keys[0] ?? '')) return false;
  return beforeLower(p, r);
}

/**
 * True for a sentence's first word that the text capitalises mid-sentence only inside a
 * longer name, before a lower-case word: "New evidence…" when the text names "New Jersey".
 */
function openerWord(p: Prepared, r: Run, aloneMid: ReadonlySet<string>): boolean {
  if (!r.opener || r.keys.length !== 1 || aloneMid.has(r.keys[0] ?? '')) return false;
  return beforeLower(p, r);
}

/** What a name is, from its words and its use; 'name' when nothing tells. */
function nameKind(
  p: Prepared,
  r: Run,
  text: string,
  isTitled: boolean,
  known: { speakers: Set<string>; surnames: Set<string> },
): FactKind {
  const words = r.keys;
  if (/\d/u.test(text) || words.some((w) => ORG_WORDS.has(w))) return 'organisation';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'place';
  const after = p.input.text.slice(r.end, r.end + 7).toLowerCase();
  if (/^[-‐‑]based/u.test(after)) return 'place';
  if (words.length === 1 && PLACE_ACRONYMS.has(words[0] ?? '')) return 'place';
  if (words.length >= 2 && PLACE_OPENERS.has(words[0] ?? '')) return 'place';
  const titleCase = text.split(/\s+/u).every((w) => /^\p{Lu}\p{Ll}/u.test(w) || PARTICLES.has(w));
  const last = words[words.length - 1] ?? '';
  if (titleCase && (isTitled || known.surnames.has(last))) return 'person';
  if (
    titleCase &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => known.speakers.has(w))
  ) {
    return 'person';
  }
  return 'name';
}
