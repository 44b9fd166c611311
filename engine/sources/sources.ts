// Source names, normalised for matching across versions: "the ASPI experts", "ASPI experts"
// and "experts at the Australian Strategic Policy Institute" are one source (the acronym of
// a capitalised run is added to its words); "Smith" and "Mr. Smith" are one (titles and
// determiners drop, and a name matches a longer name that contains it). Common-noun sources
// must match exactly once determiners are gone, so "a new report" and "a report" differ:
// the issue counts that as a changed credit.

import { foldSpelling, foldTypography } from '../text/normalize.js';

const DROP = new Set(
  (
    'the a an this that its their his her mr mrs ms dr prof gov sen rep gen col sir dame ' +
    'president minister said says'
  ).split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
// Capitalised words that open a sentence rather than a name.
const OPENERS = new Set(
  (
    'But And However Meanwhile In On At Then When While Also Earlier Later Separately So Yet ' +
    'Still Now Today Yesterday After Before As Since Though Although If Thursday Friday Monday ' +
    'Tuesday Wednesday Saturday Sunday What How Why Whatever Here There'
  ).split(' '),
);

/** Drops sentence openers ("Meanwhile Smith" → "Smith") and trailing punctuation. */
export function cleanSource(raw: string): string {
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && OPENERS.has(words[0] ?? '')) words.shift();
  if (/^(?:Nobody|Everyone|Everybody|Somebody|Someone|Nothing|Anyone)$/.test(words[0] ?? '')) {
    return '';
  }
  // A determiner alone is no source: "The said property" uses "said" as an adjective.
  if (
    words.length === 1 &&
    /^(?:the|a|an|this|that|these|those|its|their|his|her)$/i.test(words[0] ?? '')
  ) {
    return '';
  }
  return words.join(' ').replace(/[,.;:]+$/u, '');
}

/** True for "he", "she", "they"…: sources that need resolving to a named speaker. */
export function isPronoun(source: string): boolean {
  return PRONOUNS.has(source.toLowerCase());
}

/** True when a source names nobody: "a senior official", "people familiar with the matter". */
export function isUnnamed(source: string): boolean {
  const words = source.split(/\s+/).slice(1);
  if (isPronoun(source)) return false;
  if (/^(?:officials|sources|people|experts|analysts|researchers|witnesses)\b/i.test(source)) {
    return !words.some((w) => /^\p{Lu}/u.test(w));
  }
  // The determiner may open a sentence ("A senior official"): capitals after it name someone.
  return (
    /^(?:a|an|one|two|three|some|several|many)\s/i.test(source) && !/\p{Lu}/u.test(words.join(' '))
  );
}

function acronym(run: string[]): string {
  return run
    .filter((w) => !/^(?:of|for|and|the|de)$/i.test(w))
    .map((w) => w.charAt(0))
    .join('')
    .toLowerCase();
}

/** Source words by source text: pairing compares every base credit with every version one. */
const memo = new Map<string, SourceWords>();
/** Bound on the memo, so a long-lived process does not grow it without end. */
const MEMO_MAX = 4096;

/** The words of a source, as `sourceWords` returns them. */
export interface SourceWords {
  named: boolean;
  words: string[];
  /** Acronyms of capitalised runs ("aspi"): they may stand for the words, never be required. */
  acronyms: string[];
}

/** The words of a source for matching (memoised; see `wordsOf`). */
export function sourceWords(source: string): SourceWords {
  let got = memo.get(source);
  if (got === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    got = wordsOf(source);
    memo.set(source, got);
  }
  return got;
}

/** The words of a source for matching: names (with acronyms) when it has any, else nouns. */
function wordsOf(source: string): SourceWords {
  // Spelling folded too: "Harbourmaster Ada Lind" is "Harbormaster Ada Lind".
  const raw = foldTypography(source)
    .replace(/'s\b|'/g, '')
    .split(/[\s,/()-]+/)
    .filter((w) => w.length > 0)
    .map(foldSpelling);
  const caps = raw.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DROP.has(w.toLowerCase())));
  if (caps.length > 0) {
    const out = caps.map((w) => w.toLowerCase().replace(/\.$/, ''));
    const acronyms: string[] = [];
    // An acronym per possessive-free run: "Australian Strategic Policy Institute's
    // International Cyber Policy Centre" gives both "aspi" and "icpc".
    for (const part of foldTypography(source).split(/'s\b/)) {
      const run = part.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      if (run.length >= 2) acronyms.push(acronym(run));
    }
    return { named: true, words: out.filter((w) => !DROP.has(w)), acronyms };
  }
  const words = raw.map((w) => w.toLowerCase()).filter((w) => !DROP.has(w));
  return { named: false, words, acronyms: [] };
}

