// Migration 0012 (db/migrations/0012-bulk-write-speed.ts) on a library made before it: the
// versions it had stay searchable and findable by their band keys, a version written after it
// gets its search entry from db/version-insert.ts (no trigger any more) with the same spelling
// fold, and deleting or retitling a version still updates the index through the triggers kept.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Library, migrations } from '../../../db';
import { up as bulkWriteSpeed } from '../../../db/migrations/0012-bulk-write-speed';
import { bandCandidates } from '../../../db/minhash';
import { migrate } from '../../../db/open';
import { registerSearchFold } from '../../../db/search-fold';
import { registerTitleKey } from '../../../db/story-list';
import { minhashOf } from '../../../engine/relations/derivation/minhash';
import { version } from './helpers';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-migration-0012-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD = 'The harbour council voted on the colour of the ferry, said the mayor of the island.';
const NEW = 'A new version: the colour of the bridge was chosen by the council of the harbour.';

it('keeps an older library searchable and indexes new versions without the trigger', () => {
  const db = new Database(file);
  registerSearchFold(db);
  registerTitleKey(db);
  migrate(db, 0, migrations.indexOf(bulkWriteSpeed));
  // a version written the old way: its search entry by the insert trigger of before 0012
  db.exec(
    `INSERT INTO stories (id, title, created_at, updated_at, last_version_number) VALUES (1, 'Old', 'x', 'x', 1)`,
  );
  db.prepare(
    `INSERT INTO versions (id, story_id, number, source_kind, raw_bytes, encoding, format, text,
       content_hash, word_count, imported_at) VALUES (1, 1, 1, 'file', x'', 'utf-8', 'text', ?, 'h1', 1, 'x')`,
  ).run(OLD);
  db.close();
  const lib = new Library(file, { backups: false });
  try {
    const newId = lib.insertVersion(version(1, NEW, { meta: { title: 'Bridge colours' } })).version
      .id;
    // the fold: "color" finds the British spelling in both versions
    expect(new Set(lib.search('color').map((h) => h.versionId))).toEqual(new Set([1, newId]));
    expect(lib.search('bridge colours').map((h) => h.versionId)).toEqual([newId]);
    expect(bandCandidates(lib.db, minhashOf(NEW), null)[0]?.versionId).toBe(newId);
    lib.deleteVersion(newId);
    expect(lib.search('bridge').map((h) => h.versionId)).toEqual([]);
    lib.deleteVersion(1);
    expect(lib.search('color')).toEqual([]);
    expect(lib.check(true).ok).toBe(true);
  } finally {
    lib.close();
  }
});
