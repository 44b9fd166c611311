// The evidence of a URL import (migration 0007, db/fetch-evidence.ts): written with its version,
// the raw bytes kept once (compressed) and given back whole, gone with the version, and refused
// by the STRICT table when malformed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../db';
import type { FetchEvidence } from '../../../db/fetch-evidence';
import { version } from './helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-evidence-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = Buffer.from(
  `<!doctype html><html><body><p>${'The harbour council voted. '.repeat(200)}</p></body></html>`,
);

function evidence(extra: Partial<FetchEvidence> = {}): FetchEvidence {
  return {
    requestedUrl: 'http://news.example/a',
    finalUrl: 'https://news.example/a',
    fetchedAt: '2026-12-02T10:00:00.000Z',
    httpStatus: 200,
    contentType: 'text/html',
    redirects: 1,
    rawSha256: 'a'.repeat(64),
    rawSize: page.length,
    rawGzip: gzipSync(page),
    ...extra,
  };
}

describe('fetch evidence', () => {
  it('is written with its version and read back without the bytes', () => {
    const story = lib.createStory('Harbour vote');
    const text = 'The harbour council voted on the cable.';
    const { version: v } = lib.insertVersion(
      version(story.id, text, { sourceKind: 'url', rawBytes: page, fetch: evidence() }),
    );
    const { rawGzip: _bytes, ...summary } = evidence();
    expect(lib.getFetchEvidence(v.id)).toEqual(summary);
    // Kept once: compressed in the evidence, not again in the version row.
    const row = lib.db
      .prepare('SELECT length(raw_bytes) AS n FROM versions WHERE id = ?')
      .get(v.id) as { n: number };
    expect(row.n).toBe(0);
    expect(lib.getRawBytes(v.id).equals(page)).toBe(true);
  });

  it('is null for versions that were not fetched, whose bytes stay as they were', () => {
    const story = lib.createStory('Harbour vote');
    const raw = Buffer.from('Caf\xe9 owners welcome the cable.', 'latin1');
    const { version: v } = lib.insertVersion(
      version(story.id, 'Café owners welcome the cable.', { rawBytes: raw }),
    );
    expect(lib.getFetchEvidence(v.id)).toBeNull();
    expect(lib.getRawBytes(v.id).equals(raw)).toBe(true);
  });

  it('goes when its version is deleted', () => {
    const story = lib.createStory('Harbour vote');
    const { version: v } = lib.insertVersion(
      version(story.id, 'Text of a fetched page.', { sourceKind: 'url', fetch: evidence() }),
    );
    lib.deleteVersion(v.id);
    expect(lib.db.prepare('SELECT count(*) AS n FROM fetch_evidence').get()).toEqual({ n: 0 });
  });

  it('refuses a malformed hash or status, and writes nothing of the version then', () => {
    const story = lib.createStory('Harbour vote');
    for (const bad of [{ rawSha256: 'short' }, { httpStatus: 42 }]) {
      expect(() =>
        lib.insertVersion(version(story.id, 'Text of a fetched page.', { fetch: evidence(bad) })),
      ).toThrow(/CHECK constraint/);
    }
    expect(lib.listVersions(story.id)).toHaveLength(0);
  });
});
