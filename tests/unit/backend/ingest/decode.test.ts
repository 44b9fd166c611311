import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../backend/ingest';
import { decodeBytes, declaredCharset, isMostlyUtf8 } from '../../../../backend/ingest/decode';
import { concat, latin1, utf16, utf8 } from './helpers';

const SAMPLE = 'Café “quoted” — naïve\nSecond line ✓\n';

describe('ingest: encodings of text files', () => {
  it('reads UTF-8 and keeps the text exactly', async () => {
    const result = await ingest({ name: 'a.txt', bytes: utf8(SAMPLE) });
    expect(result).toMatchObject({ text: SAMPLE, encoding: 'utf-8', format: 'text' });
  });

  it('drops a UTF-8 byte-order mark and labels it utf-8-bom', async () => {
    const bytes = concat([0xef, 0xbb, 0xbf], utf8(SAMPLE));
    const result = await ingest({ name: 'a.txt', bytes });
    expect(result.text).toBe(SAMPLE);
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.rawBytes).toBe(bytes);
  });

  it('keeps a second U+FEFF after the BOM: only the leading one is removed', async () => {
    const result = await ingest({
      name: 'a.txt',
      bytes: concat([0xef, 0xbb, 0xbf], utf8('\uFEFFx')),
    });
    expect(result.text).toBe('\uFEFFx');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', async (endian) => {
    const result = await ingest({ name: 'a.txt', bytes: utf16(SAMPLE, endian) });
    expect(result.text).toBe(SAMPLE);
    expect(result.encoding).toBe(`utf-16${endian}`);
  });

  it.each(['le', 'be'] as const)('recognises UTF-16 %s without a BOM', async (endian) => {
    const text = 'A plain English paragraph saved by an old Windows editor.\n';
    const result = await ingest({ name: 'a.txt', bytes: utf16(text, endian, false) });
    expect(result).toMatchObject({ text, encoding: `utf-16${endian}` });
  });

  it('reads windows-1252 (curly quotes 0x93/0x94, é, en dash, apostrophe)', async () => {
    const bytes = latin1(
      'The mayor said \x93the caf\xe9 will reopen\x94 on Monday \x96 and it\x92s welcome news for the town.\n',
    );
    const result = await ingest({ name: 'a.txt', bytes });
    expect(result.text).toBe(
      'The mayor said “the café will reopen” on Monday – and it’s welcome news for the town.\n',
    );
    expect(result.encoding).toBe('windows-1252');
  });

  it('falls back to windows-1252 when chardet has no usable guess', () => {
    // Too short for chardet to say anything but "UTF-8" with low confidence.
    expect(decodeBytes(latin1('caf\xe9'), { html: false })).toEqual({
      text: 'café',
      encoding: 'windows-1252',
    });
  });

  it('uses chardet for other legacy encodings (Shift_JIS)', () => {
    const text = '日本語のテキストです。これは文字コードの判定のための文章です。'.repeat(4);
    const sjis = shiftJis(text);
    expect(decodeBytes(sjis, { html: false })).toEqual({ text, encoding: 'shift_jis' });
  });

  it('reads UTF-8 with a few damaged bytes as UTF-8, not as windows-1252 mojibake', () => {
    const bytes = concat(utf8('Crème brûlée, déjà vu, naïve café. '), [0xff], utf8('Fin.'));
    expect(isMostlyUtf8(bytes)).toBe(true);
    const result = decodeBytes(bytes, { html: false });
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('Crème brûlée, déjà vu, naïve café. \uFFFDFin.');
  });

  it('turns CRLF and lone CR into LF and changes nothing else', async () => {
    const text = 'Title\r\n\r\n  Indented line\t\r\nold Mac line\rend  \n';
    const result = await ingest({ name: 'a.txt', bytes: utf8(text) });
    expect(result.text).toBe('Title\n\n  Indented line\t\nold Mac line\nend  \n');
  });

  it('keeps pasted text as given, apart from a leading BOM and line endings', async () => {
    const result = await ingest({ text: '\uFEFFHello\r\nworld  ' });
    expect(result).toMatchObject({ text: 'Hello\nworld  ', encoding: 'utf-8', format: 'text' });
    expect(result.rawBytes).toEqual(utf8('\uFEFFHello\r\nworld  '));
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset>, http-equiv and XML declarations', () => {
    expect(declaredCharset(utf8('<meta charset="ISO-8859-1">'))).toBe('windows-1252');
    expect(
      declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
    ).toBe('koi8-r');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="iso-8859-2"?><html>'))).toBe(
      'iso-8859-2',
    );
    expect(declaredCharset(utf8('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredCharset(utf8('<meta charset="no-such-thing">'))).toBeNull();
    expect(declaredCharset(utf8('<p>no declaration</p>'))).toBeNull();
  });
});

describe('decodeBytes: a server-declared charset (URL import)', () => {
  it('outranks the page’s own declaration, as in browsers', () => {
    const bytes = latin1('<meta charset="koi8-r"><p>caf\xe9 \x93quoted\x94</p>');
    expect(decodeBytes(bytes, { html: true, charset: 'windows-1252' })).toEqual({
      text: '<meta charset="koi8-r"><p>café “quoted”</p>',
      encoding: 'windows-1252',
    });
  });

  it('gives way when it claims UTF-8 over bytes that are not (a common server default)', () => {
    const bytes = latin1('<meta charset="windows-1252"><p>caf\xe9</p>');
    expect(decodeBytes(bytes, { html: true, charset: 'utf-8' }).encoding).toBe('windows-1252');
  });
});

/** Shift_JIS bytes for hiragana, katakana, a few kanji and punctuation (TextEncoder only does UTF-8). */
function shiftJis(text: string): Uint8Array {
  // Build the reverse table by decoding every two-byte Shift_JIS code once.
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0x9f; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return Uint8Array.from(
    [...text].flatMap((char) => {
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no Shift_JIS code for ${char}`);
      return bytes;
    }),
  );
}
