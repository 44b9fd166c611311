// Name lines: a person credited by a line that is only their name and what they are, with no
// "By" and no reporting verb. Three shapes, each on its own block, so a sentence of body text
// never passes:
// - an author line: "Jane Doe, Harbor Institute of Oceanography", "Jane Doe, UCL" (a block of
//   its own whose second part is an organisation) or "Jane Doe, marine biologist";
// - an author's introduction: "Jane Doe, a biologist at the Harbor Institute, writes the
//   following:" (republished op-eds and The Conversation pieces);
// - a pull-quote credit glued to the end of its quotation when the page lost the line break
//   ("… we finally can find them Jane Doe, mother of a missing student").
// The second part must read as a role (a role noun, an agent noun, a kin word) or an
// organisation (an organisation word or an acronym), which keeps "Climate Change, Global
// Warming" and "Monday, June 5" out.

import { type AttributionRule, r } from './attribution-patterns.js';

// A person's name: two to four capitalised words, none a weekday, month or determiner.
const NOT_NAME =
  '(?!(?:The|A|An|This|In|On|At|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const WORD = `${NOT_NAME}\\p{Lu}[\\p{Ll}’'-]+(?:-\\p{Lu}?[\\p{Ll}]+)?`;
const INITIAL = '\\p{Lu}\\.?';
const PERSON = `${WORD}(?:\\s+(?:${INITIAL}|${WORD})){0,2}\\s+${WORD}`;
// Role nouns, kin words and agent nouns ("biologist", "campaigner", "resident").
const ROLE_NOUN =
  '(?:mother|father|son|daughter|wife|husband|sister|brother|widow(?:er)?|parent|grandmother|' +
  'grandfather|friend|neighbou?r|spokes(?:man|woman|person)|president|chair(?:man|woman)?|' +
  'chief|head|director|professor|lecturer|fellow|minister|secretary|founder|owner|member|' +
  'official|manager|officer|executive|editor|author|survivor|victim|student|candidate|' +
  '\\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)s?)';
// A lower-case role: up to two modifiers before the role noun, then its complement.
const ROLE = `(?:(?:a|an|the)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?${ROLE_NOUN}\\b(?:\\s+[^\\n,.;:!?“”"]{1,80}?)?`;
// An organisation: Title Case words with an organisation word, or an acronym ("UCL").
const ORG_WORD =
  '(?:Council|University|Association|Institute|Agency|Society|Foundation|Cent(?:re|er)|College|' +
  'School|Ministry|Department|Company|Group|Party|Union|Bank|Hospital|Commission|Committee|' +
  'Office|Authority|Board|Corporation|Inc|Ltd|Trust|Network|Forum|Laboratory|Lab|Museum|Service)';
const ORG = `(?:(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}&’'-]*\\s+(?:(?:of|for|and|on|&)\\s+)?){0,5}${ORG_WORD}(?:\\s+(?:(?:of|for|and|on|&)\\s+)?\\p{Lu}[\\p{L}’'-]*){0,4}|\\p{Lu}{2,6})`;
// Words that end a sentence cut by the page, not a role: "director of the".
const NOT_CUT_END = '(?<!\\b(?:a|an|the|of|to|for|and|or|at|in|on|with|by|from))';
// Words before a name that make it part of a sentence ("backed by Jane Doe, director …").
const NOT_IN_SENTENCE =
  '(?<!\\b(?:by|with|and|or|of|to|for|from|at|in|on|said|says|told|as|like|than|that|the|a|an|named|called)\\s)';

// What a paragraph opened by PERSON must look like, as a look-ahead at its start: its second
// word (after the first run of non-spaces, which is PERSON's first word) starts with a
// capital, never with a-z. A cheap necessary condition in the rules' cues, so paragraphs
// opened by an ordinary sentence never run the expressions.
const PERSON_OPENS = '(?=\\s*\\S+\\s+[^\\sa-z])';

/** Name-line rules (see the module comment), after the credit rules. */
export const NAME_LINE_RULES: readonly AttributionRule[] = [
  {
    name: 'author introduction',
    kind: 'byline',
    cue: new RegExp(`^${PERSON_OPENS}[^]*?\\b(?:writes|wrote)\\b`),
    re: r(
      `^\\s*(?<src>${PERSON}),\\s+[^\\n]{2,140}?,?\\s+(?<cue>writes|wrote)(?:\\s+the\\s+following|\\s+for\\s+[^\\n:]{2,60})?\\s*[:.]?\\s*$`,
    ),
  },
  {
    name: 'name line',
    kind: 'byline',
    cue: new RegExp(`^${PERSON_OPENS}[^\\n]{3,120}$`),
    re: r(`^\\s*(?<src>${PERSON}),\\s+(?<cue>${ORG}|${ROLE})${NOT_CUT_END}\\.?\\s*$`),
  },
  {
    name: 'pull-quote credit',
    kind: 'speech',
    cue: /,[^.!?\n]{3,90}$/,
    re: r(
      `(?<=^(?:\\S+\\s+){4}[^\\n]*?[\\p{L}\\p{N}…]\\s)${NOT_IN_SENTENCE}(?<src>${PERSON}),\\s+(?<cue>${ROLE})${NOT_CUT_END}\\s*$`,
    ),
  },
];
