import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import type { BackendContext } from '../../../backend/context';
import { dispatch } from '../../../backend/dispatch';
import { appErrorSchema } from '../../../contract/errors';
import { methodNames, type MethodName } from '../../../contract/methods';
import { demoStory } from '../../../backend/demo/demo-story';

let dir: string;
let ctx: BackendContext;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-dispatch-'));
  ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli' });
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: MethodName, input: unknown): Promise<unknown> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('dispatch', () => {
  const malformed: unknown[] = [{ nonsense: true }, 42, 'text', [1, 2], { id: -1, title: '' }];
  it.each(methodNames)('rejects malformed input for %s with { code, message }', async (method) => {
    for (const input of malformed) {
      const r = await dispatch(ctx, method, input);
      expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(appErrorSchema.parse(r.error)).toEqual(r.error);
        expect(r.error.code).toBe('bad_input');
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('rejects unknown methods', async () => {
    const r = await dispatch(ctx, 'stories.explode', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await dispatch(ctx, { method: 1 }, {})).toMatchObject({ ok: false });
  });

  it('reports missing records as not_found, not as a crash', async () => {
    expect(await dispatch(ctx, 'stories.get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch(ctx, 'versions.delete', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('the native dialog is reported as unsupported outside Electron', async () => {
    expect(await dispatch(ctx, 'dialog.openFiles', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});

describe('first start', () => {
  it('adds the demo story once, and not again after it was deleted', async () => {
    const { stories } = (await call('stories.list', {})) as {
      stories: { id: number; title: string; versionCount: number }[];
    };
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      title: demoStory.title,
      versionCount: demoStory.versions.length,
    });
    await call('stories.delete', { id: stories[0]?.id });
    ctx.library.close();
    ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli' });
    expect(((await call('stories.list', {})) as { stories: unknown[] }).stories).toEqual([]);
  });
});
