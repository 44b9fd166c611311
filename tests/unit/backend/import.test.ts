import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import type { BackendContext } from '../../../backend/context';
import { dispatch } from '../../../backend/dispatch';
import type { MethodName } from '../../../contract/methods';

let dir: string;
let ctx: BackendContext;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-import-'));
  ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli', seedDemo: false });
});
afterEach(() => {
  ctx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const article =
  'Harbour council backs cable\n\nPORT ELLIS — The council voted 5-2 on Tuesday to let the cable ashore.\n\n“It was the hardest vote,” the mayor said.\n';

function file(name: string, bytes: Uint8Array | string) {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return { kind: 'file', name, dataBase64: buf.toString('base64') };
}

async function importInto(target: unknown, item: unknown) {
  return dispatch(ctx, 'versions.import' as MethodName, { target, item });
}

function counts() {
  const one = (sql: string) => (ctx.library.db.prepare(sql).get() as { n: number }).n;
  return {
    stories: one('SELECT count(*) AS n FROM stories'),
    versions: one('SELECT count(*) AS n FROM versions'),
  };
}

describe('versions.import', () => {
  it('imports pasted text into a new story with its metadata, and finds it by search', async () => {
    const r = await importInto(
      { newStoryTitle: 'Cable vote' },
      { kind: 'paste', text: article, meta: { outlet: 'Coast Ledger', published: '2024-03-12' } },
    );
    expect(r).toMatchObject({ ok: true, value: { outcome: 'imported' } });
    if (!r.ok) return;
    const v = (
      r.value as { version: { id: number; wordCount: number; outlet: string; sourceKind: string } }
    ).version;
    expect(v).toMatchObject({ outlet: 'Coast Ledger', sourceKind: 'paste' });
    expect(v.wordCount).toBeGreaterThan(15);
    const full = ctx.library.getVersion(v.id);
    expect(full.text).toBe(article);
    expect(ctx.library.search('ashore')).toHaveLength(1);
  });

  it('tells the person when the same text is already in the story', async () => {
    const first = await importInto(
      { newStoryTitle: 'Cable vote' },
      { kind: 'paste', text: article },
    );
    if (!first.ok) throw new Error(first.error.message);
    const storyId = (first.value as { storyId: number }).storyId;
    const again = await importInto({ storyId }, file('copy.txt', article.replace(/\n/g, '\r\n')));
    expect(again).toMatchObject({ ok: true, value: { outcome: 'duplicate' } });
    expect(counts()).toEqual({ stories: 1, versions: 1 });
  });

  it('refuses a PNG with a specific message and writes nothing, not even the new story', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const r = await importInto({ newStoryTitle: 'Photo' }, file('photo.png', png));
    expect(r).toMatchObject({ ok: false, error: { code: 'not_text' } });
    if (!r.ok) expect(r.error.message).toMatch(/PNG image/);
    expect(counts()).toEqual({ stories: 0, versions: 0 });
  });

  it('refuses empty text, and files over 20 MB before decoding them', async () => {
    const empty = await importInto({ newStoryTitle: 'Empty' }, { kind: 'paste', text: ' \n\t\n ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty' } });
    const big = await importInto(
      { newStoryTitle: 'Big' },
      { kind: 'file', name: 'big.txt', dataBase64: 'A'.repeat(28_500_000) },
    );
    expect(big).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(counts()).toEqual({ stories: 0, versions: 0 });
  });

  it('into a missing story is not_found and writes nothing', async () => {
    const r = await importInto({ storyId: 4242 }, { kind: 'paste', text: article });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(counts().versions).toBe(0);
  });
});
