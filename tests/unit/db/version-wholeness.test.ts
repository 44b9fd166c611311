// The wholeness check of the kill test (db/version-wholeness.ts) must be able to fail: on a
// sound library it finds nothing; each kind of damage a torn write could leave (a version the
// search index lacks, one without its signature, a story without versions, a text that no
// longer matches its hash) is found and named by id. The damage is made by hand, in SQL,
// because no code path of Retold can make it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkVersionWholeness, countVersionsInFile } from '../../../db';
import { paste, tempLibrary, type TempLibrary } from '../backend/export/library';

let lib: TempLibrary;
let ids: number[];
beforeEach(async () => {
  lib = tempLibrary();
  const story = await paste(lib.ctx, 'Ferry', 'Ferry fares rise\n\nThe ferry raised fares.\n');
  await paste(lib.ctx, story, 'Ferry fares go up\n\nThe ferry company raised its fares.\n');
  await paste(lib.ctx, 'Bridge', 'Bridge closes\n\nThe old bridge closed on Friday.\n');
  ids = lib.ctx.library.listVersions(story).map((v) => v.id);
});
afterEach(() => lib.close());

const check = () => checkVersionWholeness(lib.ctx.library.db);

describe('version wholeness', () => {
  it('finds nothing wrong with a library written by Retold', () => {
    expect(check()).toEqual({
      versions: 3,
      badText: [],
      missingFts: [],
      missingSignature: [],
      emptyStories: [],
      ftsProblem: null,
    });
    expect(countVersionsInFile(lib.file)).toBe(3);
  });

  it('names a version the search index lacks, and one whose text changed', () => {
    const db = lib.ctx.library.db;
    const [a, b] = ids as [number, number];
    const v = db.prepare('SELECT title, outlet, text FROM versions WHERE id = ?').get(a) as {
      title: string | null;
      outlet: string | null;
      text: string;
    };
    // Remove a's entry from the index as the delete trigger would (folded text included).
    db.prepare(
      `INSERT INTO versions_fts(versions_fts, rowid, title, outlet, text)
       VALUES ('delete', ?, retold_fold(?), retold_fold(?), retold_fold(?))`,
    ).run(a, v.title, v.outlet, v.text);
    db.prepare("UPDATE versions SET content_hash = 'x' WHERE id = ?").run(b);
    const found = check();
    expect(found.missingFts).toEqual([a]);
    expect(found.badText).toEqual([b]);
  });

  it('names a story without versions and a version without its signature', () => {
    const db = lib.ctx.library.db;
    const empty = lib.ctx.library.createStory('Nothing here');
    const hasSignatures = check().missingSignature !== null;
    if (hasSignatures)
      db.prepare('DELETE FROM minhash_signatures WHERE version_id = ?').run(ids[0]);
    const found = check();
    expect(found.emptyStories).toEqual([empty.id]);
    expect(found.missingSignature).toEqual(hasSignatures ? [ids[0]] : null);
  });

  it('names a version whose band keys are in neither the index nor the recent rows', () => {
    const db = lib.ctx.library.db;
    const [a] = ids as [number];
    const keys = db.prepare('SELECT band, hash FROM minhash_bands WHERE version_id = ?').all(a);
    db.prepare('DELETE FROM minhash_bands WHERE version_id = ?').run(a);
    expect(check().missingSignature).toEqual([a]);
    // as a bulk import leaves them until it merges: still whole
    const add = db.prepare(
      'INSERT INTO minhash_bands_recent (band, hash, version_id) VALUES (@band, @hash, ?)',
    );
    for (const k of keys as { band: number; hash: number }[]) add.run(a, k);
    expect(check().missingSignature).toEqual([]);
  });
});
