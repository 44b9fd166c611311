import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import {
  LATEST_SCHEMA_VERSION,
  Library,
  MARK_END,
  MARK_START,
  RETOLD_APPLICATION_ID,
  migrations,
  type NewVersion,
} from '../../../db';
import { migrate } from '../../../db/open';
import { version } from './helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return undefined;
}

describe('migrations', () => {
  it('builds every schema version from an empty file and records user_version', () => {
    const file = path.join(dir, 'steps.sqlite');
    for (let target = 1; target <= LATEST_SCHEMA_VERSION; target++) {
      const db = new Database(file);
      const from = db.pragma('user_version', { simple: true }) as number;
      migrate(db, from, target);
      expect(db.pragma('user_version', { simple: true })).toBe(target);
      db.close();
    }
    const lib = new Library(file);
    expect(lib.listStories()).toEqual([]);
    lib.close();
    expect(migrations.length).toBe(LATEST_SCHEMA_VERSION);
  });

  it('creates a new library with WAL, foreign keys and its application id', () => {
    const lib = new Library(path.join(dir, 'nested', 'library.sqlite'));
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('application_id', { simple: true })).toBe(RETOLD_APPLICATION_ID);
    expect(Number(lib.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    lib.close();
  });
});

describe('refusing what is not ours', () => {
  it('refuses a library written by a newer Retold, without changing it', () => {
    const file = path.join(dir, 'future.sqlite');
    new Library(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = readFileSync(file);
    expect(codeOf(() => new Library(file))).toBe('library_newer');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a foreign SQLite database and a non-database file, leaving them untouched', () => {
    const foreign = path.join(dir, 'other.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE notes (x TEXT)');
    db.close();
    const before = readFileSync(foreign);
    expect(codeOf(() => new Library(foreign))).toBe('library_not_retold');
    expect(readFileSync(foreign).equals(before)).toBe(true);

    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'just some text, not a database at all');
    expect(codeOf(() => new Library(text))).toBe('library_not_retold');
    expect(readFileSync(text, 'utf8')).toBe('just some text, not a database at all');
  });

  it('reports a corrupt library clearly', () => {
    const file = path.join(dir, 'broken.sqlite');
    new Library(file).close();
    const bytes = readFileSync(file);
    // keep the header, destroy the rest of the first page (the schema)
    bytes.fill(0xab, 100, Math.min(bytes.length, 4096));
    writeFileSync(file, bytes);
    expect(codeOf(() => new Library(file))).toBe('library_corrupt');
  });

  it('reports a folder given as the library file', () => {
    expect(codeOf(() => new Library(dir))).toBe('unreadable');
  });
});

describe('stories and versions', () => {
  it('dedupes by content hash within a story, not across stories', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const a = lib.createStory('Harbour vote');
    const b = lib.createStory('Other');
    const first = lib.insertVersion(version(a.id, 'The council voted on Tuesday.\n'));
    expect(first.outcome).toBe('imported');
    const again = lib.insertVersion(version(a.id, '  The council voted   on Tuesday.'));
    expect(again.outcome).toBe('duplicate');
    expect(again.version.id).toBe(first.version.id);
    expect(lib.listVersions(a.id)).toHaveLength(1);
    expect(lib.insertVersion(version(b.id, 'The council voted on Tuesday.')).outcome).toBe(
      'imported',
    );
    // moving into a story that holds the same text is refused and changes nothing
    expect(codeOf(() => lib.moveVersion(first.version.id, b.id))).toBe('bad_input');
    expect(lib.getVersionSummary(first.version.id).storyId).toBe(a.id);
    lib.close();
  });

  it('a failing write leaves no row behind (version nor index entry)', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const s = lib.createStory('Story');
    const bad = version(s.id, 'Perfectly fine text about the harbour.', {
      sourceKind: 'carrier-pigeon' as NewVersion['sourceKind'],
    });
    expect(() => lib.insertVersion(bad)).toThrow();
    const count = lib.db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number };
    expect(count.n).toBe(0);
    expect(lib.search('harbour')).toEqual([]);
    // a failure inside a larger transaction rolls back the story too
    expect(() =>
      lib.transaction(() => {
        const t = lib.createStory('Half written');
        lib.insertVersion(version(t.id, 'x', { wordCount: -1 }));
      }),
    ).toThrow();
    expect(lib.findStoryByTitle('Half written')).toBeNull();
    lib.close();
  });

  it('finds an imported version with FTS, and forgets it when deleted or edited', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const s = lib.createStory('Wind cable');
    const { version: v } = lib.insertVersion(
      version(s.id, 'Harbourmaster Ada Lind opposed the offshore cable route.'),
    );
    // The last word is also a prefix from four letters on (SEARCH.prefixMinChars in db/search.ts).
    const hits = lib.search('offshore cabl');
    expect(hits).toHaveLength(1);
    expect(lib.search('offshore cab')).toEqual([]);
    expect(hits[0]).toMatchObject({
      storyId: s.id,
      versionId: v.id,
      storyTitle: 'Wind cable',
      versionNumber: 1,
      outlet: 'The Ledger',
    });
    expect(hits[0]?.snippet).toContain(`${MARK_START}offshore${MARK_END}`);
    expect(lib.search('"; DROP TABLE versions; --')).toEqual([]);
    lib.updateVersion(v.id, { outlet: 'Coast Ledger' });
    expect(lib.search('ledger')).toHaveLength(1);
    lib.deleteVersion(v.id);
    expect(lib.search('offshore')).toEqual([]);
    lib.close();
  });

  it('renames, updates the base, moves and deletes', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const s = lib.createStory('First');
    const t = lib.createStory('Second');
    const { version: v } = lib.insertVersion(version(s.id, 'One text.'));
    expect(lib.renameStory(s.id, 'Renamed').title).toBe('Renamed');
    expect(lib.updateStory(s.id, { baseVersionId: v.id }).baseVersionId).toBe(v.id);
    expect(codeOf(() => lib.updateStory(t.id, { baseVersionId: v.id }))).toBe('bad_input');
    lib.moveVersion(v.id, t.id);
    expect(lib.getStory(s.id).baseVersionId).toBeNull();
    expect(lib.getStory(t.id).versionCount).toBe(1);
    lib.deleteStory(t.id);
    expect(codeOf(() => lib.getVersion(v.id))).toBe('not_found');
    expect(lib.listStories().map((x) => x.title)).toEqual(['Renamed']);
    lib.close();
  });

  it('keeps the imported bytes exactly', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const s = lib.createStory('Bytes');
    const raw = Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a]);
    const { version: v } = lib.insertVersion({ ...version(s.id, 'Hi\n'), rawBytes: raw });
    expect([...lib.getRawBytes(v.id)]).toEqual([...raw]);
    lib.close();
  });
});
