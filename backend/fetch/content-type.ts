// Reading a response's Content-Type: the media type decides whether Retold reads the body at
// all (before downloading it), and the charset parameter is the server's word on the encoding.
import { canonicalEncoding } from '../ingest/decode';

/** Media types Retold reads as articles. Anything else is refused before its body is read. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** A parsed Content-Type: the lower-case media type and the canonical charset, if any. */
export interface ContentType {
  mediaType: string | null;
  charset: string | null;
}

/** Parses a Content-Type header value (`text/html; charset="Shift_JIS"`). */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m?.[1]) charset = canonicalEncoding(m[1]);
  }
  return { mediaType, charset };
}

/**
 * True when the body is worth reading: a page type, or no type at all (ingest then sniffs the
 * bytes and refuses binary data with its own message). A wrong charset label is not a refusal.
 */
export function isPageType(mediaType: string | null): boolean {
  return mediaType === null || PAGE_TYPES.has(mediaType);
}

/** The format ingest should read the body as, by media type (plain text stays plain). */
export function formatName(mediaType: string | null): string | undefined {
  if (mediaType === 'text/plain') return 'page.txt';
  if (mediaType === null) return undefined;
  return 'page.html';
}
