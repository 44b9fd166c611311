// Grouping the unsorted articles (backend/collections/propose.ts) on real copy: the
// development set's syndicated clusters must come back as stories, and its independent reports
// of the same events (which share names, places and quoted statements) must stay apart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeStories } from '../../../../backend/collections/propose';
import type { StoryProposal } from '../../../../backend/collections/types';
import type { Library } from '../../../../db';
import { newsParagraphs } from '../../../../bench/support/news-text';
import { version } from '../../db/helpers';
import { devsetLibrary } from './devset-library';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-propose-'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each proposal as the sorted truth labels of its members. */
const asTruth = (ps: readonly StoryProposal[], truth: Map<number, string>) =>
  ps.map((p) => p.members.map((m) => truth.get(m.versionId)));

describe('proposeStories', () => {
  it('proposes the real syndicated clusters and keeps same-event reports apart', () => {
    const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), ['07', '08', '12', '16', '17', '18']);
    lib = fixture.lib;
    const proposals = proposeStories(lib);
    const labels = asTruth(proposals, fixture.truth);
    // one proposal per syndicated cluster, each whole and pure
    expect(labels.map((l) => new Set(l).size)).toEqual(labels.map(() => 1));
    expect(labels.map((l) => l[0]).sort()).toEqual([
      'devset:07-coach-k-stays',
      'devset:08-abq-baby-elephant',
      'devset:16-mars-simulation-afp',
      'devset:17-mars-simulation-reuters',
    ]);
    const sizes = Object.fromEntries(labels.map((l) => [l[0], l.length]));
    expect(sizes).toMatchObject({
      'devset:07-coach-k-stays': 3,
      'devset:08-abq-baby-elephant': 3,
      'devset:16-mars-simulation-afp': 4,
      'devset:17-mars-simulation-reuters': 3,
    });
    // the independent reports (Baltimore Sun, Chicago Tribune, Scout) are in no proposal
    const grouped = new Set(proposals.flatMap((p) => p.members.map((m) => m.versionId)));
    for (const v of ['v1', 'v2', 'v3'])
      expect(grouped.has(fixture.id(`12-control-coach-k-stays/${v}`))).toBe(false);
  });

  it('says why each original was chosen: date, agency credit, containment', () => {
    const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), ['07', '08', '17']);
    lib = fixture.lib;
    const byOriginal = new Map(proposeStories(lib).map((p) => [p.originalId, p]));
    // 08: the Albuquerque Journal's web story was published a day before the AP rewrite
    const abq = byOriginal.get(fixture.id('08-abq-baby-elephant/v0'));
    expect(abq?.reasons[0]).toEqual({
      kind: 'earliest-date',
      text: 'published first, on 4 May 2018',
    });
    // 07: same day for two of three (the dates cannot decide); only the AP copy credits AP
    const coachK = byOriginal.get(fixture.id('07-coach-k-stays/v0'));
    expect(coachK?.reasons.map((r) => r.kind)).toContain('agency-credit');
    expect(coachK?.reasons[0]?.text).toMatch(/^credits AP for its copy/);
    // 17: two undated copies: the Reuters text contains the most of the others
    const reuters = byOriginal.get(fixture.id('17-mars-simulation-reuters/v0'));
    expect(reuters?.reasons.map((r) => r.kind)).toEqual(['containment']);
    // members: the original first, then each copy with its containment and derivation
    expect(reuters?.members[0]).toEqual({
      versionId: reuters?.originalId,
      containedInOriginal: null,
      containsOriginal: null,
      derivation: null,
    });
    for (const m of reuters?.members.slice(1) ?? []) {
      expect(m.derivation).not.toBe('none');
      expect(m.containedInOriginal).toBeGreaterThan(0.2);
      expect(m.containsOriginal).toBeGreaterThan(0.1);
    }
  });

  it('groups only the versions asked for, and only unsorted ones by default', () => {
    const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), ['07', '16']);
    lib = fixture.lib;
    const only = ['07-coach-k-stays/v0', '07-coach-k-stays/v1'].map(fixture.id);
    expect(proposeStories(lib, { versionIds: only }).map((p) => p.members.length)).toEqual([2]);
    // once two AFP copies share a story, they are no longer unsorted
    lib.moveVersion(
      fixture.id('16-mars-simulation-afp/v1'),
      lib.getVersionSummary(fixture.id('16-mars-simulation-afp/v0')).storyId,
    );
    const afp = proposeStories(lib).find((p) => fixture.truth.get(p.originalId)?.includes('16-'));
    expect(afp?.members.map((m) => m.versionId).sort()).toEqual(
      ['16-mars-simulation-afp/v2', '16-mars-simulation-afp/v3'].map(fixture.id).sort(),
    );
  });

  it('does not chain two stories through a round-up that copies both', () => {
    const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), []);
    lib = fixture.lib;
    const a = newsParagraphs(400, { seed: 1 });
    const b = newsParagraphs(400, { seed: 2 });
    const roundUp = [
      ...a.slice(0, Math.ceil(a.length / 2)),
      ...b.slice(0, Math.ceil(b.length / 2)),
    ];
    const add = (paras: string[], published: string) => {
      const s = lib.createStory('x');
      return lib.insertVersion(version(s.id, paras.join('\n\n'), { meta: { published } })).version
        .id;
    };
    const wireA = add(a, '2024-03-01T08:00');
    const wireB = add(b, '2024-03-01T09:00');
    const hub = add(roundUp, '2024-03-02T08:00');
    const proposals = proposeStories(lib);
    const together = (x: number, y: number) =>
      proposals.some(
        (p) => p.members.some((m) => m.versionId === x) && p.members.some((m) => m.versionId === y),
      );
    expect(together(wireA, hub)).toBe(true);
    expect(together(wireA, wireB)).toBe(false);
  });

  it('gives the same proposals on every run', () => {
    const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), ['16', '17', '18']);
    lib = fixture.lib;
    expect(proposeStories(lib)).toEqual(proposeStories(lib));
  });
});
