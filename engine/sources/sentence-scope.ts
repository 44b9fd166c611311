// Sentence scope of a credit: a light sentence splitter (enough to know which words a
// credit governs), the content words of a sentence, and a binary search over sorted spans.
// A text without sentence punctuation would be one endless sentence that every rule scans
// from every offset, so a sentence longer than SCOPE.maxSentence is cut at a space.

import { foldSpelling, foldTypography } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Block } from '../types.js';

/** Limits of the sentence scope; none depends on the clock. */
const SCOPE = {
  /** Longest sentence the per-sentence rules see, in characters (real ones are far shorter). */
  maxSentence: 600,
};

/** Sentence bounds inside a paragraph, as absolute offsets. */
export interface SentenceSpan {
  start: number;
  end: number;
  block: number;
}

// Not after a title or an initial: "Dr. Amina Diallo" is one sentence.
const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|St|Jr|Sr|\p{Lu}))[.!?…]+["”’)]*\s+(?=[“"‘'(\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences (a light splitter: enough to scope a credit). */
export function sentencesOf(text: string, b: Block, block: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = b.start;
  for (const m of text.slice(b.start, b.end).matchAll(SENTENCE_END)) {
    const at = b.start + (m.index ?? 0) + m[0].length;
    pushCut(text, from, at, block, out);
    from = at;
  }
  if (from < b.end) pushCut(text, from, b.end, block, out);
  return out;
}

/** Pushes a sentence, cut at spaces into pieces of at most SCOPE.maxSentence characters. */
function pushCut(text: string, from: number, to: number, block: number, out: SentenceSpan[]) {
  let s = from;
  while (to - s > SCOPE.maxSentence) {
    const sp = text.lastIndexOf(' ', s + SCOPE.maxSentence);
    const cut = sp > s + SCOPE.maxSentence / 2 ? sp + 1 : s + SCOPE.maxSentence;
    out.push({ start: s, end: cut, block });
    s = cut;
  }
  out.push({ start: s, end: to, block });
}

/** Content key of a lower-case word, or null for none (cached: words repeat). */
const wordKeys = new Map<string, string | null>();
/** Bound of that cache, so a text of a million distinct words does not keep them all. */
const WORD_KEYS_MAX = 200_000;

function wordKey(w: string): string | null {
  let k = wordKeys.get(w);
  if (k === undefined) {
    const folded = foldSpelling(w.replace(/[.'-]+$/, '').replace(/'s$/, ''));
    k = folded.length > 1 && !STOPWORDS.has(folded) ? folded : null;
    if (wordKeys.size < WORD_KEYS_MAX) wordKeys.set(w, k);
  }
  return k;
}

/** Content words of a text: folded, lower case, spelling-folded, stopwords left out. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldTypography(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? []) {
    const k = wordKey(w);
    if (k !== null) out.add(k);
  }
  return out;
}
