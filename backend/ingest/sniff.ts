// Recognising binary data before we try to decode it. We use a small magic-number table of our
// own rather than file-type: we need a phrase a person understands ("a PNG image", "a Word
// document") rather than a MIME type, the check must be synchronous and cheap, and we only care
// about formats people plausibly drop on an article importer. Anything else binary is caught by
// the generic NUL / control-character test below.

interface Magic {
  /** Byte offset of the signature. */
  offset: number;
  /** Signature bytes; null matches any byte. */
  bytes: readonly (number | null)[];
  /** Phrase for "This looks like …, not an article." */
  kind: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// Order matters where signatures share a prefix (RIFF, ftyp): the longer one comes first.
// Signatures that start with printable letters carry a following non-text byte where the format
// has one ("OTTO\0", "OggS\0"), so that an article opening with "OTTO VON…" is not rejected.
const MAGICS: readonly Magic[] = [
  { offset: 0, bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { offset: 0, bytes: ascii('GIF87a'), kind: 'a GIF image' },
  { offset: 0, bytes: ascii('GIF89a'), kind: 'a GIF image' },
  {
    offset: 0,
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')],
    kind: 'a WebP image',
  },
  {
    offset: 0,
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')],
    kind: 'a WAV audio file',
  },
  {
    offset: 0,
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')],
    kind: 'an AVI video',
  },
  { offset: 4, bytes: ascii('ftypheic'), kind: 'a HEIC image' },
  { offset: 4, bytes: ascii('ftypheix'), kind: 'a HEIC image' },
  { offset: 4, bytes: ascii('ftypavif'), kind: 'an AVIF image' },
  { offset: 4, bytes: ascii('ftypM4A'), kind: 'an audio file (M4A)' },
  { offset: 4, bytes: ascii('ftypqt'), kind: 'a QuickTime video' },
  { offset: 4, bytes: ascii('ftyp'), kind: 'a video file (MP4)' },
  { offset: 0, bytes: ascii('BM'), kind: 'a BMP image' }, // refined by isBmp below
  { offset: 0, bytes: [...ascii('II'), 0x2a, 0x00], kind: 'a TIFF image' },
  { offset: 0, bytes: [...ascii('MM'), 0x00, 0x2a], kind: 'a TIFF image' },
  { offset: 0, bytes: [0x00, 0x00, 0x01, 0x00], kind: 'an icon image' },
  { offset: 0, bytes: [...ascii('8BPS'), 0x00, 0x01], kind: 'a Photoshop image' },
  { offset: 0, bytes: ascii('%PDF-'), kind: 'a PDF document' },
  { offset: 0, bytes: ascii('{\\rtf'), kind: 'a Rich Text (RTF) document' },
  {
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an old-style Microsoft Office document (.doc, .xls or .ppt)',
  },
  { offset: 0, bytes: [...ascii('PK'), 0x03, 0x04], kind: 'a ZIP archive' }, // refined by zipKind
  { offset: 0, bytes: [...ascii('PK'), 0x05, 0x06], kind: 'a ZIP archive' },
  { offset: 0, bytes: [0x1f, 0x8b], kind: 'a compressed (gzip) file' },
  {
    offset: 0,
    bytes: [...ascii('BZh'), null, ...ascii('1AY&SY')],
    kind: 'a compressed (bzip2) file',
  },
  { offset: 0, bytes: [0xfd, ...ascii('7zXZ'), 0x00], kind: 'a compressed (xz) file' },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a compressed (zstd) file' },
  { offset: 0, bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { offset: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07], kind: 'a RAR archive' },
  { offset: 0, bytes: [...ascii('SQLite format 3'), 0x00], kind: 'an SQLite database' },
  { offset: 0, bytes: [0x7f, ...ascii('ELF')], kind: 'a program (executable file)' },
  { offset: 0, bytes: ascii('MZ'), kind: 'a Windows program (executable file)' },
  { offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], kind: 'a program (executable file)' },
  { offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe], kind: 'a program (executable file)' },
  { offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], kind: 'a program (executable file)' },
  { offset: 0, bytes: [0x00, ...ascii('asm')], kind: 'a WebAssembly program' },
  { offset: 0, bytes: [...ascii('ID3'), null, 0x00], kind: 'an MP3 audio file' },
  { offset: 0, bytes: [...ascii('OggS'), 0x00], kind: 'an Ogg audio or video file' },
  { offset: 0, bytes: ascii('fLaC'), kind: 'a FLAC audio file' },
  { offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: 'a video file (WebM or MKV)' },
  { offset: 0, bytes: ascii('wOFF'), kind: 'a font file' },
  { offset: 0, bytes: ascii('wOF2'), kind: 'a font file' },
  { offset: 0, bytes: [...ascii('OTTO'), 0x00], kind: 'a font file' },
  { offset: 0, bytes: [0x00, 0x01, 0x00, 0x00, 0x00], kind: 'a font file' },
];

