// The grouping API through the one dispatch every host uses (backend/collections/
// grouping-handlers.ts): propose on the fixture, list, split, merge, accept, dismiss, and the
// events that tell the UIs what changed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { EventHub } from '../../../../backend/events';
import type { Result } from '../../../../contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../../contract/methods';
import { fixtureLibrary, type Name } from './support';

let dir: string;
let ctx: BackendContext;
let ids: Record<Name, number>;
let events: unknown[];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-grouping-api-'));
  const made = fixtureLibrary(path.join(dir, 'library.sqlite'));
  ids = made.ids;
  const hub = new EventHub();
  events = [];
  hub.subscribe((_name, payload) => events.push(payload));
  ctx = { library: made.lib, events: hub, shell: 'cli', appVersion: 'test' };
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<M extends MethodName>(m: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = (await dispatch(ctx, m, input)) as Result<MethodOutput<M>>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** Runs "Find proposals" (a background job) to its end; returns what it stored. */
async function propose(): Promise<MethodOutput<'grouping.status'>['result']> {
  const { jobId } = await call('grouping.propose', {});
  for (;;) {
    const s = await call('grouping.status', { jobId });
    if (s.progress.state !== 'running') return s.result;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('grouping API', () => {
  it('proposes the two stories of the fixture and keeps the independent report apart', async () => {
    const run = await propose();
    expect(run).toMatchObject({ proposals: 2, articles: 5, skipped: 0 });
    expect(events).toEqual([{ reason: 'proposals', stories: [] }]);
    const list = await call('grouping.list', {});
    expect(list.total).toBe(2);
    const [dam, bakery] = list.proposals;
    expect(dam?.originalId).toBe(ids['dam-wire']);
    expect(sorted(dam!.members.map((m) => m.versionId))).toEqual(
      sorted([ids['dam-wire'], ids['dam-reprint-1'], ids['dam-reprint-2']]),
    );
    expect(dam?.members[0]).toMatchObject({ isOriginal: true, outlet: 'Northern Press' });
    expect(dam?.reasons[0]?.kind).toBe('earliest-date');
    expect(bakery?.originalId).toBe(ids['bakery-wire']);
    expect(list.acceptAllBlocked).toBeNull();
  });

  it('splits, merges back and accepts; the story opens with its versions and base', async () => {
    await propose();
    let [dam] = (await call('grouping.list', {})).proposals;
    const split = await call('grouping.split', {
      id: dam!.id,
      versionIds: [ids['dam-reprint-2']],
      to: 'unsorted',
    });
    expect((await call('grouping.list', {})).proposals[0]?.members).toHaveLength(2);
    // a second run proposes the article that was sent back again
    await propose();
    [dam] = (await call('grouping.list', {})).proposals;
    expect(dam?.members).toHaveLength(3);
    expect(split.kept).not.toBeNull();
    const out = await call('grouping.split', {
      id: dam!.id,
      versionIds: [ids['dam-reprint-1'], ids['dam-reprint-2']],
      to: 'new-proposal',
    });
    // the two reprints alone: the earlier is presumed their original
    const list = await call('grouping.list', {});
    expect(list.total).toBe(2); // the wire story alone was dissolved; the bakery remains
    const merged = await call('grouping.merge', {
      id: out.created!,
      otherId: list.proposals.find((p) => p.id !== out.created)!.id,
    });
    const mergedP = (await call('grouping.list', {})).proposals.find((p) => p.id === merged.id);
    expect(mergedP?.members).toHaveLength(4);
    const done = await call('grouping.accept', { id: merged.id, title: 'Dam and bakery' });
    expect(done.moved).toBe(3);
    const story = await call('stories.get', { id: done.storyId });
    expect(story).toMatchObject({ title: 'Dam and bakery', versionCount: 4 });
    expect(story.baseVersionId).toBe(mergedP?.originalId);
    expect(events.at(-1)).toMatchObject({ reason: 'story', stories: [done.storyId] });
  });

  it('dismisses, and refuses what no longer stands with a sentence', async () => {
    await propose();
    const [dam] = (await call('grouping.list', {})).proposals;
    await call('grouping.dismiss', { id: dam!.id });
    await expect(call('grouping.accept', { id: dam!.id })).rejects.toThrow(
      /not_found: This proposal is no longer pending/,
    );
    await expect(call('grouping.merge', { id: 5, otherId: 5 })).rejects.toThrow(/another proposal/);
  });
});
