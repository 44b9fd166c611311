// Recognising a list of web addresses saved as plain text (`retold import urls.txt`): a .txt
// file whose every line, blank lines and # comments aside, is an http(s) address is a list to
// fetch, not an article (no article consists of addresses alone). A .urls file is always one.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Limits of URL-list detection. */
export const URL_LIST = {
  /** Larger .txt files are articles: read only small ones to look (100,000 links fit in 8 MB). */
  maxBytes: 8 * 1024 * 1024,
} as const;

/** True for an http(s) address with nothing else on the line. */
export const isUrl = (s: string): boolean => /^https?:\/\/\S+$/i.test(s.trim());

/** True when every non-blank, non-comment line of `text` is a web address, and there is one. */
export function isUrlListText(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every(isUrl);
}

/** True for a .txt file that is a list of web addresses (see above); false when unreadable. */
export function isUrlListFile(file: string): boolean {
  if (path.extname(file).toLowerCase() !== '.txt') return false;
  try {
    if (statSync(file).size > URL_LIST.maxBytes) return false;
    return isUrlListText(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
