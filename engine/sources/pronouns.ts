// Pronoun sources ("he said", "they said") resolved to the nearest named speaker before
// them, a few paragraphs back at most; a capitalised name is singular even when it ends in
// "s" ("Ann Jones", "Reuters"), and "they" needs names joined by "and" or a plural noun.
// "he" and "she" stand for people only: a source that reads as an organisation ("the Port
// Ellis Fishermen's Cooperative, a 60-member organisation, said") is passed over, but the
// person who opens its sentence ("Caleb Dunmore, who sits on the board of the …
// Cooperative, …, said") is taken first, since the rules credit the nearer noun in such
// appositions. "it" stands for an organisation only, and "they" for a plural or one.

import type { FoundAttribution } from './found.js';
import { isPronoun } from './sources.js';

/** Limits of pronoun resolution. */
const PRONOUNS = {
  /** Attributions looked back over to resolve a pronoun. */
  resolveBack: 12,
  /** Paragraphs looked back over. */
  blocksBack: 3,
  /** Characters looked back from an attribution for the start of its sentence. */
  sentenceBack: 400,
};

// Words that make a name an organisation's, not a person's (lower case, whole words).
const ORG_WORDS = new Set(
  (
    'cooperative co-op council agency department association inc ltd llc plc corp corporation ' +
    'company co university college institute ministry committee commission board authority ' +
    'bureau office group society union federation foundation trust bank party police army ' +
    'court government administration center centre service services network press ' +
    'organization organisation school hospital church club league fund partners holdings ' +
    'industries laboratory lab museum forum coalition alliance institution assembly senate ' +
    'congress parliament cabinet team firm'
  ).split(' '),
);

/**
 * True when a source reads as an organisation: it holds an organisation word, or it is an
 * acronym ("NOAA"). A person's name is capitalised words, none of them such a word.
 */
export function organisationLike(source: string): boolean {
  const words = source.split(/\s+/).map((w) => w.replace(/[’']s$|[.,]$/u, ''));
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0] ?? '')) return true;
  return words.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

/**
 * True when a source stands for "they": names joined by "and", or a common noun in the
 * plural ("the researchers"). A capitalised last word is a name, singular even when it ends
 * in "s" ("Ann Jones", "Reuters"), so "Ann Jones said … he said" resolves.
 */
function plural(s: string): boolean {
  if (/ and |, /.test(s)) return true;
  const last = s.split(/\s+/).pop() ?? '';
  return /^\p{Ll}.*s$/u.test(last) || /^(?:Officials|Sources|People|Police)$/.test(s);
}

// A person's name opening a sentence and followed by a comma: two to four capitalised words,
// a middle initial allowed ("Caleb Dunmore,", "Thomas J. Reardon,"), not an opening phrase
// such as "Last Monday," or "In March,".
const SUBJECT =
  /^(?!(?:The|A|An|In|On|At|By|For|From|After|Before|Since|Until|During|Last|Next|This|That|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+)){1,3}),/u;

/** The person who opens the sentence of an attribution, or null (see SUBJECT). */
function sentenceSubject(
  text: string,
  a: Pick<FoundAttribution, 'start'>,
  relative = false,
): string | null {
  const before = text.slice(Math.max(0, a.start - PRONOUNS.sentenceBack), a.start);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('\n'),
  );
  const opening = before.slice(cut + 1).trimStart();
  const m = SUBJECT.exec(opening);
  const name = m?.[1];
  if (name === undefined || organisationLike(name)) return null;
  return relative ? (/^, whos?e?\s/.test(opening.slice(name.length)) ? name : null) : name;
}

/**
 * The person a relative clause is about when an apposition rule credited an organisation
 * inside it: in "Caleb Dunmore, who sits on the board of the … Cooperative, a 60-member
 * organisation, said", the speaker is Dunmore, not the Cooperative. Null otherwise.
 */
export function relativeSubject(text: string, start: number): string | null {
  return sentenceSubject(text, { start }, true);
}

/** What a pronoun may stand for: a person, an organisation, or a group. */
function fits(pronoun: string, source: string): boolean {
  const org = organisationLike(source);
  if (pronoun === 'it') return org;
  if (pronoun === 'they') return org || plural(source);
  if (pronoun === 'he' || pronoun === 'she') return !org && !plural(source);
  // "we", "I": a speaker speaking for themselves or for their body, as before.
  return !plural(source);
}

/**
 * The nearest earlier named speaker a pronoun can stand for, or null. `text` is the text the
 * attributions stand in, read for the person opening an organisation's sentence.
 */
export function resolve(
  pronoun: string,
  before: FoundAttribution[],
  block: number,
  text: string,
): string | null {
  const p = pronoun.toLowerCase();
  const personal = p === 'he' || p === 'she';
  // A pronoun stands for a speaker a few sentences back, never dozens of credits back.
  const stop = Math.max(0, before.length - PRONOUNS.resolveBack);
  for (let i = before.length - 1; i >= stop; i -= 1) {
    const a = before[i];
    if (a === undefined || block - a.block > PRONOUNS.blocksBack) return null;
    if (a.kind !== 'speech' || !a.source || isPronoun(a.source) || a.unnamed) continue;
    if (!/\p{Lu}/u.test(a.source)) continue;
    if (fits(p, a.source)) return a.source;
    if (!personal) return null;
    // "he"/"she" after an organisation: the person opening its sentence, else look further.
    if (organisationLike(a.source)) {
      const subject = sentenceSubject(text, a);
      if (subject !== null) return subject;
      continue;
    }
    return null;
  }
  return null;
}
