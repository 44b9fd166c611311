// Building blocks of the attribution rules (attribution-rules.ts, credit-rules.ts): names,
// source phrases, reporting verbs and the agencies that credit photos and wire copy. Kept
// apart from the rules so each rule reads as one line a reader can check against a sentence.

import type { AttributionKind } from '../types.js';

/** One attribution rule. */
export interface AttributionRule {
  name: string;
  kind: AttributionKind;
  re: RegExp;
  /**
   * A cheap test a paragraph must pass before `re` runs on it: the rule's cue word. Most
   * rules start with a source phrase, so `re` is tried at every offset of the paragraph;
   * most paragraphs have no cue at all, and this skips them for a fraction of the cost.
   */
  cue?: RegExp;
  /**
   * True when a match never crosses a sentence end and the rule has no paragraph anchors:
   * then it runs only on the sentences that pass `cue`, not on the whole paragraph.
   */
  perSentence?: boolean;
  /** True when the rule applies only to the first body paragraph (title-case datelines). */
  firstBody?: boolean;
}

/** A rule match inside one paragraph: offsets relative to the paragraph text. */
export interface RuleMatch {
  rule: string;
  kind: AttributionKind;
  start: number;
  end: number;
  source: string;
  cue: string;
  /** Offset of the cue word (a cue inside a quotation is the speaker's word, no credit). */
  cueAt: number;
  /** The agency credit of a dateline: "(Harbor Press Agency)" in "PORT ELLIS, Maine (…) —". */
  credit?: { start: number; end: number; source: string };
}

