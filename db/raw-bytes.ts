// How a version's raw bytes are kept (migrations/0010-library-scale.ts). Versions are immutable
// evidence, kept byte for byte as imported; but for most plain-text files those bytes are
// exactly the text as UTF-8, and storing them again doubled the library (45% of a generated
// library's file). Such bytes are stored as a form ('utf8', or 'utf8-bom' after a byte-order
// mark) with no copy, and rebuilt from the text on read; any other bytes (another encoding,
// CRLF line ends, HTML) are kept as they came ('bytes').
import { Buffer } from 'node:buffer';

/** How `raw_bytes` holds a version's bytes. */
export type RawForm = 'bytes' | 'utf8' | 'utf8-bom';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NOTHING = Buffer.alloc(0);

/** What to store for `raw` of a version whose text is `text`: the form and the stored bytes. */
export function storedRaw(raw: Uint8Array, text: string): { form: RawForm; bytes: Buffer } {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  // Cheap length test first: most HTML and re-encoded files differ in length from the text.
  const utf8Length = Buffer.byteLength(text, 'utf8');
  if (bytes.length === utf8Length && bytes.equals(Buffer.from(text, 'utf8'))) {
    return { form: 'utf8', bytes: NOTHING };
  }
  if (
    bytes.length === utf8Length + BOM.length &&
    bytes.subarray(0, BOM.length).equals(BOM) &&
    bytes.subarray(BOM.length).equals(Buffer.from(text, 'utf8'))
  ) {
    return { form: 'utf8-bom', bytes: NOTHING };
  }
  return { form: 'bytes', bytes };
}

/** The bytes as imported, from what `storedRaw` kept and the version's text. */
export function rebuiltRaw(form: string, stored: Buffer, text: string): Buffer {
  if (form === 'utf8') return Buffer.from(text, 'utf8');
  if (form === 'utf8-bom') return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
  return stored;
}
