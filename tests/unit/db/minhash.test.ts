// The near-duplicate index (db/minhash.ts, migration 0008): a signature and its band keys for
// every version, written in the version's own transaction by every import path, kept when a
// version moves, gone when it is deleted, backfilled for libraries made before, and checked.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoIfNew } from '../../../backend/demo-seed';
import { Library, describeCheck, migrations } from '../../../db';
import { writeBulkBatch } from '../../../db/bulk-write';
import { up as minhash } from '../../../db/migrations/0008-minhash';
import { bandCandidates, readSignature } from '../../../db/minhash';
import { storedBandKeys } from '../../../db/minhash-recent';
import { migrate } from '../../../db/open';
import { MINHASH, minhashOf } from '../../../engine/relations/derivation/minhash';
import { articleText, version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-minhash-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string, ...args: unknown[]) =>
  (lib.db.prepare(sql).get(...args) as { n: number }).n;
const signatures = (id: number) =>
  count('SELECT count(*) AS n FROM minhash_signatures WHERE version_id = ?', id);
const bands = (id: number) => storedBandKeys(lib.db, id).length;
/** Band keys of all versions, in the big index or the recent one (db/minhash-recent.ts). */
const allBands = () =>
  (lib.db.prepare('SELECT id FROM versions').pluck().all() as number[]).reduce(
    (n, id) => n + bands(id),
    0,
  );

describe('near-duplicate index', () => {
  it('writes a signature and its bands with every version, on every import path', () => {
    expect(seedDemoIfNew(lib)).toBe(true); // first: it seeds only a new library
    const s = lib.createStory('Harbour');
    const single = lib.insertVersion(version(s.id, articleText(1))).version.id;
    const [bulk] = writeBulkBatch(lib, [
      { story: null, ownStoryTitle: 'Bulk', version: version(0, articleText(2)) },
    ]);
    // URL import writes through the same batch, with the fetch evidence beside the version
    const page = new TextEncoder().encode('<p>fetched</p>');
    const fetched = {
      requestedUrl: 'https://example.org/a',
      finalUrl: 'https://example.org/a',
      fetchedAt: '2024-05-06T10:00:00.000Z',
      httpStatus: 200,
      contentType: 'text/html',
      redirects: 0,
      rawSha256: 'ab'.repeat(32),
      rawSize: page.byteLength,
      rawGzip: gzipSync(page),
    };
    const [url] = writeBulkBatch(lib, [
      {
        story: null,
        ownStoryTitle: 'Fetched',
        version: version(0, articleText(3), { sourceKind: 'url', fetch: fetched }),
      },
    ]);
    expect(url?.outcome).toBe('imported');
    const all = lib.db.prepare('SELECT id, text FROM versions').all() as {
      id: number;
      text: string;
    }[];
    expect(all.length).toBeGreaterThan(3); // the demo story's versions too
    for (const v of all) {
      expect(signatures(v.id)).toBe(1);
      expect(bands(v.id)).toBe(MINHASH.bands);
      expect(readSignature(lib.db, v.id)?.signature).toEqual(minhashOf(v.text).signature);
    }
    expect(bulk?.outcome).toBe('imported');
    expect(single).toBeGreaterThan(0);
    expect(lib.check(true).ok).toBe(true);
  });

  it('writes nothing when the version is not written', () => {
    const s = lib.createStory('Harbour');
    lib.insertVersion(version(s.id, articleText(1)));
    lib.insertVersion(version(s.id, articleText(1))); // a duplicate
    expect(count('SELECT count(*) AS n FROM minhash_signatures')).toBe(1);
    expect(() =>
      lib.transaction(() => {
        lib.insertVersion(version(s.id, articleText(2)));
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(count('SELECT count(*) AS n FROM minhash_signatures')).toBe(1);
    expect(allBands()).toBe(MINHASH.bands);
  });

  it('keeps the signature when a version moves, and deletes it with the version', () => {
    const a = lib.createStory('A');
    const b = lib.createStory('B');
    const v = lib.insertVersion(version(a.id, articleText(3))).version.id;
    const w = lib.insertVersion(version(b.id, articleText(4))).version.id;
    lib.moveVersion(v, b.id);
    expect([signatures(v), bands(v)]).toEqual([1, MINHASH.bands]);
    lib.deleteVersion(v);
    expect([signatures(v), bands(v)]).toEqual([0, 0]);
    lib.deleteStory(b.id);
    expect([signatures(w), bands(w)]).toEqual([0, 0]);
  });

  it('finds a version by its bands', () => {
    const s = lib.createStory('Harbour');
    // articleText draws from one small vocabulary; these two share no word but stopwords
    const words = (tag: string) =>
      Array.from({ length: 200 }, (_, i) => `${tag}${(i * 37) % 113}`).join(' ');
    const text = words('alpha');
    const v = lib.insertVersion(version(s.id, text)).version.id;
    const other = lib.insertVersion(version(s.id, words('beta'))).version.id;
    const hits = bandCandidates(lib.db, minhashOf(`${text} One more line.`), null);
    expect(hits[0]?.versionId).toBe(v);
    expect(hits.some((h) => h.versionId === other)).toBe(false);
  });

  it('reports versions without a signature in the full check', () => {
    const s = lib.createStory('Harbour');
    const v = lib.insertVersion(version(s.id, articleText(6))).version.id;
    lib.db.prepare('DELETE FROM minhash_signatures WHERE version_id = ?').run(v);
    const result = lib.check(true);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toContain(`#${v}`);
    expect(describeCheck(result)).toMatch(/^The full check found no damaged page, but 1 version/);
    expect(lib.check(false).ok).toBe(true);
  });

  it('backfills the signatures of a library made before migration 0008', () => {
    lib.close();
    const file = path.join(dir, 'old.sqlite');
    const db = new Database(file);
    migrate(db, 0, migrations.indexOf(minhash));
    db.exec(`INSERT INTO stories (id, title, created_at, updated_at) VALUES (1, 'Old', 'x', 'x')`);
    const insert = db.prepare(
      `INSERT INTO versions (story_id, number, source_kind, raw_bytes, encoding, format, text,
         content_hash, word_count, imported_at) VALUES (1, ?, 'file', x'', 'utf-8', 'text', ?, ?, 1, 'x')`,
    );
    for (let i = 1; i <= 3; i += 1) insert.run(i, articleText(10 + i), `hash${i}`);
    db.close();
    lib = new Library(file);
    for (let id = 1; id <= 3; id += 1) {
      expect(readSignature(lib.db, id)?.signature).toEqual(
        minhashOf(articleText(10 + id)).signature,
      );
      expect(bands(id)).toBe(MINHASH.bands);
    }
    expect(lib.check(true).ok).toBe(true);
  });
});
