// The shapes ingest returns, in their own module so that every ingest module can use them
// without importing index.ts (which imports them all).
import type { TextSketch } from '../../db/sketch';

/** The formats ingest produces. */
export type Format = 'text' | 'markdown' | 'html';

/** What the import says about itself; null where unknown. */
export interface IngestMeta {
  /** og:title, JSON-LD headline or <title> for HTML; a headline-like first line for text. */
  title: string | null;
  /** author meta, article:author, JSON-LD author or the page's byline. */
  byline: string | null;
  /** og:site_name, application-name or JSON-LD publisher. */
  outlet: string | null;
  /** ISO 8601: a date ("2019-11-28"), a local time without zone, or a UTC time ending in "Z". */
  published: string | null;
  /** Canonical link or og:url (absolute http/https only). */
  url: string | null;
}

/** An imported article. */
export interface Ingested {
  /**
   * The article text. Plain text and Markdown: the decoded content with a leading BOM removed
   * and CRLF/CR turned into LF, nothing else changed. HTML: the extracted article text with
   * paragraphs separated by blank lines.
   */
  text: string;
  /** The bytes as imported (for a paste: the UTF-8 encoding of the pasted string). */
  rawBytes: Uint8Array;
  /** Encoding label: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', … */
  encoding: string;
  /** How the text was read. */
  format: Format;
  /** Metadata found in the import. */
  meta: IngestMeta;
  /** What the person should know about the import (an HTML extraction that may miss text). */
  warnings: string[];
  /** The text's hash, MinHash sketch and word count, when asked for (bulk import). */
  sketch?: TextSketch;
}
