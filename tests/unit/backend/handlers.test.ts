// `library:changed` says what changed (issue 12, item 4; contract/events.ts): the stories whose
// rows changed and the ones removed, so the UI reloads only those; a bulk import sends one event
// per written batch.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../backend/context';
import { BULK, BulkImport } from '../../../backend/bulk/job';
import { dispatch } from '../../../backend/dispatch';
import type { EventPayload } from '../../../contract/events';
import type { MethodName } from '../../../contract/methods';
import { inventedArticle, tempLibrary } from './bulk/support';

let t: ReturnType<typeof tempLibrary>;
let ctx: BackendContext;
let seen: EventPayload<'library:changed'>[];
beforeEach(() => {
  t = tempLibrary('retold-events-');
  ctx = t.ctx;
  seen = [];
  ctx.events.subscribe((name, payload) => {
    if (name === 'library:changed') seen.push(payload as EventPayload<'library:changed'>);
  });
});
afterEach(() => t.done());

async function call<T>(method: MethodName, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

const paste = (storyId: number, text: string) =>
  call<{ version: { id: number } }>('versions.import', {
    target: { storyId },
    item: { kind: 'paste', text },
  });

describe('library:changed names what changed', () => {
  it('names the story of each story and version write, and the story deleted', async () => {
    const a = await call<{ id: number }>('stories.create', { title: 'A' });
    const b = await call<{ id: number }>('stories.create', { title: 'B' });
    const v = (await paste(a.id, 'The council met on Tuesday.')).version;
    await call('stories.rename', { id: a.id, title: 'A2' });
    await call('versions.update', { id: v.id, meta: { outlet: 'The Ledger' } });
    await call('versions.move', { id: v.id, storyId: b.id });
    await call('versions.delete', { id: v.id });
    await call('stories.delete', { id: a.id });
    expect(seen.map(({ stories, removed }) => ({ stories, removed }))).toEqual([
      { stories: [a.id], removed: undefined },
      { stories: [b.id], removed: undefined },
      { stories: [a.id], removed: undefined },
      { stories: [a.id], removed: undefined },
      { stories: [a.id], removed: undefined },
      { stories: [a.id, b.id], removed: undefined },
      { stories: [b.id], removed: undefined },
      { stories: undefined, removed: [a.id] },
    ]);
  });

  it('a bulk import sends one event per batch, naming the stories it wrote into', async () => {
    const n = BULK.batchSize * 2 + 50;
    const file = path.join(t.dir, 'rows.jsonl');
    const rows = Array.from({ length: n }, (_, i) => ({
      ...inventedArticle(i),
      story: `Story ${i % 3}`,
    }));
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    await new BulkImport(ctx, [file]).done;
    expect(seen).toHaveLength(3);
    const page = await call<{ stories: { id: number; title: string }[]; total: number }>(
      'stories.list',
      { sort: 'title', limit: 2 },
    );
    expect(page.total).toBe(3);
    expect(page.stories.map((s) => s.title)).toEqual(['Story 0', 'Story 1']);
    const all = new Set(
      (await call<{ stories: { id: number }[] }>('stories.list', {})).stories.map((s) => s.id),
    );
    for (const e of seen) {
      expect(e.reason).toBe('import');
      expect(new Set(e.stories)).toEqual(all); // every batch wrote into all three stories
    }
  });
});