// A capitalised word, or initials ("U.S.", "J."): a word ending in a period would let a
// name run over a sentence end ("Internet Age. It found").
export const CAP = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|[\\p{Lu}][\\p{L}\\p{N}’'&-]*)";
const TITLE = '(?:(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Sir|Dame|President|Minister)\\.?\\s+)';
/** A name: capitalised words, with particles ("Ursula von der Leyen") and a title. */
export const NAME = `${TITLE}?${CAP}(?:\\s+(?:(?:of|de|la|van|von|der|al|bin|for)\\s+)*${CAP}){0,8}`;
/** Names joined by commas and "and" (a list needs its "and": "Monday, Ann Holt" is none). */
export const NAMES = `${NAME}(?:(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})?`;
// Head nouns of source phrases without a name: "a senior official", "the ASPI experts",
// and documents that "say" things ("the agreement says", "the indictment alleges").
const HEAD =
  '(?:officials?|spokes(?:man|woman|person)|reports?|statements?|study|studies|survey|experts?|' +
  'researchers?|analysts?|sources?|people|person|police|ministry|department|agency|company|' +
  'government|authorities|diplomats?|executives?|lawyers?|aides?|witness(?:es)?|residents?|' +
  'investigators?|scientists?|economists?|authors?|campaigners?|activists?|critics?|doctors?|' +
  'prosecutors?|officers?|lawmakers?|leaders?|members?|groups?|paper|newspaper|website|outlet|' +
  'documents?|data|figures|filing|letter|memo|note|release|minister|chief|director|head|council|' +
  'board|court|committee|commission|union|service|organi[sz]ations?|institute|university|office|' +
  'team|firm|bank|party|army|military|councillor|councilman|councilwoman|mayor|parent|' +
  'navy|coastguard|embassy|hospital|airline|airport|club|league|federation|association|' +
  'foundation|charity|network|agreement|deal|treaty|law|bill|resolution|decree|indictment|' +
  'complaint|lawsuit|ruling|verdict|contract|guidelines|charter|constitution|proposal|draft|' +
  'declaration|communiqu[eé]|announcement|post|tweet|email|message|notice|advisory|review|' +
  'audit|assessment|analysis|poll|probe|inquiry|investigation|article|story|city|town|county|' +
  'state|province|municipality|administration|regulator|prefecture|district|village|region|' +
  // Agent nouns in general: "the inspectors", "an auditor", "the historian".
  // Four letters before the suffix at least: "offer", "order" and "water" are no agents.
  'owners?|voters?|users?|buyers?|donors?|jurors?|\\p{Ll}{4,}(?:er|or|ist|ian)s?)';
const PP = `(?:\\s+(?:(?:at|from|with|of|for|in|close to|familiar with|briefed on)\\s+(?:the\\s+)?(?:${NAME}|(?:\\p{Ll}+\\s+){0,3}?(?:matter|situation|talks|plans?|discussions|negotiations|case|mission|inquiry|investigation|campaign|group|agency|office|ministry|company|team|university|institute)\\b))|\\s+(?:of|from|at|for|with)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?\\p{Ll}[\\p{Ll}-]*)?`;
const DET = '(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ne)';
/** A source phrase opened by a determiner: "a senior official", "the agreement". */
// A modifier may be initials ("the U.S. government"): their dots end no sentence.
export const DETNP = `${DET}\\s+(?:(?:\\p{Lu}\\.){2,}\\s+|[\\p{L}\\p{N}’'-]+\\s+){0,4}?${HEAD}\\b${PP}(?:\\s+${NAME})?`;
/**
 * A name with the source noun it modifies: "the U.S. government", "the Trump
 * administration" (a country or person's name alone would be taken for the source).
 */
export const NAME_NOUN = `${NAME}(?:\\s+${HEAD}\\b)?`;
// Plural sources without a determiner: "Observers from the mission", "rights groups". One
// modifier may precede the noun, but not a word that opens a clause ("when officials said").
/** A word in either case of its first letter: "[Oo]fficials". */
const ci = (w: string): string => `[${(w[0] ?? '').toUpperCase()}${w[0] ?? ''}]${w.slice(1)}`;
const anyCase = (words: string): string => words.split('|').map(ci).join('|');
const PLURALS = `(?:${anyCase(
  'officials|sources|people|experts|analysts|researchers|police|authorities|witnesses|' +
    'residents|groups|organizations|organisations|agencies|unions|companies|governments|' +
    'lawmakers|ministers|families|parents|doctors|scientists|diplomats|prosecutors|activists|' +
    'critics|campaigners',
)}|\\p{L}\\p{Ll}{3,}(?:ers|ors|ists|ians|ents))`;
const NOT_MODIFIER = `(?!(?:${anyCase(
  'when|that|which|while|where|and|but|because|after|before|since|as|if|whose|who|than|so|' +
    'or|nor|then|many|some|most|all|other|these|those|such|both|the|a|an|this|it|he|she|they|we|' +
    'what|how|why|whatever|here|there',
)})\\b)`;
const PLURAL_NP = `(?:${NOT_MODIFIER}\\p{L}[\\p{Ll}-]{2,}\\s+)?${PLURALS}${PP}`;
// "County officials and proponents of the rink say": plural sources joined by "and".
const BARE = `${PLURAL_NP}(?:\\s+and\\s+${PLURAL_NP})?`;
const ROLE = `${NAME}(?:\\s+(?:spokes(?:man|woman|person)|chief|director|minister|official|analyst|researcher|economist|lawyer)\\s+${NAME})?`;
const PRON = '(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)';
/** Any source phrase. */
export const SRC = `(?:${DETNP}|${BARE}|${NAMES}|${ROLE}|${PRON})`;
/** Reporting verbs, past and present (a hand-kept list: see attribution-eval for its yield). */
export const VERBS =
  'said|says|say|told|tells|tell|added|adds|noted|notes|warned|warns|claimed|claims|denied|denies|' +
  'concluded|concludes|found|finds|wrote|writes|write|stated|states|explained|explains|argued|' +
  'argues|insisted|insists|acknowledged|acknowledges|admitted|admits|announced|announces|' +
  'confirmed|confirms|reported|reports|observed|observes|recalled|recalls|replied|replies|' +
  'estimated|estimates|revealed|reveals|alleged|alleges|cautioned|cautions|predicted|predicts|' +
  'suggested|suggests|asked|asks|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|maintained|' +
  'maintains|asserted|asserts|contended|contends|disclosed|discloses|reiterated|reiterates|' +
  'conceded|concedes|declared|declares|countered|counters|tweeted|testified|complained|' +
  'complains|complain|lamented|laments|boasted|boasts|conceded|acknowledged|mentioned|mentions|' +
  'remarked|remarks|commented|comments|highlighted|highlights|' +
  // Phrasal reporting verbs ("Laura Loomer brought up", "experts pointed out"): the verb alone
  // reports nothing ("brought", "pointed"), so each stands with its particle. "Raised" is left
  // out: "the bank raised rates" is no report.
  'pointed out|points out|brought up|brings up|spoke out|speaks out';
/** Progressive forms ("is reporting", "are now saying"); only after a form of "to be". */
export const VERBS_ING =
  'saying|reporting|telling|claiming|warning|writing|noting|arguing|insisting|alleging|' +
  'suggesting|predicting|estimating|confirming|denying|revealing|stressing|asserting|' +
  'maintaining|tweeting|announcing';
// Words between a source and its verb: auxiliaries, adverbs and hedges ("also reportedly
// says"), and where it was said ("in their report have revealed").
const ADVERBS =
  'has|have|had|also|later|previously|now|reportedly|allegedly|separately|further|again|' +
  'earlier|recently|publicly|privately|repeatedly|initially|subsequently|still|then|first|last|' +
  // Any adverb in -ly ("ruefully noted", "angrily denied").
  '\\p{Ll}{2,}ly';
const WHERE = `in (?:a|an|the|its|their|his|her|a new|the new|a recent|the latest) (?:report|statement|study|letter|filing|post|interview|paper|briefing|speech|note|court filing|press release|video|analysis)`;
/** Auxiliaries, adverbs and "in their report" before a reporting verb. */
export const AUX = `(?:(?:${ADVERBS}|${WHERE}|(?:is|are|was|were|has been|have been)(?=\\s+(?:(?:now|also|still|reportedly)\\s+)?(?:${VERBS_ING})\\b))\\s+)*`;
/**
 * Reporting verbs that credit the subject before them but never stand first ("retailers
 * voiced concern", "officials expressed doubts", "she posted on X"; no "voiced Smith").
 * "posted" only before "on": "the company posted a loss" reports a figure, not a claim.
 */
export const VERBS_SUBJECT = 'voiced|voices|expressed|expresses|posted(?=\\s+on\\b)';
/** A reporting verb with its progressive forms. */
export const VERB = `(?:${VERBS}|${VERBS_SUBJECT}|${VERBS_ING})`;
export const TAIL = `(?:\\s+(?:in a statement|in an interview(?:\\s+with\\s+(?:the\\s+)?${NAME})?|in (?:the|a|its|their) (?:report|study|paper)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?`;
export const TOLD_TAIL = `(?:\\s+(?:reporters|journalists|lawmakers|(?:the\\s+)?${NAME}))`;
/** Wire agencies. */
export const AGENCY =
  '(?:AP|AFP|Reuters|Xinhua|Bloomberg|dpa|DPA|UPI|PTI|IANS|ANI|EFE|Kyodo|Yonhap|TASS|ANSA|Getty Images|The Associated Press|Associated Press|Agence France-Presse|Anadolu Agency|Press Association|PA Media|AAP)';
/** Agencies and picture desks that credit photos. */
export const PHOTO_ORG = `(?:${AGENCY}|Getty|Shutterstock|EPA-EFE|EPA|Sipa USA|Sipa|Alamy|NurPhoto|SOPA Images|LightRocket|Anadolu|Pool|PA Wire|PA|Handout|ZUMA Press|ZUMA Wire|Polaris|Redux|Imagn|USA TODAY Sports)`;
export const NEG_ACCORDING =
  '(?!(?:plan|schedule|script|tradition|custom|expectations?|protocol|design|form)\\b)';
// Datelines: a place in capitals ("PORT ELLIS, Maine", "NEW YORK") or in title case
// ("Port Ellis", "Newcastle upon Tyne"; at most four words, so a sentence start is no place).
export const PLACE_CAPS =
  "[\\p{Lu}][\\p{Lu}.'’ -]{1,30}[\\p{Lu}](?:,\\s*[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2})?";
export const PLACE_TITLE =
  '[\\p{Lu}][\\p{L}]+(?:[ -](?:(?:upon|on|de|la|le|am|sur|en) )?[\\p{Lu}][\\p{L}]+){0,3}';
/** A dateline's separator: a dash, a colon, or a hyphen between spaces ("(AP) - "). */
export const DATE_SEP = '(?:\\s*(?<cue>—|–|--|:)|(?:\\s+|(?<=\\)))(?<hyphen>-))';
// Labels that open a paragraph like a title-case dateline but are none.
export const NOT_LABEL =
  "(?!(?:Updated?|Editor[’']?s [Nn]ote|Note|Correction|Clarification|Breaking(?: [Nn]ews)?|" +
  'Exclusive|Analysis|Opinion|Comment|Watch|Listen|Read [Mm]ore|Related|Advertisement|' +
  'Sponsored|Live|Warning|Disclaimer|Background|Context|Summary|Sources?|Photos?|Video|' +
  'Transcript|Statement|Question|Answer|Mr|Mrs|Ms|Dr|Today|Yesterday|Tonight|Credits?|' +
  '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b)';
// An apposition after a name: no clause break, but digit groups ("1,100 signatures") pass.
export const APPOS = '(?:[^,.;“”"\\n]|[,.](?=\\d)){2,120}';
// "…, said the council had rushed the vote": the noun after the verb is the subject of what
// was said, not the speaker; a finite verb right after it tells.
export const NOT_CLAUSE =
  '(?!\\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|might|may|can|did|does|do)\\b)';
// A name ends at a space, punctuation or a separator ("By Ann Lee|Reuters", "Ann Lee/AP").
export const SENT_END = '(?=[\\s.,;:!?”"’)|/•·]|$)';
/** A line start inside a paragraph (captions and header blocks hold several lines). */
export const LINE_START = '(?:^|(?<=\\n)[ \\t]*)';

/** A regular expression with the flags every rule uses. */
export const r = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);

