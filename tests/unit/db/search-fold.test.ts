// Search finds US/UK spelling variants (issue 11, item 14), in a new library and in one made
// before the fold existed (migration 0005 rebuilds its indexes), with snippets that mark the
// words as imported.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library, MARK_END, MARK_START } from '../../../db';
import { toFtsQuery } from '../../../db/fts-query';
import { migrate } from '../../../db/open';
import { foldForSearch, searchKey } from '../../../engine/text/search-fold';
import { version } from './helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-fold-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the search fold', () => {
  it('folds UK spellings word by word, keeping every other word and its case', () => {
    expect(foldForSearch('Bad Behaviour at the Organisation’s centre; colour-blind.')).toBe(
      'Bad behavior at the organization’s center; color-blind.',
    );
    expect(foldForSearch('Rise, wise size: filled, filed.')).toBe(
      'Rise, wise size: filled, filed.',
    );
    expect(searchKey('Behaviour')).toBe(searchKey('behavior'));
    expect(searchKey('Café')).toBe('cafe');
  });

  it('folds the query the same way, still quoted and with the last word as a prefix', () => {
    expect(toFtsQuery('behaviour colou')).toBe('"behavior" "colou"*');
    expect(toFtsQuery('organisations')).toBe('"organizations"*');
  });
});

describe('a new library', () => {
  it('finds each spelling by the other, and marks the word as imported', () => {
    const lib = new Library(path.join(dir, 'l.sqlite'));
    const s = lib.createStory('Harbour cable');
    const uk = lib.insertVersion(version(s.id, 'The Organisation criticised the behaviour.'));
    const us = lib.insertVersion(version(s.id, 'Officials defended their behavior and colors.'));
    expect(lib.search('behavior').map((h) => h.versionId)).toEqual(
      expect.arrayContaining([uk.version.id, us.version.id]),
    );
    const [hit] = lib.search('organization');
    expect(hit?.versionId).toBe(uk.version.id);
    expect(hit?.snippet).toContain(`${MARK_START}Organisation${MARK_END}`);
    expect(lib.search('colour').map((h) => h.versionId)).toEqual([us.version.id]);
    // Deleting still removes the folded entry (the delete trigger folds the old text too).
    lib.deleteVersion(uk.version.id);
    expect(lib.search('organization')).toEqual([]);
    expect(lib.check(true).ok).toBe(true);
    lib.close();
  });
});

describe('a library made before the fold', () => {
  function oldLibrary(file: string): void {
    const db = new Database(file);
    migrate(db, 0, 4);
    const now = '2024-03-12T10:00:00Z';
    const story = db
      .prepare(`INSERT INTO stories (title, notes, created_at, updated_at) VALUES (?, ?, ?, ?)`)
      .run('Harbour cable', 'Watch the council’s behaviour.', now, now);
    db.prepare(
      `INSERT INTO versions (story_id, outlet, title, source_kind, raw_bytes, encoding, format,
         text, content_hash, word_count, imported_at, number)
       VALUES (?, 'The Ledger', 'Vote', 'paste', x'00', 'utf-8', 'text', ?, 'h1', 5, ?, 1)`,
    ).run(story.lastInsertRowid, 'The councillors praised her behavior.', now);
    db.close();
  }

  it('is reindexed on opening: old texts and notes are found by either spelling', () => {
    const file = path.join(dir, 'old.sqlite');
    oldLibrary(file);
    const lib = new Library(file);
    expect(lib.search('behaviour')).toHaveLength(1);
    expect(lib.search('behavior')[0]?.snippet).toContain(`${MARK_START}behavior${MARK_END}`);
    expect(lib.notes.search('behavior', 10)).toHaveLength(1);
    expect(lib.check(true).ok).toBe(true);
    lib.close();
  });
});
