// Choosing the format of an imported file: by extension first (people name their files, and the
// extension is what the file dialog filtered on), by sniffing the decoded text when the extension
// is missing or unknown.

import type { Format } from './types';

const TEXT_EXTENSIONS: Readonly<Record<string, Format>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

// Document types people are likely to try, with the phrase used in the error. Extensions of
// binary formats we sniff anyway (png, zip…) are listed too, so that a file whose content is
// not recognised but whose name says "photo.jpg" still gets a specific message.
const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'a PDF document',
  doc: 'a Word document (.doc)',
  docx: 'a Word document (.docx)',
  odt: 'an OpenDocument text document (.odt)',
  rtf: 'a Rich Text (RTF) document',
  pages: 'a Pages document',
  epub: 'an EPUB e-book',
  mobi: 'a Kindle e-book',
  azw3: 'a Kindle e-book',
  xls: 'an Excel spreadsheet',
  xlsx: 'an Excel spreadsheet',
  ppt: 'a PowerPoint presentation',
  pptx: 'a PowerPoint presentation',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  heic: 'a HEIC image',
  zip: 'a ZIP archive',
  gz: 'a compressed (gzip) file',
  mht: 'a saved web archive (.mht)',
  mhtml: 'a saved web archive (.mhtml)',
  webarchive: 'a Safari web archive',
  eml: 'an e-mail message file',
  msg: 'an Outlook message file',
};

/** The lower-case extension of a file name without the dot, or '' when there is none. */
export function extensionOf(name: string | undefined): string {
  if (!name) return '';
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a supported extension names, or null when the extension is missing or unknown. */
export function formatFromExtension(ext: string): Format | null {
  return Object.hasOwn(TEXT_EXTENSIONS, ext) ? (TEXT_EXTENSIONS[ext] ?? null) : null;
}

/** The phrase for a known-but-unsupported extension ("a PDF document"), or null. */
export function unsupportedKind(ext: string): string | null {
  return Object.hasOwn(UNSUPPORTED_EXTENSIONS, ext) ? (UNSUPPORTED_EXTENSIONS[ext] ?? null) : null;
}

/** True when text is unmistakably an HTML document: it opens with `<!doctype html` or `<html`. */
export function isHtmlSource(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 20)
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

// A sniffed file with no usable extension is HTML when it opens like HTML, possibly after an XML
// declaration or comment (saved XHTML), or has <head>/<body> tags near the top.
function sniffsAsHtml(text: string): boolean {
  if (isHtmlSource(text)) return true;
  const head = text.slice(0, 2048).toLowerCase();
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml') || start.startsWith('<!--')) return /<html[\s>]/.test(head);
  return start.startsWith('<') && /<(head|body)[\s>]/.test(head);
}

// Markdown when the first non-blank line is an ATX heading ("# Title") or there is front matter.
function sniffsAsMarkdown(text: string): boolean {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^#{1,6}[ \t]+\S/.test(start) || /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(start);
}

/** The format of decoded text whose extension said nothing. */
export function sniffFormat(text: string): Format {
  if (sniffsAsHtml(text)) return 'html';
  if (sniffsAsMarkdown(text)) return 'markdown';
  return 'text';
}