// The rules' Unicode property classes and their members among ASCII characters.
const ASCII_CLASS: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
};

/**
 * The same rule for text whose letters and digits are all ASCII: each `\p{…}` class becomes
 * its ASCII members. On such text both match alike (any other character is in neither
 * class), but V8 compiles a rule with Unicode classes, copied into it by every NAME, about
 * four times slower, and that compilation is most of a fresh process's first comparison.
 * A class outside ASCII_CLASS keeps the rule as it is.
 */
export function asciiVariant(re: RegExp): RegExp {
  let inClass = false;
  let keep = false;
  // One pass over the source's tokens: a property class (a name of up to eight characters),
  // any other escape (copied as it is, so `\[` opens no class), and the class brackets.
  const out = re.source.replace(/\\[pP]\{(\w{1,8})\}|\\[^]|[[\]]/g, (m, name?: string) => {
    if (name !== undefined) {
      const ascii = m[1] === 'p' ? ASCII_CLASS[name] : undefined;
      if (ascii === undefined) keep = true;
      return ascii === undefined ? m : inClass ? ascii : `[${ascii}]`;
    }
    if (m === '[') inClass = true;
    else if (m === ']') inClass = false;
    return m;
  });
  return keep ? re : new RegExp(out, re.flags);
}

// Characters outside ASCII, and the letters and digits among them (whole code points, so
// astral letters count too). Most news text has only quotation marks and dashes there.
const WIDE = /[^\0-\x7F]/g;
const WIDE_WORD = /^[\p{L}\p{N}]/u;

/** True when every letter and digit of `s` is ASCII: the rules' ASCII variants apply. */
export function asciiWords(s: string): boolean {
  WIDE.lastIndex = 0;
  for (let m = WIDE.exec(s); m !== null; m = WIDE.exec(s)) {
    if (WIDE_WORD.test(s.slice(m.index, m.index + 2))) return false;
  }
  return true;
}
/**
 * A cue that also requires `also` somewhere in the text; `cue` and `also` take no flags (an
 * `m` or `u` would change what they match). Both must be necessary conditions of the rule's
 * match: then a text that fails either cannot match, and the rule's expression (compiled on
 * first use) need not run on it.
 */
export const both = (cue: RegExp, also: string): RegExp =>
  new RegExp(`^(?=[^]*?(?:${also}))[^]*?(?:${cue.source})`);
/** A paragraph prefilter: any of the words, as whole words. */
// ASCII word bounds: the cue words are ASCII, and `\\b` is much cheaper than a look-behind.
export const has = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b`);
