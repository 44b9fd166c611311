/**
 * Ingest: turning what the user imports (pasted text, a file's bytes) into article text with its
 * encoding, format and metadata. Every failure is an AppError with a message for a person:
 * binary files and unsupported documents → 'not_text', nothing in it → 'empty', over 20 MB →
 * 'too_large', an HTML page without an article → 'no_article', anything unexpected → 'unreadable'.
 */
import { AppError } from '../../contract/errors';
import { decodeBytes, guessUtf16, detectBom, normalizeNewlines } from './decode';
import {
  extensionOf,
  formatFromExtension,
  isHtmlSource,
  sniffFormat,
  unsupportedKind,
} from './formats';
import { extractHtml } from './html-extract';
import {
  MAX_IMPORT_BYTES,
  binaryData,
  emptyText,
  looksLike,
  tooLarge,
  unexpected,
  unsupportedType,
  type Source,
} from './messages';
import { looksBinary, sniffBinaryKind, textLooksBinary } from './sniff';
import { textMeta } from './text-meta';
import type { Format, Ingested } from './types';

export { MAX_IMPORT_BYTES } from './messages';
export { readImportFile } from './read-file';
export type { Format, IngestMeta, Ingested } from './types';

/**
 * What to import: pasted `text`, or a file's `bytes` with its `name`. `charset` is the encoding
 * a web server declared for `bytes` (URL import), canonical (see decodeBytes).
 */
export interface IngestInput {
  name?: string;
  bytes?: Uint8Array;
  text?: string;
  charset?: string | null;
}

/** Text (already decoded) → Ingested, for all three formats. */
function fromText(
  decoded: string,
  raw: { rawBytes: Uint8Array; encoding: string; format: Format; source: Source },
): Ingested {
  const { rawBytes, encoding, format, source } = raw;
  const text = normalizeNewlines(decoded);
  if (!/\S/.test(text)) throw emptyText(source);
  if (format === 'html') {
    const article = extractHtml(text, { source });
    const { text: articleText, meta, warnings } = article;
    return { text: articleText, rawBytes, encoding, format, meta, warnings };
  }
  const meta = textMeta(text, format === 'markdown');
  return { text, rawBytes, encoding, format, meta, warnings: [] };
}

function ingestPaste(text: string): Ingested {
  const source: Source = { pasted: true };
  // Cheap upper bound first (UTF-8 needs at most 3 bytes per UTF-16 unit), exact count after.
  if (text.length * 3 > MAX_IMPORT_BYTES) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_IMPORT_BYTES) throw tooLarge(source, size);
  }
  const rawBytes = new TextEncoder().encode(text);
  const format: Format = isHtmlSource(text) ? 'html' : 'text';
  // A pasted string can carry a BOM (copied from a file); decoded files have lost theirs already.
  return fromText(text.replace(/^\uFEFF/, ''), { rawBytes, encoding: 'utf-8', format, source });
}

function ingestFile(
  name: string | undefined,
  bytes: Uint8Array,
  charset: string | null = null,
): Ingested {
  const source: Source = { name: name?.split(/[\\/]/).pop() || undefined, pasted: false };
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(source, bytes.length);

  const binaryKind = sniffBinaryKind(bytes);
  if (binaryKind) throw looksLike(source, binaryKind);
  const ext = extensionOf(name);
  const unsupported = unsupportedKind(ext);
  if (unsupported) throw unsupportedType(source, unsupported);
  if (bytes.length === 0) throw emptyText(source);

  // UTF-16 is full of NUL bytes, so the byte-level binary test only applies to other encodings.
  const utf16 = detectBom(bytes)?.encoding.startsWith('utf-16') || guessUtf16(bytes) !== null;
  if (!utf16 && looksBinary(bytes)) throw binaryData(source);

  const byExtension = formatFromExtension(ext);
  const html = byExtension === null || byExtension === 'html';
  const decoded = decodeBytes(bytes, { html, charset });
  if (textLooksBinary(decoded.text)) throw binaryData(source);
  const format = byExtension ?? sniffFormat(decoded.text);
  return fromText(decoded.text, { rawBytes: bytes, encoding: decoded.encoding, format, source });
}

/**
 * Imports pasted text (`text`; treated as HTML when it starts with `<!doctype html` or `<html`)
 * or a file (`bytes` and `name`; the format comes from the extension, or from sniffing when the
 * extension is missing or unknown). Resolves to the article text, the bytes as imported, the
 * encoding, the format and metadata; rejects only with AppError.
 */
export async function ingest(input: IngestInput): Promise<Ingested> {
  const source: Source = { name: input.name, pasted: input.bytes === undefined };
  try {
    if (input.bytes !== undefined && input.text !== undefined) {
      throw new AppError('bad_input', 'Import either pasted text or a file, not both at once.');
    }
    if (input.bytes !== undefined) return ingestFile(input.name, input.bytes, input.charset);
    if (input.text !== undefined) return ingestPaste(input.text);
    throw new AppError(
      'bad_input',
      'There is nothing to import: paste some text or choose a file.',
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unexpected(source);
  }
}
