// A text's sketch (db/sketch.ts): the hash, MinHash signature, band keys and word count the
// library computes when writing a version; a version written with a sketch computed elsewhere
// (bulk import's worker) is stored exactly as one written without.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../db';
import { writeBulkBatch } from '../../../db/bulk-write';
import { contentHash } from '../../../db/hash';
import { sketchText } from '../../../db/sketch';
import { storedBandKeys } from '../../../db/minhash-recent';
import { countWords } from '../../../engine';
import { bandKeys, minhashOf } from '../../../engine/relations/derivation/minhash';
import { articleText, version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-sketch-'));
  lib = new Library(path.join(dir, 'library.sqlite'), { backups: false });
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the library stored for version `id`: hash, word count, signature and band keys. */
function stored(id: number): unknown {
  const row = lib.db
    .prepare('SELECT content_hash AS hash, word_count AS words FROM versions WHERE id = ?')
    .get(id);
  const sig = lib.db
    .prepare('SELECT scheme, shingles, signature FROM minhash_signatures WHERE version_id = ?')
    .get(id) as { signature: Buffer };
  const bands = storedBandKeys(lib.db, id);
  return { row, sig: { ...sig, signature: [...sig.signature] }, bands };
}

describe('text sketch', () => {
  it('is the hash, sketch, band keys and word count of the text', () => {
    const text = `${articleText(4)} The mayor’s “yes” came at 6,800 votes.`;
    const s = sketchText(text);
    expect(s.contentHash).toBe(contentHash(text));
    expect(s.minhash).toEqual(minhashOf(text));
    expect(s.bandKeys).toEqual(bandKeys(minhashOf(text)));
    expect(s.wordCount).toBe(countWords(text));
  });

  it('stores a version written with its sketch exactly as one written without', () => {
    const text = articleText(7);
    const withSketch = { ...version(0, text, { wordCount: countWords(text) }) };
    const [a] = writeBulkBatch(lib, [{ story: 'A', ownStoryTitle: 'A', version: withSketch }]);
    const [b] = writeBulkBatch(lib, [
      {
        story: 'B',
        ownStoryTitle: 'B',
        // the same text once more: a duplicate by the sketch's hash, as by the text's
        version: { ...withSketch, sketch: sketchText(text) },
      },
    ]);
    expect(a?.outcome).toBe('imported');
    expect(b?.outcome).toBe('duplicate');
    // The same text written with a sketch, then (deleted) without: the same rows either way.
    const other = `${text} One sentence more.`;
    const [c] = writeBulkBatch(lib, [
      { story: 'C', ownStoryTitle: 'C', version: version(0, other, { sketch: sketchText(other) }) },
    ]);
    const withIt = stored(c?.versionId ?? 0);
    lib.db.prepare('DELETE FROM versions WHERE id = ?').run(c?.versionId);
    const [d] = writeBulkBatch(lib, [
      { story: 'C', ownStoryTitle: 'C', version: version(0, other) },
    ]);
    expect(c?.outcome).toBe('imported');
    expect(d?.outcome).toBe('imported');
    expect(stored(d?.versionId ?? 0)).toEqual(withIt);
    expect(lib.check(true).ok).toBe(true);
  });

  it('writes the band rows of a whole batch, each under its own version', () => {
    // one text with no shingles (no band rows), and several with 64 each
    const texts = ['The and of.', ...[1, 2, 3, 4, 5].map((i) => articleText(20 + i))];
    const written = writeBulkBatch(
      lib,
      texts.map((t, i) => ({ story: null, ownStoryTitle: `S${i}`, version: version(0, t) })),
    );
    written.forEach((w, i) => {
      const keys = [...bandKeys(minhashOf(texts[i] ?? ''))];
      const rows = storedBandKeys(lib.db, w.versionId);
      expect(rows).toEqual(keys.map((hash, band) => ({ band, hash })));
    });
    expect(lib.check(true).ok).toBe(true);
  });
});
