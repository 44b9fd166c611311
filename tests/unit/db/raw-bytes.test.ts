// Raw bytes kept once (db/raw-bytes.ts, migration 0010): bytes that are the text as UTF-8 are
// not stored again, and getRawBytes still gives back exactly what was imported.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library, migrations } from '../../../db';
import { migrate } from '../../../db/open';
import { up as libraryScale } from '../../../db/migrations/0010-library-scale';
import { rebuiltRaw, storedRaw } from '../../../db/raw-bytes';
import { version } from './helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-raw-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Café owners said “no” to the harbour plan.\n\nThe vote is on Tuesday.';
const utf8 = Buffer.from(TEXT, 'utf8');
const cases: { name: string; raw: Buffer; form: string }[] = [
  { name: 'a .txt file in UTF-8', raw: utf8, form: 'utf8' },
  {
    name: 'UTF-8 with a byte-order mark',
    raw: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
    form: 'utf8-bom',
  },
  { name: 'windows-1252', raw: Buffer.from(TEXT.replace(/[“”]/g, '"'), 'latin1'), form: 'bytes' },
  { name: 'CRLF line ends', raw: Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8'), form: 'bytes' },
  {
    name: 'UTF-16 with its mark',
    raw: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
    form: 'bytes',
  },
];

describe('raw bytes kept once', () => {
  it.each(cases)('gives back $name byte for byte', ({ raw, form }) => {
    const lib = new Library(path.join(dir, 'library.sqlite'));
    const s = lib.createStory('Bytes');
    const { version: v } = lib.insertVersion({ ...version(s.id, TEXT), rawBytes: raw });
    const row = lib.db
      .prepare('SELECT raw_form AS form, length(raw_bytes) AS stored FROM versions WHERE id = ?')
      .get(v.id) as { form: string; stored: number };
    expect(row.form).toBe(form);
    expect(row.stored).toBe(form === 'bytes' ? raw.length : 0);
    expect(lib.getRawBytes(v.id).equals(raw)).toBe(true);
    lib.close();
  });

  it('rebuilds what it stores for any text', () => {
    for (const text of ['', 'a', '\u{1F600} emoji', 'line\r\nend', '\uFEFFlooks like a mark']) {
      for (const raw of [Buffer.from(text, 'utf8'), Buffer.from(`\uFEFF${text}`, 'utf8')]) {
        const kept = storedRaw(raw, text);
        expect(rebuiltRaw(kept.form, kept.bytes, text).equals(raw)).toBe(true);
      }
    }
  });

  it('converts the versions of a library made before, keeping every byte', () => {
    const file = path.join(dir, 'old.sqlite');
    const before = migrations.indexOf(libraryScale); // the schema just before 0010
    const db = new Database(file);
    migrate(db, 0, before);
    db.exec(`INSERT INTO stories (id, title, created_at, updated_at) VALUES (1, 'Old', 'x', 'x')`);
    const insert = db.prepare(
      `INSERT INTO versions (story_id, number, source_kind, raw_bytes, encoding, format, text,
         content_hash, word_count, imported_at) VALUES (1, ?, 'file', ?, 'utf-8', 'text', ?, ?, 1, 'x')`,
    );
    cases.forEach((c, i) => insert.run(i + 1, c.raw, TEXT, `hash${i}`));
    db.close();
    const lib = new Library(file);
    const rows = lib.db.prepare('SELECT id, raw_form AS form FROM versions ORDER BY id').all() as {
      id: number;
      form: string;
    }[];
    expect(rows.map((r) => r.form)).toEqual(cases.map((c) => c.form));
    rows.forEach((r, i) =>
      expect(lib.getRawBytes(r.id).equals(cases[i]?.raw ?? Buffer.alloc(1))).toBe(true),
    );
    expect(lib.getStory(1).versionCount).toBe(cases.length);
    lib.close();
  });
});
