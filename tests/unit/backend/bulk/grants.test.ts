// Folder grants (backend/bulk/grants.ts): the desktop app imports a folder chosen in the native
// dialog through an opaque token, never a path its page names. A grant is good once, for a
// while, in the backend that issued it; through the one door (dispatch) a granted folder is
// imported while a named path is still refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderGrants, GRANTS, GRANT_PATTERN } from '../../../../backend/bulk/grants';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { AppError } from '../../../../contract/errors';
import { inventedArticle, tableCounts, tempLibrary } from './support';

describe('folder grants', () => {
  it('issues unguessable tokens, each redeemed once for its folder', () => {
    const grants = new FolderGrants();
    const a = grants.issue('/home/me/news');
    const b = grants.issue('/home/me/other');
    expect(a).toMatch(GRANT_PATTERN);
    expect(a).not.toBe(b);
    expect(grants.redeem(b)).toBe('/home/me/other');
    expect(grants.redeem(a)).toBe('/home/me/news');
    expect(() => grants.redeem(a)).toThrow(/already used: choose the folder again/);
    expect(() => grants.redeem('0'.repeat(32))).toThrow(AppError);
  });

  it('expires after its time, and keeps only the newest', () => {
    let now = 1_000;
    const grants = new FolderGrants(() => now);
    const late = grants.issue('/late');
    now += GRANTS.ttlMs + 1;
    expect(() => grants.redeem(late)).toThrow(/expired/);
    const tokens = Array.from({ length: GRANTS.max + 1 }, (_, i) => grants.issue(`/f${i}`));
    expect(() => grants.redeem(tokens[0] as string)).toThrow(AppError);
    expect(grants.redeem(tokens[GRANTS.max] as string)).toBe(`/f${GRANTS.max}`);
  });
});

describe('a folder chosen in the desktop app', () => {
  let t: ReturnType<typeof tempLibrary>;
  let desktop: BackendContext;
  let folder: string;
  beforeEach(() => {
    t = tempLibrary('retold-grants-');
    folder = path.join(t.dir, 'pile');
    mkdirSync(folder);
    for (const i of [1, 2, 3])
      writeFileSync(path.join(folder, `a${i}.txt`), inventedArticle(i).text);
    // The host's ability, as electron/main.ts gives it: the dialog answers with a path.
    desktop = { ...t.ctx, shell: 'electron', openFolderDialog: () => Promise.resolve(folder) };
  });
  afterEach(() => t.done());

  async function call(ctx: BackendContext, method: string, input: unknown) {
    const r = await dispatch(ctx, method as 'imports.start', input as never);
    if (!r.ok) throw new AppError(r.error.code, r.error.message);
    return r.value as Record<string, unknown>;
  }

  it('is imported through its grant; the grant works once; a named path is still refused', async () => {
    const chosen = await call(desktop, 'dialog.openFolder', {});
    expect(chosen).toMatchObject({ name: 'pile', grant: expect.stringMatching(GRANT_PATTERN) });
    const { jobId } = await call(desktop, 'imports.start', { grant: chosen.grant, story: 'Pile' });
    for (;;) {
      const s = await call(desktop, 'imports.status', { jobId });
      if ((s.progress as { state: string }).state !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(tableCounts(t.ctx).versions).toBe(3);
    await expect(call(desktop, 'imports.start', { grant: chosen.grant })).rejects.toThrow(
      /already used/,
    );
    await expect(call(desktop, 'imports.start', { paths: [folder] })).rejects.toMatchObject({
      code: 'unsupported',
    });
    // Paths and a grant together, or neither, is no request.
    await expect(
      call(desktop, 'imports.start', { paths: [folder], grant: chosen.grant }),
    ).rejects.toMatchObject({ code: 'bad_input' });
    await expect(call(desktop, 'imports.start', {})).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('answers a cancelled dialog with no grant, and a shell without one with a sentence', async () => {
    const cancelled = { ...desktop, openFolderDialog: () => Promise.resolve(null) };
    expect(await call(cancelled, 'dialog.openFolder', {})).toEqual({ grant: null, name: null });
    await expect(call(t.ctx, 'dialog.openFolder', {})).rejects.toMatchObject({
      code: 'unsupported',
      message: 'The native folder dialog exists only in the desktop app.',
    });
  });

  it('honours a grant only in the backend that issued it', async () => {
    const chosen = await call(desktop, 'dialog.openFolder', {});
    const other = tempLibrary('retold-grants-other-');
    try {
      await expect(
        call({ ...other.ctx, shell: 'electron' }, 'imports.start', { grant: chosen.grant }),
      ).rejects.toThrow(/choose the folder again/);
    } finally {
      other.done();
    }
  });
});
