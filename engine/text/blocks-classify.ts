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
const CREDIT_SLASH =
  /\b(?:AFP|AP|REUTERS|Reuters|EPA|GETTY IMAGES|Getty Images|XINHUA|Xinhua|ANP|DPA)(?:\s*[/|]\s*\S[^/]*)$/;
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

interface Info {
  text: string;
  words: string[];
  key: string;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function isBoilerplate(b: Info): boolean {
  const n = b.words.length;
  if (SOCIAL.test(b.text) || FURNITURE_LINE.test(b.text) || COPYRIGHT.test(b.text)) return true;
  if (n <= 25 && PROMPT.test(b.text)) return true;
  if (n <= 6 && (AD.test(b.text) || LOGO.test(b.text))) return true;
  // A lone word with no punctuation ("Clicky", a tracker's noscript text) is not a paragraph.
  return n === 1 && !/[.!?]$/.test(b.text);
}

function isCaption(b: Info): boolean {
  return [CREDIT_PAREN, CREDIT_OUTLET, CREDIT_SLASH, CAPTION_START].some((re) => re.test(b.text));
}

function isByline(b: Info, index: number): boolean {
  if (index > 6 || b.words.length > 8 || /[.!?]$/.test(b.text)) return false;
  return /^by\s/i.test(b.text) || BYLINE_ROLE.test(b.text);
}

function isDateline(b: Info): boolean {
  if (b.words.length === 0 || b.words.length > 10) return false;
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

/** A title candidate: short, and not ending like a sentence of body text. */
function looksLikeTitle(b: Info): boolean {
  return b.words.length > 1 && b.words.length <= 25 && !/[.,;]$/.test(b.text);
}

/** First-pass kind of each block, from its own text and position. */
function ownKinds(infos: Info[], givenTitle: string | null): BlockKind[] {
  let titleKey: string | null = givenTitle === null ? null : foldTypography(givenTitle).trim();
  let seenBody = false;
  return infos.map((b, i) => {
    if (isBoilerplate(b)) return 'boilerplate';
    if (titleKey !== null && b.key === titleKey) return 'title';
    if (isCaption(b)) return 'caption';
    if (!seenBody && isDateline(b)) return 'dateline';
    if (!seenBody && isByline(b, i)) return 'byline';
    if (!seenBody && titleKey === null && looksLikeTitle(b)) {
      titleKey = b.key;
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
    if (kinds[i] === 'body' && allFurnitureAfter && cur.words.length <= 15) {
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
    const t = text.slice(b.start, b.end);
    return { text: t, words: wordsOf(t), key: foldTypography(t).trim() };
  });
  const kinds = ownKinds(infos, givenTitle);
  contextKinds(infos, kinds);
  return kinds;
}
