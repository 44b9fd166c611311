// US/UK spelling variants, folded to the US form. Keys are only ever compared for equality,
// so a rule that also rewrites an unrelated word is harmless as long as it rewrites it the
// same way on both sides; what must never happen is two different real words meeting on
// one key. That is why -our and -re spellings come from a table, while -ise/-yse use a rule
// guarded by a stem length, and the doubled l a rule guarded by syllables (see DOUBLED_L).

/** UK fragment → US fragment, matched anywhere in a lower-case word (so inflections follow). */
const FRAGMENTS: ReadonlyArray<readonly [string, string]> = [
  // -our / -or
  ...[
    'behaviour',
    'colour',
    'favour',
    'honour',
    'humour',
    'labour',
    'neighbour',
    'rumour',
    'harbour',
    'vapour',
    'flavour',
    'armour',
    'endeavour',
    'saviour',
    'odour',
    'vigour',
    'valour',
    'rigour',
    'splendour',
    'clamour',
    'parlour',
    'tumour',
    'fervour',
    'candour',
    'ardour',
    'demeanour',
  ].map((uk) => [uk, uk.replace(/our$/, 'or')] as const),
  // -re / -er
  ...['centre', 'theatre', 'metre', 'litre', 'fibre', 'calibre', 'sombre', 'spectre', 'lustre']
    .concat(['meagre', 'sabre', 'manoeuvre'])
    .map((uk) => [uk, uk === 'manoeuvre' ? 'maneuver' : uk.replace(/re$/, 'er')] as const),
  // -ence / -ense
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  // -ogue / -og
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['analogue', 'analog'],
  // doubled l
  ['travell', 'travel'],
  ['cancell', 'cancel'],
  ['modell', 'model'],
  ['labell', 'label'],
  ['fuell', 'fuel'],
  ['signall', 'signal'],
  ['counsell', 'counsel'],
  ['jewellery', 'jewelry'],
  ['marvell', 'marvel'],
  ['quarrell', 'quarrel'],
  ['totall', 'total'],
  ['channell', 'channel'],
  ['levell', 'level'],
  ['tunnell', 'tunnel'],
  ['diall', 'dial'],
  ['equall', 'equal'],
  ['rivall', 'rival'],
  ['enrolment', 'enrollment'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  // ae/oe
  ['paediatric', 'pediatric'],
  ['anaemi', 'anemi'],
  ['encyclopaedi', 'encyclopedi'],
  ['oestrogen', 'estrogen'],
  ['foetus', 'fetus'],
  ['haemorrhag', 'hemorrhag'],
  ['leukaemi', 'leukemi'],
  ['diarrhoea', 'diarrhea'],
  ['orthopaedic', 'orthopedic'],
  // single words
  ['programme', 'program'],
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['aluminium', 'aluminum'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['sceptic', 'skeptic'],
  ['pyjama', 'pajama'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['moustache', 'mustache'],
  // British forms with one meaning, so folding cannot merge two British words: a British
  // writer uses "cheque" only for the bank sense (and "check" for verifying), "kerb" only
  // for the street edge, "tyre" only for the wheel (see above). "storey"/"story" and
  // "draught"/"draft" stay out: both forms are words in British English.
  ['cheque', 'check'],
  ['kerb', 'curb'],
  ['artefact', 'artifact'],
  ['sulphur', 'sulfur'],
  ['aeroplane', 'airplane'],
  ['oesophag', 'esophag'],
  ['woollen', 'woolen'],
  ['fulfilment', 'fulfillment'],
  // The verb: "practise", "practised" (the noun is "practice" on both sides).
  ['practis', 'practic'],
];

/** Whole-word variants (style rather than spelling, but folded the same way). */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['fulfil', 'fulfill'],
  ['fulfils', 'fulfills'],
  ['enrol', 'enroll'],
  ['enrols', 'enrolls'],
  ['instal', 'install'],
  ['instals', 'installs'],
  ['distil', 'distill'],
  ['distils', 'distills'],
  ['whilst', 'while'],
  ['amongst', 'among'],
  ['amidst', 'amid'],
  ['towards', 'toward'],
  ['afterwards', 'afterward'],
  ['learnt', 'learned'],
  ['spelt', 'spelled'],
]);

// -ise/-ize and -yse/-yze with at least three letters of stem: organise, realised,
// criticising, organisation, analyse. "rise", "wise" and "size" stay out by stem length.
const ISE = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;
const YSE = /^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/;
// British English doubles a final l after one vowel before a suffix even when the syllable is
// unstressed (travelled, councillor, modelling, marvellous); American English only when it
// is stressed. So "ll" before a suffix folds to "l" when the stem before it has two syllables
// or more (a vowel, a consonant, then the one vowel before the l): "council|lor",
// "trav|elled". One-syllable stems stay out, which keeps "filled" apart from "filed" and
// "rolling" from "roling"; "fuelled" and "dialled" (two vowels before the l) are in the table.
const DOUBLED_L = /^([a-z]*[aeiouy][a-z]*[^aeiouy][aeiou])ll(ed|ing|er|ers|or|ors|ous|ist|ists)$/;

/** Folds one lower-case word to its US spelling, and removes in-word hyphens (re-education). */
export function foldSpellingWord(lower: string): string {
  const known = folded.get(lower);
  if (known !== undefined) return known;
  const result = foldUncached(lower);
  // News vocabulary repeats heavily; a bounded memo keeps the fold off the hot path. The
  // engine stays deterministic: the cache only ever returns what foldUncached would.
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  folded.set(lower, result);
  return result;
}

const FOLD_CACHE_LIMIT = 50_000;
const folded = new Map<string, string>();

// Any fragment at all: one regex pass tells most words that the loop below, which must take
// the first fragment in list order, has nothing to do.
const ANY_FRAGMENT = new RegExp(FRAGMENTS.map(([uk]) => uk).join('|'));

const SUFFIX_LETTERS = /is|ys|ll/;

function foldUncached(lower: string): string {
  let w = lower.includes('-') ? lower.replace(/(?<=\p{L})-(?=\p{L})/gu, '') : lower;
  const whole = WORDS.get(w);
  if (whole !== undefined) return whole;
  if (ANY_FRAGMENT.test(w)) w = foldFragment(w);
  // The three suffix rules need "is", "ys" or "ll": most words have none and skip them.
  if (!SUFFIX_LETTERS.test(w)) return w;
  return w.replace(ISE, '$1iz$2').replace(YSE, '$1yz$2').replace(DOUBLED_L, '$1l$2');
}

/** Rewrites the first fragment of FRAGMENTS (in list order) that `w` contains. */
function foldFragment(w: string): string {
  for (const [uk, us] of FRAGMENTS) {
    if (w.includes(uk)) return w.replace(uk, us);
  }
  return w;
}