function matches(bytes: Uint8Array, magic: Magic): boolean {
  if (bytes.length < magic.offset + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => b === null || bytes[magic.offset + i] === b);
}

// "BM" alone is two ASCII letters a text could start with ("BMW sales…"); a real BMP header
// also stores the DIB header size (12, 40, 52, 56, 108 or 124) at offset 14.
function isBmp(bytes: Uint8Array): boolean {
  const dib = bytes[14];
  return bytes[15] === 0 && dib !== undefined && [12, 40, 52, 56, 108, 124].includes(dib);
}

// "MZ" likewise: a PE/DOS executable has its header offset at 0x3c and is full of NULs; a text
// starting "MZ" (a name, an abbreviation) does not.
function isExecutable(bytes: Uint8Array): boolean {
  return bytes.length >= 64 && bytes.subarray(0, 64).includes(0);
}

/** Names of the entries in a ZIP's local file headers near the start (enough to tell DOCX from EPUB). */
function zipEntryNames(bytes: Uint8Array, limit = 8): string[] {
  const names: string[] = [];
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (
    names.length < limit &&
    at + 30 <= bytes.length &&
    view.getUint32(at, true) === 0x04034b50
  ) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const flags = view.getUint16(at + 6, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // With a data descriptor (flag bit 3) the size is not in the header; stop rather than guess.
    if (flags & 0x08) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** Refines "a ZIP archive" into the document formats that are ZIPs underneath. */
function zipKind(bytes: Uint8Array): string {
  const names = zipEntryNames(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  if (names[0] === 'mimetype') {
    if (head.includes('application/epub+zip')) return 'an EPUB e-book';
    if (head.includes('opendocument.text')) return 'an OpenDocument text document (.odt)';
    if (head.includes('opendocument')) return 'an OpenDocument file';
  }
  if (names.some((n) => n.startsWith('word/'))) return 'a Word document (.docx)';
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel spreadsheet (.xlsx)';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation (.pptx)';
  if (names.includes('[Content_Types].xml')) return 'a Microsoft Office document';
  return 'a ZIP archive';
}

/**
 * The kind of binary file these bytes start with ("a PNG image"), or null when no known
 * signature matches. Text that merely happens to start like a signature ("BM", "MZ") is
 * checked further so that it is not rejected.
 */
export function sniffBinaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) {
    if (!matches(bytes, magic)) continue;
    if (magic.kind === 'a BMP image' && !isBmp(bytes)) continue;
    if (magic.kind.startsWith('a Windows program') && !isExecutable(bytes)) continue;
    if (magic.kind === 'a ZIP archive' && bytes[2] === 0x03) return zipKind(bytes);
    return magic.kind;
  }
  return null;
}

/** How many leading bytes the generic binary test looks at (git looks at 8000 for NULs). */
const SAMPLE = 64 * 1024;

/**
 * True when bytes in a single-byte or UTF-8 encoding look like binary data: a NUL byte in the
 * first 8000 bytes (the rule git uses), or more than 10% control characters other than tab,
 * line breaks, form feed and escape. Not for UTF-16, where every other byte is NUL.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.subarray(0, 8000).includes(0)) return true;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    ) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** The same test on decoded text (used after UTF-16 decoding). */
export function textLooksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.slice(0, 8000).includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
      c === 0x7f
    ) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
