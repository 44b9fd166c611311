// Notes on findings and corrections in a real library file: stored with anchors read from the
// library's text, searchable, kept (detached) when their version is deleted.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import { Library, MARK_END, MARK_START } from '../../../db';
import { migrate } from '../../../db/open';
import { version } from './helpers';

const BASE = 'The council voted on Monday, Mayor Ines Duarte said. The cable will be laid in May.';
const VER = 'The council voted on Monday, the mayor said. Reporting by Ann Holt.';

let dir: string;
let lib: Library;
let storyId: number;
let baseId: number;
let verId: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-notes-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
  storyId = lib.createStory('Harbour cable').id;
  baseId = lib.insertVersion(version(storyId, BASE)).version.id;
  verId = lib.insertVersion(version(storyId, VER)).version.id;
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const words = (text: string, w: string) => {
  const start = text.indexOf(w);
  return { start, end: start + w.length };
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
  return undefined;
};

describe('notes on findings', () => {
  const note = () =>
    lib.notes.create({
      kind: 'attribution',
      anchor: { versionId: verId, ...words(VER, 'the mayor said') },
      otherVersionId: baseId,
      body: '  The mayor is no longer named: check with the wire.  ',
    });

  it('stores the anchor from the library’s own text, with context', () => {
    const n = note();
    expect(n).toMatchObject({
      storyId,
      kind: 'attribution',
      otherVersionId: baseId,
      body: 'The mayor is no longer named: check with the wire.',
      anchor: { versionId: verId, text: 'the mayor said', before: 'The council voted on Monday, ' },
    });
    expect(n.anchor.hash).toBe(lib.getVersionSummary(verId).contentHash);
    expect(lib.notes.list(storyId)).toEqual([n]);
  });

  it('is found by the full-text search, by its text and by the words it is on', () => {
    const n = note();
    const [hit] = lib.notes.search('wire', 10);
    expect(hit).toMatchObject({
      noteId: n.id,
      storyId,
      storyTitle: 'Harbour cable',
      kind: 'attribution',
    });
    expect(hit?.snippet).toContain(`${MARK_START}wire${MARK_END}`);
    expect(lib.notes.search('mayor', 10).map((h) => h.noteId)).toEqual([n.id]);
    lib.notes.update(n.id, 'Rewritten after a call.');
    expect(lib.notes.search('wire', 10)).toEqual([]);
    expect(lib.notes.search('call', 10)).toHaveLength(1);
    lib.notes.delete(n.id);
    expect(lib.notes.search('call', 10)).toEqual([]);
  });

  it('is kept, detached with its words, when its version is deleted', () => {
    const n = note();
    lib.deleteVersion(verId);
    const [kept] = lib.notes.list(storyId);
    expect(kept).toMatchObject({ id: n.id, anchor: { versionId: null, text: 'the mayor said' } });
    expect(kept?.otherVersionId).toBe(baseId);
  });

  it('goes with its story', () => {
    note();
    lib.deleteStory(storyId);
    expect(lib.notes.search('wire', 10)).toEqual([]);
  });

  it('refuses words outside the text and unknown versions, saving nothing', () => {
    const bad = (anchor: { versionId: number; start: number; end: number }) =>
      codeOf(() => lib.notes.create({ kind: 'quote', anchor, body: 'x' }));
    expect(bad({ versionId: verId, start: 0, end: VER.length + 5 })).toBe('bad_input');
    expect(bad({ versionId: 9999, start: 0, end: 3 })).toBe('not_found');
    expect(lib.notes.list(storyId)).toEqual([]);
    expect(codeOf(() => lib.notes.update(12345, 'x'))).toBe('not_found');
  });
});

describe('corrections', () => {
  it('stores, lists and removes a status correction', () => {
    const k = lib.corrections.create({
      kind: 'attribution-status',
      status: 'added',
      anchor: { versionId: verId, ...words(VER, 'the mayor said') },
      otherVersionId: baseId,
    });
    expect(k).toMatchObject({
      kind: 'attribution-status',
      status: 'added',
      other: null,
      otherVersionId: baseId,
    });
    expect(lib.corrections.list(storyId)).toEqual([k]);
    lib.corrections.delete(k.id);
    expect(lib.corrections.list(storyId)).toEqual([]);
  });

  it('stores both paragraphs of a link', () => {
    const k = lib.corrections.create({
      kind: 'link',
      anchor: { versionId: baseId, ...words(BASE, 'The cable will be laid') },
      other: { versionId: verId, ...words(VER, 'Reporting by Ann Holt') },
    });
    expect(k.other).toMatchObject({ versionId: verId, text: 'Reporting by Ann Holt' });
    expect(lib.corrections.get(k.id)).toEqual(k);
  });

  it('says what a correction lacks', () => {
    const anchor = { versionId: verId, ...words(VER, 'Reporting') };
    expect(codeOf(() => lib.corrections.create({ kind: 'link', anchor }))).toBe('bad_input');
    expect(
      codeOf(() =>
        lib.corrections.create({ kind: 'attribution-status', anchor, otherVersionId: baseId }),
      ),
    ).toBe('bad_input');
    expect(codeOf(() => lib.corrections.create({ kind: 'not-attribution', anchor }))).toBe(
      'bad_input',
    );
  });
});

describe('migration 4', () => {
  it('adds the tables to a version-3 library and keeps its versions', () => {
    const file = path.join(dir, 'old.sqlite');
    const db = new Database(file);
    migrate(db, 0, 3);
    db.close();
    const old = new Library(file);
    try {
      const s = old.createStory('Old story');
      const v = old.insertVersion(version(s.id, BASE)).version;
      const n = old.notes.create({
        kind: 'paragraph',
        anchor: { versionId: v.id, start: 0, end: 3 },
        body: 'ok',
      });
      expect(old.notes.list(s.id)).toEqual([n]);
    } finally {
      old.close();
    }
  });
});

describe('story notes in the search', () => {
  it('are found, follow edits, and were indexed for stories made before migration 4', () => {
    lib.updateStory(storyId, { notes: 'Phone the quartermaster tomorrow.' });
    expect(lib.notes.search('quartermaster', 10)).toEqual([
      expect.objectContaining({ noteId: null, storyId, kind: 'story', anchorText: '' }),
    ]);
    lib.updateStory(storyId, { notes: 'Done.' });
    expect(lib.notes.search('quartermaster', 10)).toEqual([]);

    const file = path.join(dir, 'v3.sqlite');
    const db = new Database(file);
    migrate(db, 0, 3);
    db.prepare(
      "INSERT INTO stories (title, notes, created_at, updated_at) VALUES ('Old', 'Ask the ferryman', 'x', 'x')",
    ).run();
    db.close();
    const old = new Library(file);
    try {
      expect(old.notes.search('ferryman', 10).map((h) => h.kind)).toEqual(['story']);
    } finally {
      old.close();
    }
  });
});
