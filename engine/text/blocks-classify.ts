// Block kinds. Scraped and pasted articles carry page furniture: share-button lists,
// repeated headlines, subscribe and login prompts, ad placeholders, logo text, photo and video
// captions with credits. Furniture is marked, never cut, and never reported as added content.
// The rules are deliberately conservative: calling a body paragraph furniture would hide
// content from the comparison, which is worse than showing a stray "Read more".

import { foldTypography } from './normalize.js';
import type { Span } from './segment.js';
import type { BlockKind } from '../types.js';

const SOCIAL =
  /^(?:[•·▪◦‣●■*+-]\s*)?(?:facebook|twitter|x|reddit|flipboard|e-?mail|whatsapp|linkedin|pinterest|print|telegram|messenger|copy link|share|tweet|pocket|tumblr|sms)$/i;
const FURNITURE_LINE =
  /^(?:share(?: this(?: post| article| story)?| on \w+)?|read more|related(?: articles| stories)?|advertisement|sponsored(?: content)?|continue reading|sign up|log ?in|sign in|subscribe(?: now)?|comments?|leave a comment|print this(?: article| page)?|back to top|skip to(?: main)? content|most (?:read|popular)|follow us.*|listen to (?:this )?article|loading\W*)[.:!]?$/i;
const PROMPT =
  /\bsubscribe to\b|\bsign up for\b|\bnewsletter\b|\balready a (?:member|subscriber)\b|\bbecome a (?:member|subscriber)\b|\bsupport (?:our|independent) journalism\b|\bcookies?\b.*\baccept\b/i;
const AD = /\b(?:adsense|advertisement|advert)\b|\b\d{2,4}\s*[x×]\s*\d{2,4}\b/i;
const LOGO = /\blogo\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;

const CREDIT_PAREN =
  /\((?:[^()]*\b(?:photo|photos|video|post|times|images?|press|reuters|ap|afp|getty|epa|bloomberg|file|handout|courtesy|credit|xinhua)\b[^()]*)\)\s*$/i;
// "AFP / JANE DOE" closing a caption: the name after the slash is a few words, never a
// sentence, so a long paragraph that merely contains a slash credit is not matched.
const CREDIT_SLASH =
  /\b(?:AFP|AP|REUTERS|Reuters|EPA|GETTY IMAGES|Getty Images|XINHUA|Xinhua|ANP|DPA)\s*[/|]\s*[^/\s][^/.!?]{0,60}$/;
// "(The Washington Post)": an outlet credit closing a photo or video caption.
const CREDIT_OUTLET = /\(The(?:\s+\p{Lu}[\p{L}.&-]*){1,4}\)\s*$/u;
const CAPTION_START = /^(?:photo|image|video|picture|pictured|caption|file photo|watch)\s*[:|-]/i;
const BYLINE_ROLE =
  /\b(?:editor|reporter|correspondent|staff writer|writer|contributor|columnist|news desk)\b/i;
const DATE_WORDS = new Set(
  (
    'published updated posted last modified at on est edt gmt utc et pt pst pdt bst cet ist ' +
    'am pm a.m. p.m. monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun'
  ).split(' '),
);

/** Thresholds of block classification, in one place. */
export const BLOCKS = {
  /**
   * Most words a caption has. Photo captions run one to three sentences; a one-paragraph
   * article that ends in a photo credit ("… AFP / JANE DOE") is body, and as a caption it
   * would score nothing.
   */
  captionMaxWords: 60,
  /** Most words a headline has; wire headlines rarely pass 20. */
  titleMaxWords: 25,
  /**
   * Most words of a section label or kicker ("World", "Middle East") standing above the
   * headline: a short title-like line directly followed by a longer one is that label.
   */
  labelMaxWords: 2,
} as const;

