// Review of story proposals (backend/collections/review.ts and regroup.ts) on the grouping
// fixture: six invented articles, each alone in its story (tests/fixtures/grouping/README.md).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProposal } from '../../../../backend/collections/regroup';
import {
  acceptAll,
  acceptAllBlocked,
  mergeProposals,
  splitProposal,
  storeProposals,
} from '../../../../backend/collections/review';
import type { Library } from '../../../../db';
import { fixtureLibrary, type Name } from './support';

let dir: string;
let lib: Library;
let ids: Record<Name, number>;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-review-'));
  ({ lib, ids } = fixtureLibrary(path.join(dir, 'library.sqlite')));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const dam = () => [ids['dam-reprint-2'], ids['dam-wire'], ids['dam-reprint-1']];
const bakery = () => [ids['bakery-reprint'], ids['bakery-wire']];
const members = (id: number) => lib.proposals.get(id).members.map((m) => m.versionId);

describe('rebuildProposal', () => {
  it('presumes the earliest article the original and measures the others against it', () => {
    const p = rebuildProposal(lib, [...dam(), ids['dam-independent']], 'near-duplicates');
    expect(p.originalId).toBe(ids['dam-wire']);
    expect(p.title).toBe('Valley dam spillway to be rebuilt after spring floods');
    expect(p.reasons).toEqual([
      { kind: 'earliest-date', text: 'published first, on 6 May 2024 at 06:10' },
    ]);
    const of = (n: Name) => p.members.find((m) => m.versionId === ids[n]);
    expect(of('dam-wire')).toMatchObject({ derivation: null, containedInOriginal: null });
    expect(of('dam-reprint-1')?.derivation).toBe('wholly');
    expect(of('dam-reprint-1')?.containedInOriginal).toBeGreaterThan(0.9);
    expect(of('dam-reprint-1')?.containsOriginal).toBeLessThan(0.9);
    expect(of('dam-reprint-2')?.derivation).not.toBe('none');
    // the independent report shares the quoted statement and the names, not the wording
    expect(of('dam-independent')?.derivation).toBe('none');
    expect(of('dam-independent')?.containedInOriginal).toBeLessThan(0.2);
  });

  it('falls back on containment when a date is missing', () => {
    lib.updateVersion(ids['dam-reprint-1'], { published: null });
    const p = rebuildProposal(lib, dam(), 'near-duplicates');
    expect(p.originalId).toBe(ids['dam-wire']);
    expect(p.reasons[0]?.kind).toBe('containment');
  });
});

describe('review', () => {
  function store(): { damId: number; bakeryId: number } {
    const run = storeProposals(lib, 'near-duplicates', [
      rebuildProposal(lib, dam(), 'near-duplicates'),
      rebuildProposal(lib, bakery(), 'near-duplicates'),
    ]);
    expect(run).toEqual({ proposals: 2, articles: 5, skipped: 0 });
    const [a, b] = lib.proposals.list();
    return { damId: a!.id, bakeryId: b!.id };
  }

  it('replaces the last run of the same source, and keeps the other source', () => {
    store();
    const passim = rebuildProposal(lib, [ids['dam-independent'], ids['dam-wire']], 'passim');
    expect(storeProposals(lib, 'passim', [passim])).toMatchObject({ proposals: 0, skipped: 1 });
    store();
    expect(lib.proposals.count()).toBe(2);
  });

  it('splits an article out into a new proposal or back to the unsorted ones', () => {
    const { damId } = store();
    const r = splitProposal(lib, damId, [ids['dam-reprint-2']], 'unsorted');
    expect(r.created).toBeNull();
    expect(members(r.kept!)).toEqual([ids['dam-wire'], ids['dam-reprint-1']]);
    expect(() => splitProposal(lib, r.kept!, [ids['dam-wire']], 'new-proposal')).toThrow(
      /two articles or more/,
    );
    expect(() => splitProposal(lib, r.kept!, [ids['dam-independent']], 'unsorted')).toThrow(
      /not in this proposal/,
    );
  });

  it('splits out the original: both sides get their original chosen again', () => {
    const { damId, bakeryId } = store();
    const merged = mergeProposals(lib, damId, bakeryId).id;
    expect(lib.proposals.get(merged).originalId).toBe(ids['bakery-wire']);
    const r = splitProposal(lib, merged, bakery(), 'new-proposal');
    expect(lib.proposals.get(r.kept!).originalId).toBe(ids['dam-wire']);
    expect(lib.proposals.get(r.kept!).members[1]?.derivation).toBe('wholly');
    expect(lib.proposals.get(r.created!).originalId).toBe(ids['bakery-wire']);
    expect(lib.proposals.count()).toBe(2);
  });

  it('dissolves a proposal left with one article', () => {
    const { bakeryId } = store();
    expect(splitProposal(lib, bakeryId, [ids['bakery-reprint']], 'unsorted').kept).toBeNull();
    expect(lib.proposals.count()).toBe(1);
  });

  it('accepts all only when every article is wholly derived', () => {
    store();
    expect(acceptAllBlocked(lib)).toBeNull();
    expect(acceptAll(lib)).toEqual({ stories: 2, moved: 3 });
    expect(lib.getStory(lib.getVersionSummary(ids['dam-wire']).storyId).versionCount).toBe(3);
    expect(acceptAllBlocked(lib)).toBe('There are no proposals to accept.');
    expect(() => acceptAll(lib)).toThrow(/no proposals/);
  });

  it('blocks accept-all when an article is only partly or not derived', () => {
    storeProposals(lib, 'near-duplicates', [
      rebuildProposal(lib, [...dam(), ids['dam-independent']], 'near-duplicates'),
    ]);
    expect(acceptAllBlocked(lib)).toMatch(/^\d+ articles? (is|are) not wholly derived/);
    expect(() => acceptAll(lib)).toThrow(/review those proposals one by one/);
    expect(lib.getStory(lib.getVersionSummary(ids['dam-reprint-1']).storyId).versionCount).toBe(1);
  });
});
