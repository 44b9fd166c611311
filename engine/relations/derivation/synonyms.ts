// Synonym and inflection folding for derivation. A spun copy swaps reporting verbs,
// adjectives and adverbs for synonyms ("said" → "stated", "big" → "large") and changes
// inflections ("warns" → "warned"), which breaks exact word n-grams every few words. Folding
// each word to one representative before shingling lets that shared wording count again.
//
// The groups come from WordNet 3.1 (see scripts/build-synonyms.mjs and synonyms-data.ts):
// words that share their most frequent sense. WordNet ships lemmas only, so an inflected
// word is first reduced with WordNet's own "morphy" detachment rules, and the irregular past
// forms that reporting copy uses most (WordNet keeps those in exception files that the npm
// package does not ship) are listed below. A word with no group folds to a crude stem, so
// "announced" and "announces" still meet.

import { SYNONYM_GROUPS } from './synonyms-data.js';

/**
 * Irregular forms of common (mostly reporting) verbs → lemma; morphology, not synonymy. A Map,
 * not an object: a text's word may be "constructor" or "toString", which every object has.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'say',
    says: 'say',
    told: 'tell',
    spoke: 'speak',
    spoken: 'speak',
    wrote: 'write',
    written: 'write',
    gave: 'give',
    given: 'give',
    took: 'take',
    taken: 'take',
    made: 'make',
    found: 'find',
    thought: 'think',
    went: 'go',
    gone: 'go',
    came: 'come',
    saw: 'see',
    seen: 'see',
    knew: 'know',
    known: 'know',
    held: 'hold',
    left: 'leave',
    began: 'begin',
    begun: 'begin',
    brought: 'bring',
    bought: 'buy',
    built: 'build',
    fell: 'fall',
    fallen: 'fall',
    felt: 'feel',
    kept: 'keep',
    led: 'lead',
    lost: 'lose',
    meant: 'mean',
    met: 'meet',
    paid: 'pay',
    ran: 'run',
    sold: 'sell',
    sent: 'send',
    stood: 'stand',
    won: 'win',
    rose: 'rise',
    risen: 'rise',
    got: 'get',
    gotten: 'get',
    drew: 'draw',
    drawn: 'draw',
    grew: 'grow',
    grown: 'grow',
    shown: 'show',
    sought: 'seek',
    struck: 'strike',
    taught: 'teach',
    understood: 'understand',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    chose: 'choose',
    chosen: 'choose',
    broke: 'break',
    broken: 'break',
    hid: 'hide',
    hidden: 'hide',
    forbade: 'forbid',
    forbidden: 'forbid',
    swore: 'swear',
    sworn: 'swear',
  }),
);

/** WordNet's morphy detachment rules (suffix → replacement), nouns, verbs and adjectives. */
const DETACH: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
  ['s', ''],
];

/** Last letters of the DETACH suffixes: a word ending otherwise has no rule to try. */
const DETACH_LAST = new Set(DETACH.map(([suffix]) => suffix.charCodeAt(suffix.length - 1)));

/** Suffixes cut to make the fallback stem of a word that has no synonym group. */
const STEM = /(?:ings?|ed|es|s|ly)$/;

let table: Map<string, string> | null = null;

/** word → representative (the group's first word), built on first use. */
function groups(): Map<string, string> {
  if (table === null) {
    table = new Map();
    for (const g of SYNONYM_GROUPS.split('|')) {
      const words = g.split(' ');
      for (const w of words) table.set(w, words[0] ?? w);
    }
  }
  return table;
}

/** The lemma of `w` that has a synonym group, or null. */
function groupLemma(w: string, t: Map<string, string>): string | null {
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (t.has(w)) return w;
  if (!DETACH_LAST.has(w.charCodeAt(w.length - 1))) return null;
  for (const [suffix, repl] of DETACH) {
    if (w.length - suffix.length < 2 || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (t.has(stem + repl)) return stem + repl;
    // doubled final consonant: "stopped" → "stop"
    if (repl === '' && /(.)\1$/.test(stem) && t.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return null;
}

const cache = new Map<string, string>();

/**
 * The fold of one lower-case word: its WordNet synonym group's representative when it has
 * one (after inflections are removed), else a crude stem. Deterministic and cached.
 */
export function foldWord(w: string): string {
  let f = cache.get(w);
  if (f === undefined) {
    const t = groups();
    const lemma = groupLemma(w, t);
    if (lemma !== null) f = t.get(lemma) ?? lemma;
    else f = w.length > 5 ? w.replace(STEM, '') : w;
    if (cache.size < 100_000) cache.set(w, f);
  }
  return f;
}