// A line that ends like a sentence: a period, comma, colon or semicolon, possibly behind
// closing quotes or brackets. A lead paragraph ending in `.”` ends a sentence too; treating
// `”` as the last character made such leads look like headlines.
const SENTENCE_END = /[.,;:…]['"\u201D\u2019\u00BB)\]]*$/u;
// An inner sentence boundary: terminal mark, optional closing quote, space, capital. Headlines
// are one sentence (abbreviations like "U.S. Senate" can trip this; such lines then count as
// body, the safe side: body is compared and searched for credits and quotes).
const INNER_SENTENCE_END = /\p{Ll}[.!?]['"\u201D\u2019]?\s+['"\u201C\u2018]?\p{Lu}/u;

// An ASCII letter or digit settles most pieces without the slower Unicode-class test.
const ASCII_ALNUM = /[A-Za-z0-9]/;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => ASCII_ALNUM.test(w) || /[\p{L}\p{N}]/u.test(w));
}

/** True for a code unit that `\s` matches (the separators of wordsOf's split). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `wordsOf(text).length` without building the list: the whitespace-separated pieces that hold
 * an ASCII letter or digit, or (tested only then) any Unicode letter or number.
 */
function wordCount(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i += 1;
    const start = i;
    let ascii = false;
    let wide = false;
    for (; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (isSpaceUnit(c)) break;
      if (c >= 128) wide = true;
      else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii = true;
    }
    if (ascii || (wide && /[\p{L}\p{N}]/u.test(text.slice(start, i)))) n += 1;
  }
  return n;
}

/**
 * What the rules read of a block. Most rules need only its word count, so the word list and
 * the typography-folded key (a copy of the block each) are made on first use: a long article
 * would otherwise copy its whole text twice here.
 */
class Info {
  readonly text: string;
  readonly wordCount: number;
  #words: string[] | undefined;
  #key: string | undefined;

  constructor(text: string) {
    this.text = text;
    this.wordCount = wordCount(text);
  }

