// The size limit and the user-facing error messages of ingest, kept together so their wording
// stays consistent: each names the file when we know it, says what is wrong, and where it can,
// what to do about it. No message carries a stack trace or an errno code.
import { AppError } from '../../contract/errors';

/** The largest article Retold imports, in bytes (a file, or a pasted string as UTF-8). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What the user handed us: a named file, or pasted text (name undefined). */
export interface Source {
  name?: string;
  pasted: boolean;
}

/** "50.3 MB": one decimal, binary megabytes, matching how the 20 MB limit is computed. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The subject of a sentence about the source: `"notes.txt"`, `The pasted text`, or `This file`. */
function subject(source: Source): string {
  if (source.name) return `“${source.name}”`;
  return source.pasted ? 'The pasted text' : 'This file';
}

/** AppError('too_large') for a file or paste over MAX_IMPORT_BYTES. */
export function tooLarge(source: Source, bytes: number): AppError {
  return new AppError(
    'too_large',
    `${subject(source)} is ${formatMegabytes(bytes)}; Retold imports articles up to 20 MB.`,
  );
}

/** AppError('not_text') for a recognised binary format: "This looks like a PNG image, not an article." */
export function looksLike(source: Source, kind: string): AppError {
  const who = source.name ? `“${source.name}”` : 'This';
  return new AppError('not_text', `${who} looks like ${kind}, not an article.`);
}

/** AppError('not_text') for binary data of no type we recognise. */
export function binaryData(source: Source): AppError {
  const who = source.name ? `“${source.name}”` : 'This file';
  return new AppError('not_text', `${who} is not text (it contains binary data).`);
}

/** AppError('not_text') for a known document type we do not read, chosen by its extension. */
export function unsupportedType(source: Source, kind: string): AppError {
  return new AppError(
    'not_text',
    `${subject(source)} is ${kind}. Retold imports plain text, Markdown and HTML: ` +
      'save or export the article as plain text (.txt) and import that.',
  );
}

/** AppError('empty') for text with nothing but whitespace in it. */
export function emptyText(source: Source): AppError {
  if (source.pasted && !source.name) return new AppError('empty', 'The pasted text is empty.');
  return new AppError('empty', `${subject(source)} is empty: there is no text in it to import.`);
}

/** AppError('empty') for an HTML page whose body has no text at all. */
export function emptyPage(source: Source): AppError {
  return new AppError('empty', `${subject(source)} is a web page with no text in it.`);
}

/** AppError('no_article') for an HTML page with too little text to be an article. */
export function noArticle(source: Source): AppError {
  return new AppError(
    'no_article',
    `Retold could not find an article in ${subject(source).replace(/^T/, 't')}: the page has ` +
      'too little text (it may be a login, cookie or index page). Try copying the article ' +
      'text and pasting it instead.',
  );
}

/** AppError('unreadable') for anything unexpected while reading or decoding. */
export function unexpected(source: Source): AppError {
  const what = source.name ? `“${source.name}”` : source.pasted ? 'the pasted text' : 'this file';
  return new AppError(
    'unreadable',
    `Retold could not read ${what}: something unexpected went wrong while reading it.`,
  );
}

/** AppError('unreadable') for a page whose reading ran over the import time limit. */
export function gaveUp(source: Source, seconds: number): AppError {
  const what = source.name ? `“${source.name}”` : source.pasted ? 'the pasted page' : 'this page';
  return new AppError(
    'unreadable',
    `Retold gave up reading ${what} after ${seconds} s: its HTML is too tangled to extract the ` +
      'article. Try saving the page as text (.txt), or copy the article text and paste it instead.',
  );
}

/** The warning for an article that leaves out much of what the page shows (html-loss.ts). */
export function extractionLoss(
  source: Source,
  loss: { visibleWords: number; missingWords: number },
): string {
  const what = source.name ? `“${source.name}”` : source.pasted ? 'the pasted page' : 'this page';
  const share = Math.round((100 * loss.missingWords) / loss.visibleWords);
  return (
    `Part of the article in ${what} may be missing: the text Retold extracted leaves out about ` +
    `${share}% of the text the page shows (${loss.missingWords} of ${loss.visibleWords} words). ` +
    'Compare it with the page; if text is missing, copy the article and paste it instead.'
  );
}

/** AppError('unreadable') for a page whose reading ran out of the import worker's memory. */
export function outOfMemory(source: Source): AppError {
  const what = source.name ? `“${source.name}”` : source.pasted ? 'the pasted page' : 'this page';
  return new AppError(
    'unreadable',
    `Retold ran out of memory reading ${what}: the page is too big or too tangled to extract. ` +
      'Try saving the page as text (.txt), or copy the article text and paste it instead.',
  );
}
