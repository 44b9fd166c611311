// The helpers every issue 13 export reads through (backend/export/relations.ts): which
// correspondences stand after the analyst's corrections, where a source is used, how
// versions are named. Through the real backend (dispatch), library and engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { dispatch } from '../../../../backend/dispatch';
import { collectStory, findingRows, type StoryExport } from '../../../../backend/export/index';
import {
  activeCorrespondences,
  chainClaim,
  sourceMention,
  versionList,
} from '../../../../backend/export/relations';
import type { Pair } from '../../../../engine/index';
import { tempLibrary, type TempLibrary } from './library';
import { bridgeStory, meterStory } from './relations-stories';

let lib: TempLibrary;
let storyId: number;
let before: StoryExport;
let after: StoryExport;
beforeAll(async () => {
  lib = tempLibrary();
  storyId = await bridgeStory(lib.ctx);
  before = collectStory(lib.ctx.library, storyId, { appVersion: APP_VERSION });
  // The analyst links the two Whitcombe paragraphs: reused wording, in their judgement.
  const c = before.comparison;
  const pair = c.pairs[0] as Pair;
  const k = pair.correspondences?.find((x) => x.evidence.speakers.includes('Dana Whitcombe'));
  const blockOf = (v: number, b: number) =>
    c.versions[v]?.blocks[b] as { start: number; end: number };
  if (!k) throw new Error('fixture: no Whitcombe correspondence');
  const b = blockOf(c.base, k.base);
  const v = blockOf(pair.version, k.version);
  const r = await dispatch(lib.ctx, 'corrections.create', {
    kind: 'link',
    anchor: {
      versionId: before.versions[pair.version]?.libraryId as number,
      start: v.start,
      end: v.end,
    },
    other: { versionId: before.versions[c.base]?.libraryId as number, start: b.start, end: b.end },
    otherVersionId: before.versions[c.base]?.libraryId as number,
  });
  if (!r.ok) throw new Error(r.error.message);
  after = collectStory(lib.ctx.library, storyId, { appVersion: APP_VERSION });
}, 60_000);
afterAll(() => lib.close());

describe('correspondences after a correction', () => {
  it('drop the one whose paragraphs the analyst linked, in the CSV too', () => {
    const pairBefore = before.comparison.pairs[0] as Pair;
    const pairAfter = after.comparison.pairs[0] as Pair;
    expect(activeCorrespondences(pairBefore)).toHaveLength(3);
    expect(after.corrections[0]?.outcome).toBe('applied');
    const left = activeCorrespondences(pairAfter);
    expect(left).toHaveLength(2);
    expect(left.some((k) => k.evidence.speakers.includes('Dana Whitcombe'))).toBe(false);
    expect(findingRows(after).filter((r) => r.type === 'correspondence')).toHaveLength(2);
    // the JSON keeps what the engine found; the link the analyst made is in `corrections`
    expect(pairAfter.correspondences).toHaveLength(3);
  });
});

describe('where a source is used', () => {
  it('finds the quotation of a source quoted directly, and the attribution of one reported', () => {
    const pair = before.comparison.pairs[0] as Pair;
    const whitcombe = pair.sources?.find((s) => s.name === 'Dana Whitcombe');
    if (!whitcombe) throw new Error('fixture: no Whitcombe source');
    const base = before.comparison.versions[before.comparison.base]?.text ?? '';
    const ver = before.comparison.versions[pair.version]?.text ?? '';
    const b = sourceMention(pair, whitcombe, 'base');
    const v = sourceMention(pair, whitcombe, 'version');
    expect(b?.text).toMatch(/^“?We found corrosion/);
    expect(base.slice(b?.start, b?.end)).toBe(b?.text);
    expect(v?.text).toMatch(/Dana Whitcombe/);
    expect(ver.slice(v?.start, v?.end)).toBe(v?.text);
    const mayor = pair.sources?.find((s) => s.status === 'version-only');
    expect(mayor && sourceMention(pair, mayor, 'base')).toBeNull();
  });
});

describe('version names', () => {
  it('list versions by the library’s numbers, in number order', async () => {
    const x = collectStory(lib.ctx.library, await meterStory(lib.ctx), { appVersion: APP_VERSION });
    const byNumber = (n: number) => x.versions.findIndex((v) => v.number === n);
    expect(versionList(x, [byNumber(3), byNumber(1)])).toBe('#1 and #3');
    expect(versionList(x, [byNumber(2), byNumber(3), byNumber(1)])).toBe('#1, #2 and #3');
    const claims = (x.comparison.copyChain?.entries ?? []).map((e) => chainClaim(x, e)).sort();
    expect(claims).toEqual(['copies #1 (the base)', 'probably copies #2']);
  });
});
