// Credit rules: who supplied the copy or the picture, rather than who said something.
// Bylines ("By NAME", "Written by NAME", on any line of a header block, or ending a line
// after a headline or a date: "Rain cripples the city By ANN LEE, AP Writer"), datelines with an
// agency ("PARIS (AFP) —", "(AP) -"), photo credits in the common wire formats ("(AP
// Photo/Name)", "(First Last/Outlet via AFP)", "(AFP file photo)", "AFP / NAME",
// "Name/Getty Images", "Photo: Name / Reuters", "Credit: Reuters/Name", a credit line on
// its own line of a caption), end credits ("X contributed to this report", "This article
// originally appeared in X", an agency name alone on a line) and copyright lines naming
// the syndicator (kind `copyright`). Photo credits are recognised by an agency or picture
// desk, a slash between names, or a label ("Photo:"), never by position alone.

import {
  type AttributionRule,
  AGENCY,
  CAP,
  DATE_SEP,
  LINE_START,
  NAME,
  NAMES,
  PHOTO_ORG,
  PLACE_CAPS,
  PLACE_TITLE,
  SENT_END,
  both,
  r,
} from './attribution-patterns.js';

// A photo credit's own words after an agency: "(AP Photo/…)", "(AFP file photo)".
const PHOTO_WORDS = '(?:\\s+(?:[Pp]hoto|[Ff]ile(?: [Pp]hoto)?|Images|Pool|[Hh]andout))*';
const LABEL =
  '(?:(?:Photo|Image|Picture|Video)\\s+)?(?:Photo(?:graph)?|Image|Picture|Video|Credit|Illustration|Graphic)s?';
// A photographer's name in wire capitals before the agency, without a slash: "JACK GUEZ AFP".
const CAPS_NAME = "(?:\\p{Lu}[\\p{Lu}.'’-]+\\s+){1,4}";
// Where a credit line may start: a line start, or after a sentence end in a caption.
const CREDIT_START = `(?:${LINE_START}|(?<=[.!?”")]\\s{1,3}))`;
const LINE_END = '[ \\t.]*(?=\\n|$)';
// After a timestamp on the same line: "Updated: July 12, 2004, 12:57 PM ET news services".
const AFTER_TIME = '(?<=(?:\\d|\\b(?:AM|PM|am|pm|ET|GMT|UTC|EST|EDT|BST|CET))\\s+)';
// A name in a credit may be all capitals or mixed case ("GREG BAKER", "Jane Doe").
const WHO = `${NAME}`;
// Words that open a line like "By NAME" but name a time, not an author.
const NOT_TIME =
  '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Contrast|Comparison|Law|Noon|Midnight|Nightfall|Dawn|Early|Late|Christmas|Easter)\\b)';

/** Header rules: bylines and datelines, tried before every other rule. */
export const HEADER_RULES: readonly AttributionRule[] = [
  {
    name: 'byline',
    kind: 'byline',
    // a name follows "by" and opens with a capital: "by the river" cannot be a byline
    cue: both(/\b[Bb]y\b/, '[Bb]y\\s+[^\\sa-z]'),
    re: r(
      `(?:${LINE_START}(?<cue>(?:(?:Written|Reported|Story|Words|Text|Compiled|Interviews?) )?[Bb]y)\\s+${NOT_TIME}(?<src>${NAMES})${SENT_END}|(?:(?<=[\\p{L}.]\\s)(?<cue2>By)|(?<=\\d[.,]?\\s)(?<cue3>[Bb]y))\\s+${NOT_TIME}(?<src2>${NAMES})(?=(?:,[^\\n]{0,60})?[ \\t]*(?:\\n|$)))`,
    ),
  },
  {
    // "BEIJING —", "PORT ELLIS, Maine (Harbor Press Agency) —", "Paris (AFP) —", "(AP) -".
    // The agency credit is its own group: findAttributions reports it as a separate credit,
    // so a reprint that adds or strips "(AFP)" shows a credit added or dropped.
    name: 'dateline',
    kind: 'dateline',
    re: r(
      `^(?<src>${PLACE_CAPS}|${PLACE_TITLE}(?=\\s*\\((?:${AGENCY})\\)))(?:\\s*\\((?<credit>${AGENCY}|[\\p{Lu}][\\p{L} ]{1,30})\\))?${DATE_SEP}\\s`,
    ),
  },
  {
    // "(Newser) – It was …": the agency credit of a dateline whose place was cut.
    name: 'dateline credit',
    kind: 'credit',
    re: r(`^\\((?<src>${AGENCY}|[\\p{Lu}][\\p{L} ]{1,30})\\)${DATE_SEP}\\s`),
  },
];

