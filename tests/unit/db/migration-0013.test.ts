// Migration 0013 (db/migrations/0013-bands-without-version-index.ts): the band index loses
// its foreign key and its index by version, keeps every key, and a deleted version's keys go
// with it through forgetBands, including a version whose signature is of an older scheme; the
// full check reports keys of versions that no longer exist, which the foreign key check no
// longer sees.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Library, describeCheck, migrations } from '../../../db';
import { up as bandsWithoutVersionIndex } from '../../../db/migrations/0013-bands-without-version-index';
import { bandCandidates, refreshSignatures } from '../../../db/minhash';
import { storedBandKeys } from '../../../db/minhash-recent';
import { MINHASH, minhashOf } from '../../../engine/relations/derivation/minhash';
import { articleText, version } from './helpers';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-migration-0013-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A library at the schema before 0013 with two versions in one story and one in another. */
function before(): { a: number; b: number; c: number; story: number } {
  // written with the current code, then the table put back as a library of before 0013 had it
  const lib = new Library(file, { backups: false });
  const s = lib.createStory('Harbour');
  const t = lib.createStory('Ferry');
  const ids = [
    lib.insertVersion(version(s.id, articleText(1))).version.id,
    lib.insertVersion(version(s.id, articleText(2))).version.id,
    lib.insertVersion(version(t.id, articleText(3))).version.id,
  ];
  lib.close();
  const old = new Database(file);
  old.exec(`
    CREATE TABLE minhash_bands_old (
      band INTEGER NOT NULL, hash INTEGER NOT NULL,
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, version_id)) STRICT, WITHOUT ROWID;
    INSERT INTO minhash_bands_old SELECT * FROM minhash_bands;
    DROP TABLE minhash_bands;
    ALTER TABLE minhash_bands_old RENAME TO minhash_bands;
    CREATE INDEX minhash_bands_by_version ON minhash_bands(version_id);
  `);
  old.pragma(`user_version = ${migrations.indexOf(bandsWithoutVersionIndex)}`);
  old.close();
  return { a: ids[0] ?? 0, b: ids[1] ?? 0, c: ids[2] ?? 0, story: t.id };
}

it('keeps every band key, drops the index by version, and deletes keys with their version', () => {
  const { a, b, c, story } = before();
  const lib = new Library(file, { backups: false });
  try {
    const db = lib.db;
    const schema = db
      .prepare("SELECT group_concat(sql, ' ') FROM sqlite_schema WHERE tbl_name = 'minhash_bands'")
      .pluck()
      .get() as string;
    expect(schema).not.toMatch(/REFERENCES|minhash_bands_by_version/);
    for (const id of [a, b, c]) expect(storedBandKeys(db, id)).toHaveLength(MINHASH.bands);
    expect(bandCandidates(db, minhashOf(articleText(2)), null)[0]?.versionId).toBe(b);
    lib.deleteVersion(a);
    expect(storedBandKeys(db, a)).toHaveLength(0);
    lib.deleteStory(story);
    expect(storedBandKeys(db, c)).toHaveLength(0);
    expect(storedBandKeys(db, b)).toHaveLength(MINHASH.bands);
    // a signature of an older scheme: its keys are found by reading the index, and go too
    db.prepare('UPDATE minhash_signatures SET scheme = scheme - 1 WHERE version_id = ?').run(b);
    lib.deleteVersion(b);
    expect(db.prepare('SELECT count(*) FROM minhash_bands').pluck().get()).toBe(0);
    expect(lib.check(true).ok).toBe(true);
  } finally {
    lib.close();
  }
});

it('redoes signatures of an older scheme with their keys replaced, not added to', () => {
  before();
  const lib = new Library(file, { backups: false });
  try {
    const db = lib.db;
    const total = () => db.prepare('SELECT count(*) FROM minhash_bands').pluck().get();
    expect(total()).toBe(3 * MINHASH.bands);
    db.prepare('UPDATE minhash_signatures SET scheme = scheme - 1').run();
    expect(refreshSignatures(db)).toBe(3);
    expect(total()).toBe(3 * MINHASH.bands);
    expect(lib.check(true).ok).toBe(true);
  } finally {
    lib.close();
  }
});

it('reports band keys of a version that no longer exists in the full check', () => {
  const lib = new Library(file, { backups: false });
  try {
    const s = lib.createStory('Harbour');
    const v = lib.insertVersion(version(s.id, articleText(4))).version.id;
    // a delete that went around the library (another tool on the file)
    lib.db.prepare('DELETE FROM versions WHERE id = ?').run(v);
    const result = lib.check(true);
    expect(result.ok).toBe(false);
    expect(describeCheck(result)).toMatch(
      /no damaged page, but .*keys of 1 version\(s\) that no longer exist/,
    );
  } finally {
    lib.close();
  }
});
