import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoStory } from '../../../backend/demo/demo-story';
import { Library, contentHash } from '../../../db';
import { compare } from '../../../engine/index';

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

describe('comparison cache without a second copy of the texts', () => {
  const body = 'The harbour council voted on the cable after a long night. '.repeat(20);
  const textA = `The council voted on the cable.\n\nThe mayor said “yes”. ${body}`;
  const textB = `The council  voted on the cable.\n\nThe mayor said “yes”. ${body}`; // same hash
  const comparisonOf = (texts: string[]): string =>
    JSON.stringify({
      format: 'retold.comparison/2',
      base: 0,
      versions: texts.map((text) => ({
        id: contentHash(text),
        outlet: null,
        text,
        blocks: [{ start: 0, end: text.length }],
      })),
      pairs: [{ similarity: 0.5 }],
    });
  const stored = (): string =>
    (
      lib.db.prepare('SELECT comparison FROM comparison_cache WHERE key = ?').get(KEY) as {
        comparison: string;
      }
    ).comparison;

  it('stores each library text as a reference and gives back the same JSON', () => {
    const story = lib.createStory('S');
    addVersion(story.id, textA);
    addVersion(lib.createStory('T').id, textB); // a text with the same content hash
    const json = comparisonOf([textA, textB]);
    lib.putCachedComparison(KEY, [contentHash(textA)], json);
    expect(stored()).not.toContain('The mayor said');
    expect(stored().length).toBeLessThan(json.length);
    expect(lib.getCachedComparison(KEY)).toBe(json);
  });

  it('keeps texts the library does not hold, and misses when a referenced text is gone', () => {
    const story = lib.createStory('S');
    const a = addVersion(story.id, textA);
    const json = comparisonOf([textA, 'Pasted only into the comparison.']);
    lib.putCachedComparison(KEY, [], json);
    expect(stored()).toContain('Pasted only into the comparison.');
    expect(lib.getCachedComparison(KEY)).toBe(json);
    lib.db.prepare('DELETE FROM versions WHERE id = ?').run(a); // gone without pruning
    expect(lib.getCachedComparison(KEY)).toBeNull();
  });
});

describe('comparison cache of a real comparison', () => {
  it('gives back exactly what a fresh compare of the demo story gives, stored without its texts', () => {
    const story = lib.createStory(demoStory.title);
    const texts = demoStory.versions.map((v) => v.text);
    texts.forEach((text) => addVersion(story.id, text));
    const inputs = texts.map((text) => ({ id: contentHash(text), text, published: null }));
    const fresh = JSON.stringify(compare(inputs, { foldSpelling: true, ignoreCase: false }));
    lib.putCachedComparison(
      KEY,
      inputs.map((i) => i.id),
      fresh,
    );
    const stored = (
      lib.db.prepare('SELECT comparison FROM comparison_cache WHERE key = ?').get(KEY) as {
        comparison: string;
      }
    ).comparison;
    const textChars = texts.reduce((n, t) => n + JSON.stringify(t).length, 0);
    expect(stored.length).toBeLessThan(fresh.length - textChars / 2);
    expect(lib.getCachedComparison(KEY)).toBe(fresh);
  });
});
