import { createHash } from 'node:crypto';

/**
 * The content hash that decides "the same text is already in this story". It is taken over
 * the text with Unicode normalised (NFC), runs of whitespace collapsed and the ends trimmed,
 * so the same article pasted with an extra trailing newline, or imported once as a file and
 * once pasted, is recognised; any change of words or punctuation gives a new hash.
 */
export function contentHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
