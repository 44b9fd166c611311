import { foldForSearch } from '../engine/text/search-fold';

/**
 * Turns what a person typed into a safe FTS5 query: every word quoted (so FTS5 operators and
 * punctuation in the input cannot break the query), all words required, the last one as a
 * prefix (when it has `prefixMinChars` letters or more: "the*" reads the index of every word
 * starting "the", which costs a library of 100,000 articles a quarter of a second). Each word
 * is spelling-folded as the indexes are (db/search-fold.ts), so "behaviour"
 * finds "behavior". Returns null when nothing searchable remains.
 */
export function toFtsQuery(input: string, prefixMinChars = 1): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 20)
    .map(foldForSearch);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const prefix = i === words.length - 1 && w.length >= prefixMinChars;
      return `"${w.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}
