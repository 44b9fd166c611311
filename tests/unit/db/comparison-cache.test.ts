import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library, contentHash } from '../../../db';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cache-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

function addVersion(storyId: number, text: string): number {
  return lib.insertVersion({
    storyId,
    meta: {},
    sourceKind: 'paste',
    sourceName: null,
    rawBytes: new TextEncoder().encode(text),
    encoding: 'utf-8',
    format: 'text',
    text,
    wordCount: 2,
  }).version.id;
}

const KEY = 'a'.repeat(64);

describe('comparison cache', () => {
  it('misses, stores, hits and replaces', () => {
    expect(lib.getCachedComparison(KEY)).toBeNull();
    lib.putCachedComparison(KEY, [], '{"format":"retold.comparison/2","n":1}');
    expect(lib.getCachedComparison(KEY)).toBe('{"format":"retold.comparison/2","n":1}');
    lib.putCachedComparison(KEY, [], '{"format":"retold.comparison/2","n":2}');
    expect(lib.getCachedComparison(KEY)).toContain('"n":2');
  });

  it('prunes entries whose versions were deleted, and keeps the others', () => {
    const story = lib.createStory('S');
    const a = addVersion(story.id, 'First text.');
    addVersion(story.id, 'Second text.');
    const ha = contentHash('First text.');
    const hb = contentHash('Second text.');
    lib.putCachedComparison(KEY, [ha, hb], '{}');
    lib.putCachedComparison('b'.repeat(64), [hb], '{}');
    lib.deleteVersion(a);
    expect(lib.getCachedComparison(KEY)).toBeNull();
    expect(lib.getCachedComparison('b'.repeat(64))).toBe('{}');
    lib.deleteStory(story.id);
    expect(lib.getCachedComparison('b'.repeat(64))).toBeNull();
  });

  it('survives reopening the library', () => {
    lib.putCachedComparison(KEY, [], '{"x":1}');
    lib.close();
    lib = new Library(path.join(dir, 'library.sqlite'));
    expect(lib.getCachedComparison(KEY)).toBe('{"x":1}');
  });
});