/** True when two source names credit the same source (see the module comment). */
export function sameSource(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return a === b;
  const sa = sourceWords(a);
  const sb = sourceWords(b);
  const [x, y] = [sa.words, sb.words];
  if (x.length === 0 || y.length === 0) return false;
  // Pairing asks this of the same few sources thousands of times.
  if (a === b) return true;
  if (!sa.named && !sb.named) return x.join(' ') === y.join(' ');
  if (sa.named !== sb.named) return false;
  return within(sa, sb) || within(sb, sa);
}

/** True when all of one name's words stand in the other (its acronyms count as words there). */
function within(p: SourceWords, q: SourceWords): boolean {
  const set = wordSet(q);
  for (const w of p.words) if (!set.has(w)) return false;
  return true;
}

/** A source's words and acronyms as a set, made once per memoised SourceWords. */
const wordSets = new WeakMap<SourceWords, Set<string>>();

function wordSet(q: SourceWords): Set<string> {
  let set = wordSets.get(q);
  if (set === undefined) wordSets.set(q, (set = new Set([...q.words, ...q.acronyms])));
  return set;
}

/** A Map: a cue's words may be any words, "constructor" too (an object has that key). */
const LEMMAS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    says: 'said',
    voices: 'voiced',
    expresses: 'expressed',
    say: 'said',
    tells: 'told',
    tell: 'told',
    writes: 'wrote',
    write: 'wrote',
    adds: 'added',
    notes: 'noted',
    warns: 'warned',
    claims: 'claimed',
    denies: 'denied',
    concludes: 'concluded',
    finds: 'found',
    states: 'stated',
    explains: 'explained',
    argues: 'argued',
    insists: 'insisted',
    admits: 'admitted',
    confirms: 'confirmed',
    reports: 'reported',
    reveals: 'revealed',
    alleges: 'alleged',
    suggests: 'suggested',
    predicts: 'predicted',
    estimates: 'estimated',
    acknowledges: 'acknowledged',
    announces: 'announced',
    observes: 'observed',
    recalls: 'recalled',
    replies: 'replied',
    asks: 'asked',
    stresses: 'stressed',
    maintains: 'maintained',
    asserts: 'asserted',
    contends: 'contended',
    discloses: 'disclosed',
    reiterates: 'reiterated',
    concedes: 'conceded',
    declares: 'declared',
    counters: 'countered',
    cautions: 'cautioned',
    // Progressive forms ("is reporting") are the same cue as the simple ones.
    saying: 'said',
    reporting: 'reported',
    telling: 'told',
    claiming: 'claimed',
    warning: 'warned',
    writing: 'wrote',
    noting: 'noted',
    arguing: 'argued',
    insisting: 'insisted',
    alleging: 'alleged',
    suggesting: 'suggested',
    predicting: 'predicted',
    estimating: 'estimated',
    confirming: 'confirmed',
    denying: 'denied',
    revealing: 'revealed',
    stressing: 'stressed',
    asserting: 'asserted',
    maintaining: 'maintained',
    announcing: 'announced',
  }),
);

const cueMemo = new Map<string, string>();

/** The cue in a comparable form: "says" and "said" are one cue; "have found" is "found". */
export function cueKey(cue: string | null | undefined): string {
  const raw = cue ?? '';
  let got = cueMemo.get(raw);
  if (got === undefined) {
    if (cueMemo.size >= MEMO_MAX) cueMemo.clear();
    got = cueKeyOf(raw);
    cueMemo.set(raw, got);
  }
  return got;
}

function cueKeyOf(cue: string): string {
  const words = foldTypography(cue)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^(?:has|have|had|also|later|previously|is|are|was|were|been|now)$/.test(w));
  return words.map((w) => LEMMAS.get(w) ?? w).join(' ');
}
