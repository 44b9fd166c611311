// Pronoun sources ("he said", "they said") resolved to the nearest named speaker before
// them, a few paragraphs back at most; a capitalised name is singular even when it ends in
// "s" ("Ann Jones", "Reuters"), and "they" needs names joined by "and" or a plural noun.

import type { FoundAttribution } from './found.js';
import { isPronoun } from './sources.js';

/** Limits of pronoun resolution. */
const PRONOUNS = {
  /** Attributions looked back over to resolve a pronoun. */
  resolveBack: 12,
  /** Paragraphs looked back over. */
  blocksBack: 3,
};

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

/** The nearest earlier named speaker a pronoun can stand for, or null. */
export function resolve(pronoun: string, before: FoundAttribution[], block: number): string | null {
  const they = pronoun.toLowerCase() === 'they';
  if (pronoun.toLowerCase() === 'it') return null;
  // A pronoun stands for a speaker a few sentences back, never dozens of credits back.
  const stop = Math.max(0, before.length - PRONOUNS.resolveBack);
  for (let i = before.length - 1; i >= stop; i -= 1) {
    const a = before[i];
    if (a === undefined || block - a.block > PRONOUNS.blocksBack) return null;
    if (a.kind !== 'speech' || !a.source || isPronoun(a.source) || a.unnamed) continue;
    if (!/\p{Lu}/u.test(a.source)) continue;
    return plural(a.source) === they ? a.source : null;
  }
  return null;
}
