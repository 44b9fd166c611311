import { chmod, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, ingest, readImportFile } from '../../../../backend/ingest';
import { unreadableFile } from '../../../../backend/ingest/read-file';
import { concat, expectAppError, utf8 } from './helpers';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

/** A minimal ZIP local file header for one entry with the given name and stored content. */
function zipEntry(name: string, content = ''): Uint8Array {
  const header = new Uint8Array(30);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint32(18, content.length, true);
  view.setUint32(22, content.length, true);
  view.setUint16(26, name.length, true);
  return concat(header, utf8(name), utf8(content));
}

describe('ingest: binary files', () => {
  it.each([
    ['photo.png', PNG, 'a PNG image'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46], 'a JPEG image'],
    ['anim.gif', [...utf8('GIF89a'), 1, 0, 1, 0], 'a GIF image'],
    ['paper.pdf', [...utf8('%PDF-1.7\n%\xe2\xe3')], 'a PDF document'],
    ['data.bin', [...utf8('SQLite format 3'), 0, 16, 0], 'an SQLite database'],
    ['archive.gz', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], 'a compressed (gzip) file'],
  ])('names the type of %s', async (name, bytes, kind) => {
    await expectAppError(
      ingest({ name, bytes: Uint8Array.from(bytes) }),
      'not_text',
      `“${name}” looks like ${kind}, not an article.`,
    );
  });

  it('says "This looks like a PNG image" when the file has no name', async () => {
    await expectAppError(
      ingest({ bytes: Uint8Array.from(PNG) }),
      'not_text',
      'This looks like a PNG image, not an article.',
    );
  });

  it('recognises content, not the name: a PNG called .txt is still a PNG', async () => {
    await expectAppError(
      ingest({ name: 'notes.txt', bytes: Uint8Array.from(PNG) }),
      'not_text',
      /PNG image/,
    );
  });

  it('tells ZIP, DOCX and EPUB apart', async () => {
    const docx = concat(zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('word/document.xml'));
    const epub = concat(zipEntry('mimetype', 'application/epub+zip'), zipEntry('OEBPS/a.xhtml'));
    const zip = zipEntry('notes/readme.txt', 'hello');
    await expectAppError(
      ingest({ name: 'a', bytes: docx }),
      'not_text',
      /a Word document \(\.docx\)/,
    );
    await expectAppError(ingest({ name: 'b', bytes: epub }), 'not_text', /an EPUB e-book/);
    await expectAppError(
      ingest({ name: 'c.zip', bytes: zip }),
      'not_text',
      /looks like a ZIP archive/,
    );
  });

  it('rejects other binary data with a generic message', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await expectAppError(
      ingest({ name: 'blob.dat', bytes }),
      'not_text',
      '“blob.dat” is not text (it contains binary data).',
    );
    await expectAppError(
      ingest({ bytes: concat(utf8('Looks like text'), [0, 1, 2], utf8('but is not')) }),
      'not_text',
      'This file is not text (it contains binary data).',
    );
  });

  it('rejects known document types by extension, naming the type and what to do', async () => {
    const error = await expectAppError(
      ingest({ name: 'story.docx', bytes: utf8('not really a docx') }),
      'not_text',
      /“story\.docx” is a Word document \(\.docx\)/,
    );
    expect(error.message).toMatch(/save or export the article as plain text/);
    await expectAppError(
      ingest({ name: 'x.pdf', bytes: utf8('text') }),
      'not_text',
      /a PDF document/,
    );
  });

  it('reads a text file whose extension is a name every object has (".constructor")', async () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      await expect(
        ingest({ name: `notes.${name}`, bytes: utf8('The harbour reopened.\n') }),
      ).resolves.toMatchObject({ text: 'The harbour reopened.\n', format: 'text' });
    }
  });

  it('does not mistake text that starts like a signature for binary', async () => {
    for (const text of [
      'BMW sales rose in May.\n',
      'MZ Industries said…\n',
      'OTTO VON B.\n',
      'ID3 tags\n',
    ]) {
      await expect(ingest({ name: 'a.txt', bytes: utf8(text) })).resolves.toMatchObject({ text });
    }
  });
});

