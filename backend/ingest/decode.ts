// Turning imported bytes into a string, in this order: a byte-order mark (UTF-8, UTF-16 LE/BE);
// UTF-16 without a BOM (text with NULs in every other byte); valid UTF-8; the charset a web
// server declared in its Content-Type header (URL import); for HTML, the charset the page
// declares; UTF-8 with a few damaged bytes; chardet's best guess; windows-1252.
//
// Valid UTF-8 comes before a declared charset because pages are often re-saved as UTF-8 while the
// old <meta charset> stays behind, and text that decodes as UTF-8 without error is almost never
// meant as anything else. windows-1252 is the last resort because every byte decodes in it and it
// is what "Latin-1" text from Windows, the usual culprit, really is (WHATWG maps ISO-8859-1 to it).
import chardet from 'chardet';

/** A decoded text and the label of the encoding used, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** The encoding a byte-order mark announces, with how many bytes it takes, or null. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * 'utf-16le' / 'utf-16be' when BOM-less bytes look like UTF-16 text: in the first 4 KB, most
 * bytes at odd (LE) or even (BE) offsets are NUL and almost none on the other side. That is the
 * shape of Latin-script UTF-16; the binary test after decoding catches anything that only looks so.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** The canonical WHATWG name of an encoding label ('latin1' → 'windows-1252'), or null if unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset an HTML page declares in its first 4 KB: `<meta charset>`, `<meta http-equiv
 * content="…; charset=…">` or an XML declaration (saved XHTML). Canonical name, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = meta?.[1] ?? xml?.[1];
  if (!label) return null;
  const encoding = canonicalEncoding(label);
  // A UTF-16 declaration in bytes we are reading as ASCII-compatible cannot be true; the HTML
  // standard treats it as UTF-8 for the same reason.
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** The text if the bytes are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True for UTF-8 with a few damaged bytes (a truncated download, one pasted Latin-1 character):
 * many well-formed multi-byte sequences and few invalid bytes. Text in a legacy single-byte
 * encoding essentially never contains well-formed UTF-8 sequences, so this does not misfire on it.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, 1024 * 1024);
  for (let i = 0; i < n;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 3 && invalid * 4 <= valid;
}

const CHARDET_SAMPLE = 64 * 1024;
const CHARDET_MIN_CONFIDENCE = 10;

/** chardet's most confident guess that TextDecoder can decode, excluding UTF-8/UTF-16/UTF-32. */
function chardetGuess(bytes: Uint8Array): string | null {
  const matches = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE));
  for (const match of matches) {
    if (match.confidence < CHARDET_MIN_CONFIDENCE) break;
    // We only get here when the bytes are not valid UTF-8, and UTF-16/32 were ruled out earlier.
    if (/^(utf|ascii)/i.test(match.name)) continue;
    const encoding = canonicalEncoding(match.name);
    if (encoding) return encoding;
  }
  return null;
}

// 0x80-0x9F in windows-1252 (the WHATWG table; the five unassigned bytes map to C1 controls).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 by hand: Node 20's TextDecoder('windows-1252') (and 'latin1', 'iso-8859-1',
 * which map to it) decodes as ISO-8859-1, turning curly quotes 0x93/0x94 into invisible C1
 * controls. Checked on Node 20.20 with ICU 78; the other single-byte encodings are correct.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  return new TextDecoder('utf-16le').decode(units);
}

// ignoreBOM: the BOM, if any, was cut off already; a second U+FEFF is content and must stay.
function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Decodes imported bytes (see the order at the top of this file). `html` enables the declared
 * charset step; `charset` is a server's Content-Type charset (a canonical name), which outranks
 * the page's own declaration as in browsers, except a claim of UTF-8 over bytes that are not
 * (a common server default): then the page and sniffing decide. A leading BOM is dropped;
 * nothing else is changed. Never throws on bad input: undecodable bytes become U+FFFD.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: { html: boolean; charset?: string | null },
): Decoded {
  const bom = detectBom(bytes);
  if (bom) {
    const decoder = bom.encoding === 'utf-8-bom' ? 'utf-8' : bom.encoding;
    return { text: decodeWith(bytes.subarray(bom.length), decoder), encoding: bom.encoding };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const header = options.charset && options.charset !== 'utf-8' ? options.charset : null;
  const declared = header ?? (options.html ? declaredCharset(bytes) : null);
  if (declared) return { text: decodeWith(bytes, declared), encoding: declared };

  if (isMostlyUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };

  const guessed = chardetGuess(bytes) ?? 'windows-1252';
  return { text: decodeWith(bytes, guessed), encoding: guessed };
}

/** CRLF and lone CR become LF: the one change made to imported plain text. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