  /** The words (whitespace-separated pieces with a letter or digit). */
  get words(): string[] {
    return (this.#words ??= wordsOf(this.text));
  }

  /** The typography-folded, trimmed text: what a repeated headline is recognised by. */
  get key(): string {
    return (this.#key ??= foldTypography(this.text).trim());
  }
}

function isBoilerplate(b: Info): boolean {
  const n = b.wordCount;
  if (SOCIAL.test(b.text) || FURNITURE_LINE.test(b.text) || COPYRIGHT.test(b.text)) return true;
  if (n <= 25 && PROMPT.test(b.text)) return true;
  if (n <= 6 && (AD.test(b.text) || LOGO.test(b.text))) return true;
  // A lone word with no punctuation ("Clicky", a tracker's noscript text) is not a paragraph.
  return n === 1 && !/[.!?]$/.test(b.text);
}

/**
 * A copyright line that names its holder ("© Provided by The Canadian Press", "© 2024 The
 * Associated Press. All rights reserved.") says who syndicated the story: a credit to judge,
 * kept as a byline-like block. One that names nobody ("© 2024. All rights reserved.") is furniture.
 */
function isCopyrightCredit(b: Info): boolean {
  if (!COPYRIGHT.test(b.text) || b.wordCount > BLOCKS.titleMaxWords) return false;
  const rest = b.text.replace(/©|\(c\)|copyright|all rights reserved|\d+/gi, '');
  return /\p{Lu}\p{L}/u.test(rest);
}

function isCaption(b: Info): boolean {
  if (b.wordCount > BLOCKS.captionMaxWords) return false;
  return [CREDIT_PAREN, CREDIT_OUTLET, CREDIT_SLASH, CAPTION_START].some((re) => re.test(b.text));
}

function isByline(b: Info, index: number): boolean {
  if (index > 6 || b.wordCount > 8 || /[.!?]$/.test(b.text)) return false;
  return /^by\s/i.test(b.text) || BYLINE_ROLE.test(b.text);
}

function isDateline(b: Info): boolean {
  if (b.wordCount === 0 || b.wordCount > 10) return false;
  const hasDate = /\d/.test(b.text) && /\b(?:19|20)\d\d\b|\d:\d\d/.test(b.text);
  return (
    hasDate &&
    b.words.every((w) => {
      const t = w.toLowerCase().replace(/[,.:;|]+$/, '');
      return (
        /\d/.test(t) ||
        DATE_WORDS.has(t) ||
        /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(t)
      );
    })
  );
}

/** A title candidate: short, one sentence, and not ending like a sentence of body text. */
function looksLikeTitle(b: Info): boolean {
  const n = b.wordCount;
  if (n < 2 || n > BLOCKS.titleMaxWords) return false;
  return !SENTENCE_END.test(b.text) && !INNER_SENTENCE_END.test(b.text);
}

/** A section label or kicker ("World", "TRUMPETED ARRIVAL"): a very short title-like line right above a longer one. */
function isSectionLabel(b: Info, next: Info | undefined): boolean {
  if (next === undefined || b.wordCount > BLOCKS.labelMaxWords) return false;
  if (!looksLikeTitle(next) || next.wordCount <= b.wordCount) return false;
  return !isByline(next, 0) && !isDateline(next) && !isCaption(next);
}

/**
 * The metadata title, when some block repeats it. A title from metadata that no block
 * carries (an ingest that took a section label or a timestamp for the title) must not stop
 * the real headline from being recognised.
 */
function givenTitleKey(infos: Info[], givenTitle: string | null): string | null {
  if (givenTitle === null) return null;
  const key = foldTypography(givenTitle).trim();
  return infos.some((b) => b.key === key) ? key : null;
}

/** First-pass kind of each block, from its own text and position. */
function ownKinds(infos: Info[], givenTitle: string | null): BlockKind[] {
  let titleKey = givenTitleKey(infos, givenTitle);
  let titleSeen = false;
  let seenBody = false;
  return infos.map((b, i) => {
    if (isCopyrightCredit(b)) return 'byline';
    if (isBoilerplate(b)) return 'boilerplate';
    if (titleKey !== null && b.key === titleKey) {
      // The headline repeated further down the page (next to share buttons) is furniture.
      if (titleSeen) return 'boilerplate';
      titleSeen = true;
      return 'title';
    }
    if (isCaption(b)) return 'caption';
    if (!seenBody && isDateline(b)) return 'dateline';
    if (!seenBody && isByline(b, i)) return 'byline';
    if (!seenBody && titleKey === null && looksLikeTitle(b)) {
      // A kicker or section label is a title line too, but the headline below it is the title.
      if (isSectionLabel(b, infos[i + 1])) return 'title';
      titleKey = b.key;
      titleSeen = true;
      return 'title';
    }
    seenBody = true;
    return 'body';
  });
}

/** Context rules: caption first lines, short lines in the trailing furniture zone. */
function contextKinds(infos: Info[], kinds: BlockKind[]): void {
  // A line that repeats the start of the caption that follows it is that caption's first line.
  for (let i = 0; i < infos.length - 1; i += 1) {
    const next = infos[i + 1];
    const cur = infos[i];
    if (cur && next && kinds[i] === 'body' && kinds[i + 1] === 'caption') {
      if (next.key.startsWith(cur.key) && !/[.!?]$/.test(cur.text)) kinds[i] = 'caption';
    }
  }
  // Short lines between furniture at the very end of the page belong to the furniture.
  let allFurnitureAfter = true;
  for (let i = infos.length - 1; i > 0; i -= 1) {
    const cur = infos[i];
    if (cur === undefined) continue;
    if (kinds[i] === 'body' && allFurnitureAfter && cur.wordCount <= 15) {
      if (kinds[i - 1] === 'boilerplate' && i < infos.length - 1) kinds[i] = 'boilerplate';
    }
    if (kinds[i] === 'body') allFurnitureAfter = false;
  }
}

/**
 * Gives each block a kind: body, title, byline, dateline, caption or boilerplate.
 * `givenTitle` (from metadata) marks blocks that repeat it as titles.
 */
export function classifyBlocks(
  text: string,
  blocks: readonly Span[],
  givenTitle: string | null = null,
): BlockKind[] {
  const infos: Info[] = blocks.map((b) => {
    return new Info(text.slice(b.start, b.end));
  });
  const kinds = ownKinds(infos, givenTitle);
  contextKinds(infos, kinds);
  return kinds;
}
