// The store of pending story proposals (db/proposals.ts) and accepting one
// (db/proposal-accept.ts), on a real library with proposals built by hand: what is stored,
// what goes stale and is cleaned, and that an accept is one transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import { Library } from '../../../db';
import { acceptProposal } from '../../../db/proposal-accept';
import type { NewProposal } from '../../../db/proposals';
import { articleText, version } from './helpers';

let dir: string;
let lib: Library;
/** Version ids of five unsorted articles, each alone in its story. */
let v: number[];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-proposals-'));
  lib = new Library(path.join(dir, 'library.sqlite'));
  v = [0, 1, 2, 3, 4].map((i) => {
    const s = lib.createStory(`Article ${i}`);
    const meta = { title: `Article ${i}`, outlet: `Outlet ${i}`, published: `2024-05-0${i + 1}` };
    return lib.insertVersion(version(s.id, articleText(i), { meta })).version.id;
  });
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const member = (versionId: number, derivation: 'wholly' | 'partially' | 'none' | null) => ({
  versionId,
  containedInOriginal: derivation ? 0.9 : null,
  containsOriginal: derivation ? 0.8 : null,
  derivation,
});

function proposal(ids: number[], title = 'A story'): NewProposal {
  const [first, ...rest] = ids as [number, ...number[]];
  return {
    title,
    originalId: first,
    reasons: [{ kind: 'earliest-date', text: 'published first, on 1 May 2024' }],
    members: [member(first, null), ...rest.map((id) => member(id, 'wholly'))],
    source: 'near-duplicates',
  };
}

const storyOf = (id: number) => lib.getVersionSummary(id).storyId;

describe('ProposalStore', () => {
  it('stores a proposal and lists it with its articles, original first', () => {
    const { id, skipped } = lib.proposals.add(proposal([v[1]!, v[0]!, v[2]!]));
    expect(skipped).toBe(0);
    const [p] = lib.proposals.list();
    expect(p?.id).toBe(id);
    expect(p?.originalId).toBe(v[1]);
    expect(p?.members.map((m) => m.versionId)).toEqual([v[1], v[0], v[2]]);
    expect(p?.members[0]).toMatchObject({ isOriginal: true, outlet: 'Outlet 1' });
    expect(p?.members[1]).toMatchObject({ isOriginal: false, derivation: 'wholly' });
    expect(p?.reasons).toEqual([{ kind: 'earliest-date', text: 'published first, on 1 May 2024' }]);
  });

  it('leaves out articles another proposal holds, and refuses a proposal left with one', () => {
    lib.proposals.add(proposal([v[0]!, v[1]!]));
    const second = lib.proposals.add(proposal([v[2]!, v[1]!, v[3]!]));
    expect(second.skipped).toBe(1);
    expect(lib.proposals.get(second.id!).members.map((m) => m.versionId)).toEqual([v[2], v[3]]);
    expect(lib.proposals.add(proposal([v[4]!, v[0]!]))).toEqual({ id: null, skipped: 1 });
  });

  it('leaves out articles that are not alone in their story', () => {
    lib.insertVersion(version(storyOf(v[3]!), articleText(9)));
    const r = lib.proposals.add(proposal([v[2]!, v[3]!, v[4]!]));
    expect(r.skipped).toBe(1);
  });

  it('cleans out moved and deleted articles, and drops proposals that no longer stand', () => {
    const a = lib.proposals.add(proposal([v[0]!, v[1]!, v[2]!])).id!;
    const b = lib.proposals.add(proposal([v[3]!, v[4]!])).id!;
    lib.moveVersion(v[2]!, storyOf(v[4]!)); // v2 moved; v4's story now has two versions
    expect(lib.proposals.clean()).toEqual({ proposals: 1, members: 2 });
    expect(lib.proposals.get(a).members.map((m) => m.versionId)).toEqual([v[0], v[1]]);
    expect(() => lib.proposals.get(b)).toThrow(AppError);
    lib.deleteVersion(v[0]!); // the original
    expect(lib.proposals.clean().proposals).toBe(1);
    expect(lib.proposals.count()).toBe(0);
  });

  it('counts the articles that are not wholly derived', () => {
    const p = proposal([v[0]!, v[1]!, v[2]!]);
    lib.proposals.add({
      ...p,
      members: [p.members[0]!, member(v[1]!, 'partially'), p.members[2]!],
    });
    expect(lib.proposals.notWhollyDerived()).toBe(1);
  });
});

describe('acceptProposal', () => {
  it('makes one story of the original and the others, with the original as base', () => {
    const id = lib.proposals.add(proposal([v[1]!, v[0]!, v[2]!], 'Harbour vote')).id!;
    const stories = lib.countStories();
    const out = acceptProposal(lib, id);
    const story = lib.getStory(out.storyId);
    expect(story).toMatchObject({ title: 'Harbour vote', baseVersionId: v[1], versionCount: 3 });
    expect(out.storyId).toBe(storyOf(v[1]!));
    expect(lib.listVersions(out.storyId).map((x) => [x.id, x.number])).toEqual([
      [v[0], 2],
      [v[1], 1],
      [v[2], 3],
    ]);
    expect(out).toMatchObject({ moved: 2, keptStories: [] });
    expect(out.removedStories).toHaveLength(2);
    expect(lib.countStories()).toBe(stories - 2);
    expect(lib.proposals.count()).toBe(0);
  });

  it('keeps an emptied story that has notes, and says so', () => {
    const id = lib.proposals.add(proposal([v[0]!, v[1]!])).id!;
    const noted = storyOf(v[1]!);
    lib.updateStory(noted, { notes: 'Check the quote in ¶3.' });
    const out = acceptProposal(lib, id);
    expect(out.keptStories).toEqual([{ id: noted, title: 'Article 1' }]);
    expect(lib.getStory(noted).versionCount).toBe(0);
  });

  it('moves nothing when any move fails (one transaction)', () => {
    const id = lib.proposals.add(proposal([v[0]!, v[1]!, v[2]!])).id!;
    // The same text as v2 already in the original's story: the second move is refused.
    lib.db.prepare('UPDATE versions SET content_hash = ? WHERE id = ?').run('x'.repeat(64), v[0]);
    lib.db.prepare('UPDATE versions SET content_hash = ? WHERE id = ?').run('x'.repeat(64), v[2]);
    expect(() => acceptProposal(lib, id)).toThrow(/already has this text/);
    expect([v[0], v[1], v[2]].map((x) => lib.getStory(storyOf(x!)).versionCount)).toEqual([
      1, 1, 1,
    ]);
    expect(lib.getStory(storyOf(v[0]!)).title).toBe('Article 0');
    expect(lib.proposals.count()).toBe(1);
  });

  it('refuses a proposal that went stale as a whole', () => {
    const id = lib.proposals.add(proposal([v[0]!, v[1]!])).id!;
    lib.deleteVersion(v[1]!);
    expect(() => acceptProposal(lib, id)).toThrow(/no longer pending/);
    expect(lib.getStory(storyOf(v[0]!)).versionCount).toBe(1);
  });
});