describe('ingest: empty input', () => {
  it.each([
    ['an empty file', new Uint8Array(0)],
    ['whitespace only', utf8(' \n\t\r\n  ')],
    ['a BOM only', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['UTF-16 whitespace', Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])],
  ])('rejects %s with "empty"', async (_label, bytes) => {
    await expectAppError(ingest({ name: 'blank.txt', bytes }), 'empty', /“blank\.txt” is empty/);
  });

  it('rejects an empty or blank paste', async () => {
    await expectAppError(ingest({ text: '' }), 'empty', 'The pasted text is empty.');
    await expectAppError(ingest({ text: '   \n\n ' }), 'empty', 'The pasted text is empty.');
  });

  it('rejects HTML whose body has no text', async () => {
    const html =
      '<!doctype html><html><head><title>Nothing</title></head><body> <img src=a.png> </body></html>';
    await expectAppError(
      ingest({ name: 'blank.html', bytes: utf8(html) }),
      'empty',
      /web page with no text/,
    );
  });

  it('asks for input when there is none, and refuses both at once', async () => {
    await expectAppError(ingest({}), 'bad_input');
    await expectAppError(ingest({ text: 'a', bytes: utf8('b') }), 'bad_input');
  });
});

describe('ingest: size limit', () => {
  it('rejects bytes over 20 MB', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    await expectAppError(
      ingest({ name: 'huge.txt', bytes }),
      'too_large',
      '“huge.txt” is 20.0 MB; Retold imports articles up to 20 MB.',
    );
  });

  it('rejects a pasted string whose UTF-8 is over 20 MB, even if it has fewer characters', async () => {
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1); // 2 bytes each in UTF-8
    await expectAppError(ingest({ text }), 'too_large', /^The pasted text is 20\.0 MB;/);
  });

  it('accepts exactly 20 MB', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    const result = await ingest({ name: 'max.txt', bytes });
    expect(result.text.length).toBe(MAX_IMPORT_BYTES);
  });
});

describe('readImportFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'retold-ingest-'));
  });
  afterAll(async () => {
    await chmod(path.join(dir, 'secret.txt'), 0o644).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file and returns its base name and bytes', async () => {
    const file = path.join(dir, 'story.txt');
    await writeFile(file, 'Hello\n');
    const result = await readImportFile(file);
    expect(result.name).toBe('story.txt');
    expect(new TextDecoder().decode(result.bytes)).toBe('Hello\n');
  });

  it('refuses a 50.3 MB (sparse) file from its size alone', async () => {
    const file = path.join(dir, 'big.txt');
    const handle = await open(file, 'w');
    await handle.truncate(Math.round(50.3 * 1024 * 1024));
    await handle.close();
    await expectAppError(
      readImportFile(file),
      'too_large',
      '“big.txt” is 50.3 MB; Retold imports articles up to 20 MB.',
    );
  });

  it('refuses a 21 MB sparse file', async () => {
    const file = path.join(dir, 'sparse.txt');
    const handle = await open(file, 'w');
    await handle.truncate(21 * 1024 * 1024);
    await handle.close();
    await expectAppError(readImportFile(file), 'too_large', /21\.0 MB/);
  });

  it('names a missing file', async () => {
    const file = path.join(dir, 'gone.txt');
    await expectAppError(
      readImportFile(file),
      'unreadable',
      `Retold could not find “${file}”. It may have been moved, renamed or deleted.`,
    );
  });

  it('explains that a folder is not a file', async () => {
    await expectAppError(
      readImportFile(dir),
      'unreadable',
      `“${dir}” is a folder, not a file. Choose an article file inside it.`,
    );
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'names a file it may not read',
    async () => {
      const file = path.join(dir, 'secret.txt');
      await writeFile(file, 'secret');
      await chmod(file, 0o000);
      await expectAppError(
        readImportFile(file),
        'unreadable',
        /not allowed to read “.*secret\.txt”/,
      );
    },
  );

  it('explains permission and other file-system errors in words', () => {
    const reason = (code: string): string => unreadableFile('/x/a.txt', { code }).message;
    expect(reason('EACCES')).toMatch(/^Retold is not allowed to read “\/x\/a\.txt”\./);
    expect(reason('EPERM')).toMatch(/not allowed to read/);
    expect(reason('EBUSY')).toMatch(/another program is using it/);
    expect(reason('EWHATEVER')).toBe('Retold could not read “/x/a.txt”.');
    expect(unreadableFile('/x/a.txt', new Error('boom')).code).toBe('unreadable');
  });
});
