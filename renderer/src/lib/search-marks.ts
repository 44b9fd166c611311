// Where a search's words are in a version's text, for the Reader opened from a search result.
// The words are compared as the library's search compares them (engine/text/search-fold.ts:
// case, accents and US/UK spelling folded; the last word typed is a prefix, as in db/fts-query.ts),
// so the words marked are the ones that made the version a result: "behaviour" marks "behavior".

import { searchKey } from '../../../engine/text/search-fold';

/** The words of a query as search keys: all but the last whole, the last as a prefix. */
export interface SearchTerms {
  whole: ReadonlySet<string>;
  prefix: string;
}

/** A piece of a line: plain text, or a word the search matched. */
export interface MarkedPart {
  text: string;
  match: boolean;
}

// The words of a query, split as db/fts-query.ts splits them (at most 20 words).
const QUERY_SEPARATOR = /[^\p{L}\p{N}_]+/u;
// A word of the text: letters, digits and the marks that combine with them.
const TEXT_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The query's words as search keys, or null when nothing searchable was typed. */
export function searchTerms(query: string): SearchTerms | null {
  const keys = query
    .normalize('NFC')
    .split(QUERY_SEPARATOR)
    .filter((w) => w.length > 0)
    .slice(0, 20)
    .map(searchKey);
  const prefix = keys.pop();
  if (prefix === undefined) return null;
  return { whole: new Set(keys), prefix };
}

function matches(word: string, terms: SearchTerms): boolean {
  const key = searchKey(word);
  return terms.whole.has(key) || key.startsWith(terms.prefix);
}

/** Splits one line of text into plain pieces and the words the search matched. */
export function markLine(line: string, terms: SearchTerms): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const m of line.matchAll(TEXT_WORD)) {
    const start = m.index;
    if (!matches(m[0], terms)) continue;
    if (start > at) parts.push({ text: line.slice(at, start), match: false });
    parts.push({ text: m[0], match: true });
    at = start + m[0].length;
  }
  if (at < line.length) parts.push({ text: line.slice(at), match: false });
  return parts;
}
