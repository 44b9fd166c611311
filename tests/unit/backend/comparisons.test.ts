import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import type { BackendContext } from '../../../backend/context';
import { dispatch } from '../../../backend/dispatch';

let dir: string;
let ctx: BackendContext;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-comparisons-'));
  ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli' });
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = 'c'.repeat(64);
const comparison = { format: 'retold.comparison/2', base: 0, versions: [], pairs: [] };

describe('comparisons.get / comparisons.put', () => {
  it('returns null for a miss and the stored object for a hit', async () => {
    expect(await dispatch(ctx, 'comparisons.get', { key })).toEqual({
      ok: true,
      value: { comparison: null },
    });
    expect(await dispatch(ctx, 'comparisons.put', { key, comparison })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await dispatch(ctx, 'comparisons.get', { key })).toEqual({
      ok: true,
      value: { comparison },
    });
  });

  it('refuses keys that are not digests and objects that are not comparisons', async () => {
    for (const input of [
      { key: 'short', comparison },
      { key, comparison: { format: 'something/else' } },
      { key, comparison: { ...comparison, format: 'retold.comparison/1' } },
      { key, comparison: 'text' },
      { key, comparison, contentHashes: ['nope'] },
    ]) {
      const r = await dispatch(ctx, 'comparisons.put', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
  });

  it('refuses a comparison too large to keep', async () => {
    const big = { ...comparison, blob: 'x'.repeat(30_000_001) };
    const r = await dispatch(ctx, 'comparisons.put', { key, comparison: big });
    expect(r).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('treats an entry of the old format as a miss, so the app recomputes it', async () => {
    // What an older Retold cached: a retold.comparison/1 object.
    ctx.library.putCachedComparison(
      key,
      [],
      JSON.stringify({ ...comparison, format: 'retold.comparison/1' }),
    );
    expect(await dispatch(ctx, 'comparisons.get', { key })).toEqual({
      ok: true,
      value: { comparison: null },
    });
    expect(await dispatch(ctx, 'comparisons.put', { key, comparison })).toMatchObject({ ok: true });
    expect(await dispatch(ctx, 'comparisons.get', { key })).toEqual({
      ok: true,
      value: { comparison },
    });
  });

  it('treats a damaged entry as a miss', async () => {
    ctx.library.putCachedComparison(key, [], '{not json');
    expect(await dispatch(ctx, 'comparisons.get', { key })).toEqual({
      ok: true,
      value: { comparison: null },
    });
  });
});
