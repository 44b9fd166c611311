// Attribution rules: transparent regular expressions, one per pattern a reader can name
// ("X said", "said X", "according to X", "per X", "(Reuters)", "BEIJING —", "By NAME").
// Each rule has a name the UI can show, a kind from the schema, and named groups `src` (who
// or what is credited; `src2`… in rules with alternatives) and `cue` (the reporting verb or
// marker). Rules run on one paragraph at a time, so a credit never spans paragraphs; rules
// with `perSentence` run only on sentences that contain their cue word (see
// attributions-find.ts), which is most of the speed. Names are recognised by capital
// letters, and a lone determiner is no source (sources.ts), which keeps "said" as an
// adjective ("the said property") out; "according to plan" is excluded. The building blocks
// are in attribution-patterns.ts, the credit rules in credit-rules.ts, the name lines
// ("Jane Doe, UCL") in name-lines.ts.

import {
  type AttributionRule,
  APPOS,
  AUX,
  DETNP,
  NAME,
  NAME_NOUN,
  NEG_ACCORDING,
  NOT_CLAUSE,
  NOT_LABEL,
  PLACE_TITLE,
  SRC,
  TAIL,
  TOLD_TAIL,
  VERB,
  VERBS,
  VERBS_ING,
  both,
  has,
  r,
} from './attribution-patterns.js';
import { CREDIT_RULES, HEADER_RULES } from './credit-rules.js';
import { NAME_LINE_RULES } from './name-lines.js';

export type { AttributionRule, RuleMatch } from './attribution-patterns.js';

// An apposition after a name: ", who chairs the board", ", which runs the yard".
// An age counts too: "Alon Tenzer, 36, told AFP", "Alon Tenzer, 36, an engineer, said".
const APP = `,\\s+(?:\\d{1,3}(?=,)(?:,\\s+(?:a|an|the)\\s${APPOS})?|(?:who|which|a|an|the|its|their)\\s${APPOS})`;
const VERB_CUE = has(`${VERBS}|voiced|voices|expressed|expresses|posted|${VERBS_ING}`);
// The dot of initials ("according to the U.S. Commerce Department"): a dot after a lone
// capital that follows a space or another initial; any other dot ends the source.
const INITIAL_DOT = '(?<=(?:^|[\\s.])\\p{Lu})\\.';
// Participles of a passive credit ("accused by", "cited by").
const PASSIVE =
  'accused|critici[sz]ed|praised|condemned|cited|quoted|described|identified|named|reported|blamed|sued';
// Document nouns after "named in"/"cited in": the passive credit of a report.
const DOC =
  '(?:report|statement|study|filing|complaint|indictment|investigation|letter|memo|article|story|lawsuit|audit|review)';

/**
 * A rule with every property present, in one order. The rules are written with the fields
 * each needs (six object shapes), and the loops that run every rule on every paragraph then
 * read them through megamorphic property look-ups; one shape keeps those reads monomorphic.
 */
const uniform = (x: AttributionRule): AttributionRule => ({
  name: x.name,
  kind: x.kind,
  re: x.re,
  cue: x.cue,
  perSentence: x.perSentence === true,
  firstBody: x.firstBody === true,
});

