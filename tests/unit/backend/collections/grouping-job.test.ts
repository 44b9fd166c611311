// "Find proposals" as a background job (backend/collections/grouping-job.ts), through the one
// dispatch every host uses: progress to the end and what it stored, cancel storing nothing,
// one run at a time, and the backend answering other calls while a run works through a few
// thousand generated unsorted articles.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArticles } from '../../../../bench/grouping/generate';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { EventHub } from '../../../../backend/events';
import type { Result } from '../../../../contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../../contract/methods';
import { Library } from '../../../../db';
import { version } from '../../db/helpers';
import { fixtureLibrary } from './support';

let dir: string;
let ctx: BackendContext;
let events: unknown[];

function contextOf(lib: Library): BackendContext {
  const hub = new EventHub();
  events = [];
  hub.subscribe((_name, payload) => events.push(payload));
  return { library: lib, events: hub, shell: 'cli', appVersion: 'test' };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-grouping-job-'));
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

/** Polls a run until it stops; returns its last status and every progress seen. */
async function finish(jobId: string) {
  const seen: MethodOutput<'grouping.status'>['progress'][] = [];
  for (;;) {
    const s = await call('grouping.status', { jobId });
    seen.push(s.progress);
    if (s.progress.state !== 'running') return { ...s, seen };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('grouping job', () => {
  it('answers at once, reports progress to the end and stores the proposals', async () => {
    ctx = contextOf(fixtureLibrary(path.join(dir, 'library.sqlite')).lib);
    const { jobId } = await call('grouping.propose', {});
    // answered before any work: nothing is stored yet
    expect((await call('grouping.list', {})).total).toBe(0);
    expect((await call('grouping.propose', {})).jobId).toBe(jobId); // one run at a time
    const end = await finish(jobId);
    expect(end.progress).toMatchObject({ state: 'done', stage: 'ended', articles: 6 });
    expect(end.progress.articlesDone).toBe(6);
    expect(end.progress.groupsDone).toBe(end.progress.groups);
    expect(end.result).toMatchObject({ proposals: 2, articles: 5, skipped: 0 });
    expect(events).toEqual([{ reason: 'proposals', stories: [] }]);
    expect((await call('grouping.list', {})).total).toBe(2);
    // a finished run is not the running one: the next propose starts anew
    expect((await call('grouping.propose', {})).jobId).not.toBe(jobId);
  });

  it('cancelled, stores nothing and leaves the earlier proposals as they were', async () => {
    ctx = contextOf(fixtureLibrary(path.join(dir, 'library.sqlite')).lib);
    await finish((await call('grouping.propose', {})).jobId);
    const before = await call('grouping.list', {});
    const [first] = before.proposals;
    await call('grouping.dismiss', { id: first!.id });
    const kept = await call('grouping.list', {});
    const { jobId } = await call('grouping.propose', {});
    const cancelled = await call('grouping.cancel', { jobId });
    expect(cancelled.progress.state).toBe('running'); // it stops at its next pause
    const end = await finish(jobId);
    expect(end.progress.state).toBe('cancelled');
    expect(end.result).toBeNull();
    const after = await call('grouping.list', {});
    expect(after.proposals).toEqual(kept.proposals);
    expect(after.total).toBe(1);
  });

  it('says a run is unknown in words, not as a crash', async () => {
    ctx = contextOf(fixtureLibrary(path.join(dir, 'library.sqlite')).lib);
    const r = await dispatch(ctx, 'grouping.status', { jobId: 'nope' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps the backend answering while it groups thousands of articles', async () => {
    const lib = new Library(path.join(dir, 'library.sqlite'));
    const articles = generateArticles({
      seed: 12,
      topics: 12,
      eventsPerTopic: 10,
      maxCopies: 6,
      independentShare: 0.3,
      sameTopic: 1200,
      unrelated: 1200,
    });
    lib.transaction(() => {
      for (const a of articles) {
        const story = lib.createStory(a.title.slice(0, 200));
        const meta = { title: a.title, outlet: a.outlet, published: a.published };
        lib.insertVersion(version(story.id, a.text, { meta, sourceKind: 'bulk' }));
      }
    });
    ctx = contextOf(lib);
    const { jobId } = await call('grouping.propose', {});
    const waits: number[] = [];
    for (;;) {
      const asked = performance.now();
      // a timer, as a request arriving on the server would: it waits for the job's slice
      await new Promise((resolve) => setTimeout(resolve, 0));
      const info = await call('library.info', {});
      const { progress } = await call('grouping.status', { jobId });
      waits.push(performance.now() - asked);
      expect(info).toBeTruthy();
      if (progress.state !== 'running') {
        expect(progress.state).toBe('done');
        expect(progress.articles).toBe(articles.length);
        break;
      }
    }
    // The run took many turns (a handler that ran the grouping in one go would answer once,
    // at the end), and no call waited long. The bound is generous so a loaded machine does
    // not fail it; the figure is printed, and slices are GROUPING_JOB.sliceMs.
    expect(waits.length).toBeGreaterThan(10);
    expect(Math.max(...waits)).toBeLessThan(1_000);
    console.log(
      `grouping ${articles.length} articles: ${waits.length} library.info calls answered, ` +
        `slowest ${Math.max(...waits).toFixed(0)} ms`,
    );
  }, 120_000);
});
