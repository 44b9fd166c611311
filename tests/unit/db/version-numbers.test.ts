// Version numbers within a story ("#3"): the migration that numbers existing versions, and the
// rule for new ones (import order, kept when others are deleted, never reused).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library, type NewVersion } from '../../../db';
import { migrate } from '../../../db/open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-numbers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function version(storyId: number, text: string): NewVersion {
  return {
    storyId,
    meta: {},
    sourceKind: 'paste',
    sourceName: null,
    rawBytes: new TextEncoder().encode(text),
    encoding: 'utf-8',
    format: 'text',
    text,
    wordCount: 2,
  };
}

/** A library file at schema version 2 (before numbers) with versions of two stories interleaved. */
function libraryBeforeNumbers(file: string): void {
  const db = new Database(file);
  migrate(db, 0, 2);
  const now = '2024-01-01T00:00:00.000Z';
  const story = db.prepare(
    'INSERT INTO stories (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id',
  );
  const a = (story.get('A', now, now) as { id: number }).id;
  const b = (story.get('B', now, now) as { id: number }).id;
  const insert = db.prepare(
    `INSERT INTO versions (story_id, published, source_kind, raw_bytes, encoding, format, text,
       content_hash, word_count, imported_at)
     VALUES (?, ?, 'paste', x'00', 'utf-8', 'text', ?, ?, 1, ?)`,
  );
  // Story A gets ids 1, 3, 4 (dated out of order); story B gets id 2.
  insert.run(a, '2024-03-03', 'a one', 'h1', now);
  insert.run(b, null, 'b one', 'h2', now);
  insert.run(a, '2024-03-01', 'a two', 'h3', now);
  insert.run(a, null, 'a three', 'h4', now);
  db.close();
}

describe('migration 3: version numbers', () => {
  it('numbers existing versions per story in import order and remembers the last number', () => {
    const file = path.join(dir, 'old.sqlite');
    libraryBeforeNumbers(file);
    const lib = new Library(file);
    const [a, b] = [...lib.listStories()].sort((x, y) => x.id - y.id);
    // Listed by date (03-01, 03-03, undated); each keeps its import-order number.
    expect(lib.listVersions(a!.id).map((v) => [v.published, v.number])).toEqual([
      ['2024-03-01', 2],
      ['2024-03-03', 1],
      [null, 3],
    ]);
    expect(lib.listVersions(b!.id).map((v) => v.number)).toEqual([1]);
    const next = lib.insertVersion(version(a!.id, 'a four')).version;
    expect(next.number).toBe(4);
    lib.close();
  });

  it('gives new versions the next number, never reusing one after a delete', () => {
    const lib = new Library(path.join(dir, 'new.sqlite'));
    const story = lib.createStory('Cable vote');
    const [one, two, three] = ['first text', 'second text', 'third text'].map(
      (t) => lib.insertVersion(version(story.id, t)).version,
    );
    expect([one?.number, two?.number, three?.number]).toEqual([1, 2, 3]);
    lib.deleteVersion(three!.id);
    lib.deleteVersion(one!.id);
    expect(lib.getVersionSummary(two!.id).number).toBe(2);
    expect(lib.insertVersion(version(story.id, 'fourth text')).version.number).toBe(4);
    // A duplicate adds nothing and reports the existing version's number.
    const dup = lib.insertVersion(version(story.id, 'second text'));
    expect([dup.outcome, dup.version.number]).toEqual(['duplicate', 2]);
    lib.close();
  });

  it('numbers each story on its own; a moved version takes the next number there', () => {
    const lib = new Library(path.join(dir, 'move.sqlite'));
    const a = lib.createStory('A');
    const b = lib.createStory('B');
    const a1 = lib.insertVersion(version(a.id, 'a one')).version;
    const b1 = lib.insertVersion(version(b.id, 'b one')).version;
    const a2 = lib.insertVersion(version(a.id, 'a two')).version;
    expect([a1.number, b1.number, a2.number]).toEqual([1, 1, 2]);
    expect(lib.moveVersion(a1.id, b.id).number).toBe(2);
    expect(lib.insertVersion(version(a.id, 'a three')).version.number).toBe(3);
    lib.close();
  });
});
