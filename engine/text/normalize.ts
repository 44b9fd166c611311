// Normalization layers. The raw text is never changed: these folds only produce comparison
// keys, so a folded difference is still visible and reported with class `typography` or
// `spelling` (see engine/classify.ts). Layer 1 (typography) folds Unicode forms, quotes and
// apostrophes, dashes, spaces, soft hyphens and ellipses; layer 2 (spelling, optional) folds
// US/UK variants and in-word hyphens; case folding is an option on top of either.

import { foldSpellingWord } from './spelling.js';

/** Options that decide which folds make two tokens "the same" when matching. */
export interface FoldOptions {
  ignoreCase: boolean;
  foldSpelling: boolean;
}

// Single and double quote look-alikes, including primes and guillemets, which scraped text
// often uses in place of quotation marks.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/g;
// Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus sign.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0]+/g;

// Fast paths: most text is ASCII with curly quotes and dashes, and NFKC (an ICU call that
// copies the string) or six regex passes over it change nothing there. PLAIN is printable
// ASCII but the backtick, which no step below changes unless spaces or hyphens run on.
// NFKC_STABLE excludes every code unit from U+00A0 on but the curly quotes and en/em dashes:
// all kept are their own NFKC form and none is a combining mark, so NFKC is the identity.
const PLAIN = /^[\x20-\x5F\x61-\x7E]*$/;
const NFKC_STABLE = /^[^\u00A0-\u2012\u2015-\u2017\u201A\u201B\u201E-\uFFFF]*$/;

/**
 * Typography fold (layer 1): NFKC (which also turns "…" into "..." and no-break spaces into
 * spaces), then quotes, apostrophes and dashes to their ASCII forms, invisible characters
 * removed and runs of spaces collapsed. Case is kept.
 */
export function foldTypography(s: string): string {
  if (PLAIN.test(s) && !s.includes('  ') && !s.includes('--')) return s;
  return (NFKC_STABLE.test(s) ? s : s.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/-{2,}/g, '-')
    .replace(SPACES, ' ');
}

/** Re-applies the case pattern of `model` (ALL CAPS, Capitalized or lower) to `folded`. */
function recase(model: string, folded: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) {
    return folded.toUpperCase();
  }
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return folded.charAt(0).toUpperCase() + folded.slice(1);
  return folded;
}

/** The spelling layer on top of typography, keeping the token's case pattern. */
export function foldSpelling(typographyFolded: string): string {
  const lower = typographyFolded.toLowerCase();
  const folded = foldSpellingWord(lower);
  return folded === lower ? typographyFolded : recase(typographyFolded, folded);
}

/**
 * The matching key of a raw token under the given options: two tokens with the same key
 * count as the same word for alignment and diffing.
 */
export function tokenKey(raw: string, options: FoldOptions): string {
  let key = foldTypography(raw);
  if (options.foldSpelling) key = foldSpelling(key);
  return options.ignoreCase ? key.toLowerCase() : key;
}

/** The fold layer that makes two differing raw tokens equal, or null when none does. */
export function foldLayer(a: string, b: string): 'typography' | 'spelling' | null {
  const ta = foldTypography(a).toLowerCase();
  const tb = foldTypography(b).toLowerCase();
  if (ta === tb) return 'typography';
  return foldSpellingWord(ta) === foldSpellingWord(tb) ? 'spelling' : null;
}