/** The rules as written, most specific first (see RULES). */
const WRITTEN_RULES: readonly AttributionRule[] = [
  ...HEADER_RULES,
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
  ...CREDIT_RULES,
  ...NAME_LINE_RULES,
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
      `\\b(?<cue>[Aa]ccording to)\\s+${NEG_ACCORDING}(?<src>(?:[^.,;:!?\\n"“”()]|${INITIAL_DOT}){2,80}?)(?=(?!${INITIAL_DOT})[.,;:!?\\n"“”()]|$|\\s+(?:published|released|issued|seen|obtained|on|that|which|who)\\b)`,
    ),
  },
  {
    // "per Reuters", "Per the agreement, …": a capitalised name or a determiner phrase, so
    // "per cent", "per day" and "per capita" never pass.
    name: 'per',
    perSentence: true,
    cue: /\b[Pp]er\b/,
    kind: 'according_to',
    re: r(
      `(?<![\\p{L}])(?<cue>[Pp]er)\\s+(?<src>(?:the\\s+)?${NAME}(?:[’']s\\s+(?:[\\p{Ll}-]+\\s+)?${DOC})?|${DETNP}[^,.;:!?\\n"“”()]{0,60}?(?=[,.;:!?\\n"“”()]|$))`,
    ),
  },
  {
    name: 'a report by',
    cue: both(/ by /, '(?:report|study) by\\s'),
    kind: 'report',
    re: r(`\\b(?<cue>[Aa] (?:new |recent )?(?:report|study) by)\\s+(?<src>(?:the\\s+)?${NAME})`),
  },
  {
    // Passive credits: "accused by Amnesty International of", "as cited by the Courier".
    name: 'passive credit',
    perSentence: true,
    // " by " alone passes most sentences; the participle right before it is needed too
    cue: both(/ by /, `(?:${PASSIVE})\\s+by\\s`),
    kind: 'report',
    re: r(`\\b(?<cue>${PASSIVE})\\s+by\\s+(?<src>(?:the\\s+)?${NAME_NOUN}|${DETNP})`),
  },
  {
    // Nominal credits: "named in Amnesty's report", "cited in a Human Rights Watch report".
    name: 'named in a report',
    perSentence: true,
    cue: /\b(?:named|cited|mentioned|identified|listed|quoted) in\b/,
    kind: 'report',
    re: r(
      `\\b(?<cue>(?:named|cited|mentioned|identified|listed|quoted) in)\\s+(?:(?:the|a|an)\\s+)?(?:new\\s+|recent\\s+)?(?<src>${NAME}(?:[’']s)?)\\s+(?:[\\p{Ll}-]+\\s+)?${DOC}`,
    ),
  },
  {
    name: 'in an interview with',
    cue: /nterview with/,
    kind: 'speech',
    re: r(`\\b(?<cue>[Ii]n an interview with)\\s+(?<src>(?:the\\s+)?${NAME})`),
  },
  {
    // "Paul Keller, the group's director, said", "the group's director, Paul Keller, said",
    // "Harbor Works, which runs the yard, said".
    name: 'X, apposition, said',
    perSentence: true,
    // two ", " at least: one opens the apposition, one comes before the verb
    cue: both(VERB_CUE, ',\\s[^]*?,\\s'),
    kind: 'speech',
    re: r(
      `(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er)\\s+[^,.;“”"\\n]{2,60},\\s+(?<src>${NAME})(?:${APP})?|(?<src2>${NAME})${APP}),\\s+${AUX}(?<cue>${VERB})\\b`,
    ),
  },
  {
    name: 'said X (verb first)',
    perSentence: true,
    // the verb right after a comma or closing quote (and spaces or a dash), or opening the
    // sentence when the mark ended the one before (the look-behind sees the text before it)
    cue: both(VERB_CUE, `(?:^[\\s—–]*|[,”"’'][\\s—–]*)(?:${VERBS})\\s`),
    kind: 'speech',
    re: r(
      `(?<=[,”"’']\\s{0,2}|[,”"’']\\s*[—–]\\s*)(?!tell|told|tells)(?<cue>${VERBS})\\s+(?<src>(?:the\\s+)?(?:(?!(?:in|on|at|that|to|of|for|with|after|before)\\b)\\p{Ll}[\\p{L}-]*\\s+){0,3}${NAME}|${DETNP})${NOT_CLAUSE}(?:,\\s+(?:the|a|an|its|their|who)\\s+[^,.;:“”"\\n]{2,80}(?=[.;:!?]|$))?`,
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
      `(?<![\\p{L}\\p{N}’'-])(?<src>${SRC})\\s+${AUX}(?<cue>${VERB})\\b(?!\\s+(?:itself|himself|herself|themselves|guilty|dead|out)\\b)${TAIL}`,
    ),
  },
];

/** The rules, most specific first; overlapping matches keep the earlier rule. */
export const RULES: readonly AttributionRule[] = WRITTEN_RULES.map(uniform);

/** Rules that may run on boilerplate blocks: a copyright or credit line is furniture too. */
export const CREDIT_ONLY: ReadonlySet<string> = new Set(
  RULES.filter((x) => x.kind === 'credit' || x.kind === 'copyright').map((x) => x.name),
);
