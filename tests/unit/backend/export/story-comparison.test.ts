import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareStory,
  comparisonCacheKey,
  resolveStory,
  resolveVersion,
  STORY_COMPARE_OPTIONS,
} from '../../../../backend/export/index';
import { cacheKey } from '../../../../renderer/src/compare/cache-key';
import { harborStory, paste, tempLibrary, type TempLibrary } from './library';

let lib: TempLibrary;
let storyId: number;
beforeAll(async () => {
  lib = tempLibrary();
  storyId = await harborStory(lib.ctx);
});
afterAll(() => lib.close());

describe('a library story’s comparison', () => {
  it('uses the same cache key as the app', async () => {
    const parts = {
      versions: [
        { hash: 'bb', published: null },
        { hash: 'aa', published: '2024-03-12' },
      ],
      baseHash: 'bb',
      options: STORY_COMPARE_OPTIONS,
    };
    expect(comparisonCacheKey(parts)).toBe(await cacheKey(parts));
  });

  it('computes once, then reads the comparison cache; numbers are the library’s', () => {
    const first = compareStory(lib.ctx.library, storyId);
    const second = compareStory(lib.ctx.library, storyId);
    expect(first.source).toBe('engine');
    expect(second.source).toBe('cache');
    expect(second.comparison).toEqual(first.comparison);
    // The earliest published version is the automatic base: the Gazette, #1.
    expect(first.versions[first.comparison.base]?.outlet).toBe('Harbor Gazette');
    expect(first.comparison.versions.map((v) => v.number).sort()).toEqual([1, 2, 3]);
    expect(first.comparison.versions.map((v) => v.id)).toEqual(
      first.versions.map((v) => v.contentHash),
    );
  });

  it('compares against another base when asked', () => {
    const versions = lib.ctx.library.listVersions(storyId);
    const two = resolveVersion(versions, '#2');
    const r = compareStory(lib.ctx.library, storyId, two.id);
    expect(r.versions[r.comparison.base]?.number).toBe(2);
    expect(resolveVersion(versions, `id:${two.id}`).id).toBe(two.id);
    expect(() => resolveVersion(versions, '9')).toThrow(/no version “9”.*#1, #2, #3/);
  });

  it('finds a story by id or exact title, and lists the candidates when a title is ambiguous', async () => {
    expect(resolveStory(lib.ctx.library, String(storyId)).id).toBe(storyId);
    expect(resolveStory(lib.ctx.library, '  harbor CABLE vote ').id).toBe(storyId);
    expect(() => resolveStory(lib.ctx.library, 'Harbor')).toThrow(/no story “Harbor”/);
    const other = await paste(lib.ctx, 'Twin', 'One text.');
    lib.ctx.library.createStory('twin');
    expect(() => resolveStory(lib.ctx.library, 'TWIN')).toThrow(
      new RegExp(`2 stories are called “TWIN”[^]*${other}  Twin`),
    );
    expect(() => compareStory(lib.ctx.library, other)).toThrow(/one version: a comparison needs/);
  });
});
