// versions.findOthers and versions.addToStory through the one dispatch every host uses.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../../backend/app';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { devsetArticles } from '../../../../bench/grouping/devset-truth';
import { version } from '../../db/helpers';

let dir: string;
let ctx: BackendContext;
const ids = new Map<string, number>();
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-find-h-'));
  ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli', seedDemo: false });
  for (const a of devsetArticles((c) => c.startsWith('02') || c.startsWith('14'))) {
    const s = ctx.library.createStory(a.title);
    const v = ctx.library.insertVersion(version(s.id, a.text, { meta: { outlet: a.outlet } }));
    ids.set(a.ref ?? '', v.version.id);
  }
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const id = (ref: string) => ids.get(ref) ?? 0;
const storyOf = (v: number) => ctx.library.getVersionSummary(v).storyId;

describe('finding versions through the API', () => {
  it('finds the copy, then adds it to the story and deletes its emptied story', async () => {
    const base = id('02-sewol-raised-2017/v0');
    const copy = id('02-sewol-raised-2017/v1');
    const found = await dispatch(ctx, 'versions.findOthers', { id: base });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const value = found.value as { versions: { versionId: number }[] };
    expect(value.versions.map((v) => v.versionId)).toEqual([copy]);
    const emptied = storyOf(copy);
    const events: unknown[] = [];
    ctx.events.subscribe((name, payload) => events.push([name, payload]));
    const added = await dispatch(ctx, 'versions.addToStory', { id: copy, storyId: storyOf(base) });
    expect(added).toMatchObject({ ok: true, value: { removedStory: emptied, keptStory: null } });
    expect(storyOf(copy)).toBe(storyOf(base));
    expect(() => ctx.library.getStory(emptied)).toThrow(/no story/);
    expect(events).toEqual([
      ['library:changed', { reason: 'version', stories: [storyOf(base)], removed: [emptied] }],
    ]);
  });

  it('keeps an emptied story that holds notes, and says so', async () => {
    const copy = id('02-sewol-raised-2017/v1');
    const from = storyOf(copy);
    ctx.library.updateStory(from, { notes: 'Check the Guardian’s credit line.' });
    const added = await dispatch(ctx, 'versions.addToStory', {
      id: copy,
      storyId: storyOf(id('02-sewol-raised-2017/v0')),
    });
    expect(added).toMatchObject({
      ok: true,
      value: { removedStory: null, keptStory: { id: from } },
    });
    expect(ctx.library.getStory(from).versionCount).toBe(0);
  });

  it('answers a missing version with a sentence', async () => {
    const r = await dispatch(ctx, 'versions.findOthers', { id: 9999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