/** Credit rules, most specific first (see the module comment). */
export const CREDIT_RULES: readonly AttributionRule[] = [
  {
    name: 'photo credit',
    cue: /[(/:]|Getty|Images|[Pp]hoto|\bvia\b|\b[A-Z]{2,}\s*$|^\w+$/m,
    kind: 'credit',
    re: r(
      [
        // "(Photo: Reuters)", "(Photo by Jane Doe/Reuters)".
        `\\((?<cue>${LABEL})(?:\\s*:\\s*|\\s+by\\s+)(?<src>[^)\\n]{2,80})\\)`,
        // "(AP Photo/Jane Doe)", "(Jane Doe/Outlet via AFP)", "(AFP file photo by Jane Doe)".
        `\\((?=[^()\\n]{0,90}(?:\\/|\\bvia\\b|[Pp]hoto|Images|\\bfile\\b|Pool))(?<src2>(?:[^()\\n]{0,60}?[\\s/])?(?:${PHOTO_ORG})${PHOTO_WORDS}(?:\\s*\\/\\s*[^()\\n]{1,60}|\\s+by\\s+${WHO})?)\\)`,
        // "(Jane Doe/The Daily Courier)": two names across a slash.
        `\\((?<src3>${WHO}\\s*\\/\\s*${WHO}(?:\\s+via\\s+${NAME})?)\\)`,
        // "Photo: Jane Doe / Reuters", "Credit: REUTERS/Jane Doe" on a line of its own.
        `${CREDIT_START}(?<cue2>${LABEL})(?:\\s*:\\s*|\\s+by\\s+)(?<src4>[^\\n()]{2,80}?)${LINE_END}`,
        // "AFP / GREG BAKER", "Jane Doe/Getty Images", "Getty Images", "Jane Doe/AFP via Getty",
        // "AP file photo by Jane Doe".
        `${CREDIT_START}(?<src5>(?:${WHO}\\s*\\/\\s*|${CAPS_NAME})?(?:${PHOTO_ORG})${PHOTO_WORDS}(?:\\s*\\/\\s*${WHO}|\\s+by\\s+${WHO})?(?:\\s+via\\s+(?:${PHOTO_ORG})${PHOTO_WORDS})?)${LINE_END}`,
        // "Jane Doe/Flickr, CC BY": a name and an outlet across a slash ending a line.
        `${CREDIT_START}(?<src6>${WHO}\\s*\\/\\s*${WHO}(?:,\\s*CC[ -]BY(?:[ -](?:SA|ND|NC))*(?:\\s*[\\d.]+)?)?)${LINE_END}`,
        // "(image) released by News Y via Yonhap", "provided by the Coast Guard via AP".
        `\\b(?<cue3>(?:released|provided|distributed|handed out|supplied) by)\\s+(?<src7>(?:the\\s+)?${NAME}\\s+via\\s+(?:${PHOTO_ORG}))`,
      ].join('|'),
    ),
  },
  {
    name: 'agency in parentheses',
    kind: 'credit',
    cue: /\(/,
    re: r(`\\((?<src>${AGENCY})\\)`),
  },
  {
    // "(The Washington Post)" closing a paragraph: the credit of a photo or video caption.
    name: 'credit in parentheses',
    cue: /\)\s*$/,
    kind: 'credit',
    re: r(`\\((?<src>${NAME})\\)\\s*$`),
  },
  {
    name: 'credit after a dash',
    cue: /[—–]/,
    kind: 'credit',
    re: r(`(?<cue>—|–)\\s*(?<src>${AGENCY}|${CAP}(?:\\s+${CAP}){0,3})\\s*$`),
  },
  {
    name: 'contributed to this report',
    cue: /contributed/,
    perSentence: true,
    kind: 'credit',
    re: r(
      `(?<src>${NAMES})\\s+(?<cue>contributed(?: reporting)?(?: to this (?:report|story|article))?)(?=[\\s.;]|$)`,
    ),
  },
  {
    // "Reporting by Anna Visser; Editing by …", "Additional reporting by Reuters".
    name: 'reporting by',
    cue: /[Rr]eporting by/,
    kind: 'credit',
    re: r(`(?<cue>(?:[Aa]dditional )?[Rr]eporting by)\\s+(?<src>${NAMES})`),
  },
  {
    name: 'originally appeared',
    cue: /[Oo]riginally|first/,
    kind: 'credit',
    re: r(
      `(?<cue>(?:[Tt]his (?:article|story|report|piece|column|post) (?:was )?|${LINE_START}[Oo]riginally )(?:(?:originally|first) )?(?:appeared|published|ran|posted)(?: in| on| by| at)?)\\s+(?<src>[^.\\n]{2,60})`,
    ),
  },
  {
    // "© 2024 The Associated Press. All rights reserved.", "Copyright 2024 Reuters".
    name: 'copyright',
    cue: /©|\([Cc]\)|[Cc]opyright/,
    kind: 'copyright',
    re: r(
      `(?<cue>(?:©|\\([Cc]\\))(?:\\s*[Cc]opyright)?|[Cc]opyright(?:\\s*©)?)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*,?\\s*)?(?<src>(?:[Tt]he\\s+)?(?!All\\b)${CAP}(?:\\s+(?:(?:of|and|&)\\s+)?(?!All\\b|rights\\b)${CAP}){0,6})`,
    ),
  },
  {
    // An agency name alone on its line: the credit line of wire copy ("Associated Press"),
    // or the collective credits "news services", "Staff and agencies", "wire reports".
    name: 'agency line',
    kind: 'credit',
    cue: new RegExp(`${AGENCY}|services?\\b|reports\\b|[Aa]gencies`),
    re: r(
      `(?:${LINE_START}|${AFTER_TIME})(?:[Ff]rom\\s+)?(?<src>${AGENCY}(?:\\s+and\\s+(?:staff|wire)\\s+reports)?|(?:[Nn]ews|[Ww]ire)\\s+services?|[Ss]taff\\s+and\\s+(?:agencies|wire reports)|[Ww]ire\\s+reports|[Aa]gencies)${LINE_END}`,
    ),
  },
  {
    // "For the full story, see The Associated Press.", "Read the original article at X".
    name: 'full story at',
    cue: /story|article/,
    kind: 'credit',
    re: r(
      `(?<cue>[Ff]or the (?:full|complete|original) (?:story|article),?\\s+(?:see|visit|go to|read)|[Rr]ead the (?:full|complete|original) (?:story|article)(?: at| on| in)?)\\s+(?<src>(?:the\\s+)?${NAME})`,
    ),
  },
];
