// Attribution rules: transparent regular expressions, one per pattern a reader can name
// ("X said", "said X", "according to X", "(Reuters)", "BEIJING —", "By NAME"). Each rule
// has a name the UI can show, a kind from the schema, and named groups `src` (who or what
// is credited) and `cue` (the reporting verb or marker). Rules run on one paragraph at a
// time, so a credit never spans paragraphs; rules with `perSentence` run only on sentences
// that contain their cue word (see attributions-find.ts), which is most of the speed. Names
// are recognised by capital letters, and a lone determiner is no source (sources.ts), which
// keeps "said" as an adjective ("the said property") out; "according to plan" is excluded.

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
const CAP = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|[\\p{Lu}][\\p{L}\\p{N}’'&-]*)";
const TITLE = '(?:(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Sir|Dame|President|Minister)\\.?\\s+)';
const NAME = `${TITLE}?${CAP}(?:\\s+(?:(?:of|de|la|van|von|al|bin|for)\\s+)?${CAP}){0,8}`;
const NAMES = `${NAME}(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?`;
// Head nouns of source phrases without a name: "a senior official", "the ASPI experts".
const HEAD =
  '(?:officials?|spokes(?:man|woman|person)|reports?|statements?|study|studies|survey|experts?|' +
  'researchers?|analysts?|sources?|people|person|police|ministry|department|agency|company|' +
  'government|authorities|diplomats?|executives?|lawyers?|aides?|witness(?:es)?|residents?|' +
  'investigators?|scientists?|economists?|authors?|campaigners?|activists?|critics?|doctors?|' +
  'prosecutors?|officers?|lawmakers?|leaders?|members?|group|paper|newspaper|website|outlet|' +
  'documents?|data|figures|filing|letter|memo|note|release|minister|chief|director|head|council|' +
  'board|court|committee|commission|union|service|organi[sz]ation|institute|university|office|' +
  'team|firm|bank|party|army|military|councillor|councilman|councilwoman|mayor|parent|' +
  'navy|coastguard|embassy|hospital|airline|airport|club|league|federation|association|' +
  'foundation|charity|network|' +
  // Agent nouns in general: "the inspectors", "an auditor", "the historian".
  '\\p{Ll}{3,}(?:er|or|ist|ian)s?)';
const PP = `(?:\\s+(?:at|from|with|of|for|in|close to|familiar with|briefed on)\\s+(?:the\\s+)?(?:${NAME}|(?:\\p{Ll}+\\s+){0,3}?(?:matter|situation|talks|plans?|discussions|negotiations|case|mission|inquiry|investigation|campaign|group|agency|office|ministry|company|team|university|institute)\\b))?`;
const DET = '(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ne)';
const DETNP = `${DET}\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?${HEAD}\\b${PP}(?:\\s+${NAME})?`;
// Plural agent nouns without a determiner: "Observers from the mission", "Protesters".
const BARE = `(?:[Oo]fficials|[Ss]ources|[Pp]eople|[Ee]xperts|[Aa]nalysts|[Rr]esearchers|[Pp]olice|[Aa]uthorities|[Ww]itnesses|[Rr]esidents|\\p{L}\\p{Ll}{2,}(?:ers|ors|ists|ians))${PP}`;
const ROLE = `${NAME}(?:\\s+(?:spokes(?:man|woman|person)|chief|director|minister|official|analyst|researcher|economist|lawyer)\\s+${NAME})?`;
const PRON = '(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)';
const SRC = `(?:${DETNP}|${BARE}|${NAMES}|${ROLE}|${PRON})`;
const VERBS =
  'said|says|say|told|tells|tell|added|adds|noted|notes|warned|warns|claimed|claims|denied|denies|' +
  'concluded|concludes|found|finds|wrote|writes|write|stated|states|explained|explains|argued|' +
  'argues|insisted|insists|acknowledged|admitted|admits|announced|confirmed|confirms|reported|' +
  'reports|observed|recalled|replied|estimated|revealed|alleged|cautioned|predicted|suggested|asked';
const AUX = '(?:(?:has|have|had|also|later|previously|has also|have also)\\s+)*';
const TAIL = `(?:\\s+(?:in a statement|in an interview(?:\\s+with\\s+(?:the\\s+)?${NAME})?|in (?:the|a|its|their) (?:report|study|paper)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?`;
const TOLD_TAIL = `(?:\\s+(?:reporters|journalists|lawmakers|(?:the\\s+)?${NAME}))`;
const AGENCY =
  '(?:AP|AFP|Reuters|Xinhua|Bloomberg|dpa|DPA|UPI|PTI|IANS|ANI|EFE|Kyodo|Yonhap|TASS|ANSA|Getty Images|The Associated Press|Associated Press)';
const NEG_ACCORDING =
  '(?!(?:plan|schedule|script|tradition|custom|expectations?|protocol|design|form)\\b)';
// Datelines: a place in capitals ("PORT ELLIS, Maine", "NEW YORK") or in title case
// ("Port Ellis", "Newcastle upon Tyne"; at most four words, so a sentence start is no place).
const PLACE_CAPS = "[\\p{Lu}][\\p{Lu}.'’ -]{1,30}[\\p{Lu}](?:,\\s*[\\p{Lu}][\\p{L}.]*)?";
const PLACE_TITLE =
  '[\\p{Lu}][\\p{L}]+(?:[ -](?:(?:upon|on|de|la|le|am|sur|en) )?[\\p{Lu}][\\p{L}]+){0,3}';
// Labels that open a paragraph like a title-case dateline but are none.
const NOT_LABEL =
  "(?!(?:Updated?|Editor[’']?s [Nn]ote|Note|Correction|Clarification|Breaking(?: [Nn]ews)?|" +
  'Exclusive|Analysis|Opinion|Comment|Watch|Listen|Read [Mm]ore|Related|Advertisement|' +
  'Sponsored|Live|Warning|Disclaimer|Background|Context|Summary|Sources?|Photos?|Video|' +
  'Transcript|Statement|Question|Answer|Mr|Mrs|Ms|Dr|Today|Yesterday|Tonight|' +
  '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b)';
// An apposition after a name: no clause break, but digit groups ("1,100 signatures") pass.
const APPOS = '(?:[^,.;“”"\\n]|[,.](?=\\d)){2,120}';
// "…, said the council had rushed the vote": the noun after the verb is the subject of what
// was said, not the speaker; a finite verb right after it tells.
const NOT_CLAUSE =
  '(?!\\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|might|may|can|did|does|do)\\b)';
const SENT_END = '(?=[\\s.,;:!?”"’)]|$)';

const r = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);
/** A paragraph prefilter: any of the words, as whole words. */
// ASCII word bounds: the cue words are ASCII, and `\\b` is much cheaper than a look-behind.
const has = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b`);
const VERB_CUE = has(VERBS);

/** The rules, most specific first; overlapping matches keep the earlier rule. */
export const RULES: readonly AttributionRule[] = [
  {
    name: 'byline',
    kind: 'byline',
    re: r(`^(?<cue>By)\\s+(?<src>${NAMES})${SENT_END}`),
  },
  {
    // "BEIJING —", "PORT ELLIS, Maine (Harbor Press Agency) —", "Paris (AFP) —". The agency
    // credit is its own group: findAttributions reports it as a separate credit, so a
    // reprint that adds or strips "(AFP)" shows a credit added or dropped, not a kept line.
    name: 'dateline',
    kind: 'dateline',
    re: r(
      `^(?<src>${PLACE_CAPS}|${PLACE_TITLE}(?=\\s*\\((?:${AGENCY})\\)))(?:\\s*\\((?<credit>${AGENCY}|[\\p{Lu}][\\p{L} ]{1,30})\\))?\\s*(?<cue>—|–|--|:)\\s`,
    ),
  },
  {
    // "Port Ellis: ", "Lindau : ", "Port Ellis — ": a place in title case is only taken for
    // a dateline at the start of the first body paragraph (anywhere else "Harbourmaster
    // Lind: …" or "Residents — Many …" would pass), never for a label ("Update:").
    name: 'dateline (title case)',
    kind: 'dateline',
    firstBody: true,
    re: r(
      `^${NOT_LABEL}(?<src>${PLACE_TITLE}(?:,\\s*[\\p{Lu}][\\p{L}.]*)?)\\s*(?<cue>—|–|--|:)\\s+(?=[\\p{Lu}\\p{N}“"‘'])`,
    ),
  },
  {
    name: 'photo credit',
    cue: /[(/]/,
    kind: 'credit',
    re: r(
      `(?:\\((?<cue>Photo|Photograph|Image|Picture|Video|Credit)s?\\s*:\\s*(?<src>[^)]{2,60})\\)|(?<src2>${AGENCY}\\s*\\/\\s*[\\p{Lu}][\\p{Lu} .'’-]+)\\s*$)`,
    ),
  },
  {
    name: 'agency in parentheses',
    kind: 'credit',
    cue: /\(/,
    re: r(`\\((?<src>${AGENCY})\\)`),
  },
  {
    name: 'credit at paragraph end',
    cue: /\)\s*$|[—–]/,
    kind: 'credit',
    re: r(
      `\\((?<src>${NAME})\\)\\s*$|(?<cue>—|–)\\s*(?<src2>${AGENCY}|${CAP}(?:\\s+${CAP}){0,3})\\s*$`,
    ),
  },
  {
    name: 'contributed to this report',
    cue: /contributed/,
    kind: 'credit',
    re: r(
      `(?<src>${NAMES})\\s+(?<cue>contributed(?: reporting)? to this (?:report|story|article))`,
    ),
  },
  {
    name: 'originally appeared',
    cue: /originally|first/,
    kind: 'credit',
    re: r(
      `[Tt]his (?:article|story|report) (?<cue>(?:was )?(?:originally|first) (?:appeared|published|ran)(?: in| on| by)?)\\s+(?<src>[^.\\n]{2,60})`,
    ),
  },
  {
    name: 'quoted as saying',
    perSentence: true,
    cue: /quoted/,
    kind: 'report',
    re: r(`(?<via>${SRC})\\s+(?<cue>quoted)\\s+(?<src>${SRC})\\s+as saying`),
  },
  {
    name: 'according to',
    cue: /[Aa]ccording to/,
    kind: 'according_to',
    re: r(
      `\\b(?<cue>[Aa]ccording to)\\s+${NEG_ACCORDING}(?<src>[^.,;:!?\\n"“”()]{2,80}?)(?=[.,;:!?\\n"“”()]|$|\\s+(?:published|released|issued|seen|obtained|on|that|which|who)\\b)`,
    ),
  },
  {
    name: 'a report by',
    cue: / by /,
    kind: 'report',
    re: r(`\\b(?<cue>[Aa] (?:new |recent )?(?:report|study) by)\\s+(?<src>(?:the\\s+)?${NAME})`),
  },
  {
    name: 'in an interview with',
    cue: /nterview with/,
    kind: 'speech',
    re: r(`\\b(?<cue>[Ii]n an interview with)\\s+(?<src>(?:the\\s+)?${NAME})`),
  },
  {
    name: 'said X (verb first)',
    perSentence: true,
    cue: VERB_CUE,
    kind: 'speech',
    re: r(
      `(?<=[,”"’']\\s{0,2}|[,”"’']\\s*[—–]\\s*)(?<cue>${VERBS})\\s+(?<src>(?:the\\s+)?(?:(?!(?:in|on|at|that|to|of|for|with|after|before)\\b)\\p{Ll}[\\p{L}-]*\\s+){0,3}${NAME}|${DETNP})${NOT_CLAUSE}`,
    ),
  },
  {
    // "Paul Keller, the group's director, said", "the group's director, Paul Keller, said".
    name: 'X, apposition, said',
    perSentence: true,
    cue: VERB_CUE,
    kind: 'speech',
    re: r(
      `(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+[^,.;“”"\\n]{2,60},\\s+)?(?<src>${NAME})(?:,\\s+(?:who|a|an|the|its|their)\\s${APPOS})?,\\s+${AUX}(?<cue>${VERBS})\\b`,
    ),
  },
  {
    name: 'X told Y',
    perSentence: true,
    cue: /told|confirmed to/,
    kind: 'speech',
    re: r(`(?<![\\p{L}\\p{N}])(?<src>${SRC})\\s+${AUX}(?<cue>told|confirmed to)${TOLD_TAIL}`),
  },
  {
    name: 'X said (name first)',
    perSentence: true,
    cue: VERB_CUE,
    kind: 'speech',
    re: r(
      `(?<![\\p{L}\\p{N}’'-])(?<src>${SRC})\\s+${AUX}(?<cue>${VERBS})\\b(?!\\s+(?:itself|himself|herself|themselves|guilty|dead|out)\\b)${TAIL}`,
    ),
  },
];
