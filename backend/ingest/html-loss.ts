// Does the extracted article hold the page's main text? Readability (or our fallback) decides
// what the article is; when it leaves out a large share of what a reader sees in the page's main
// content, the import still succeeds but says so, instead of silently keeping a partial article
// (issue 9: a page lost 3 of its 10 paragraphs without a word).
//
// The page's visible text is html-visible's reading of it: blocks outside script, style, nav,
// header, footer, aside, forms and controls. Only prose counts (paragraphs of at least
// LOSS.minParagraphWords words), since menus, teasers and captions are meant to be left out.
// A paragraph's share kept is the share of its word pairs found anywhere in the extraction;
// pairs rather than single words, because the words of a dropped paragraph ("council", "ferry")
// usually occur elsewhere in the article too.
import { wordsOf } from './html-text';
import type { VisibleParagraph } from './html-visible';

/** When to warn that the extraction left out visible text. */
export const LOSS = {
  /** Visible paragraphs shorter than this (in words) are not prose: menus, labels, captions. */
  minParagraphWords: 8,
  /** Warn when at least this share of the visible prose words is missing from the extraction. */
  warnShare: 0.2,
  /** …and at least this many words: a few lost words on a short page are not worth a warning. */
  minMissingWords: 30,
} as const;

/** How much of the visible prose the extraction left out. */
export interface Loss {
  /** Words of visible prose. */
  visibleWords: number;
  /** Of those, words missing from the extraction (weighted by the share of each paragraph lost). */
  missingWords: number;
}

function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Measures what share of the page's visible prose is missing from `extracted`. */
export function measureLoss(visible: readonly VisibleParagraph[], extracted: string): Loss {
  const kept = new Set(pairsOf(wordsOf(extracted.toLowerCase())));
  let visibleWords = 0;
  let missingWords = 0;
  for (const paragraph of visible) {
    const words = wordsOf(paragraph.text.toLowerCase());
    if (words.length < LOSS.minParagraphWords) continue;
    const pairs = pairsOf(words);
    const found = pairs.filter((pair) => kept.has(pair)).length;
    visibleWords += words.length;
    missingWords += words.length * (1 - found / pairs.length);
  }
  return { visibleWords, missingWords: Math.round(missingWords) };
}

/** True when the loss is large enough to tell the person (see LOSS). */
export function isLargeLoss(loss: Loss): boolean {
  return (
    loss.missingWords >= LOSS.minMissingWords &&
    loss.missingWords >= loss.visibleWords * LOSS.warnShare
  );
}
