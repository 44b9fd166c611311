// Ingest in the import worker (worker-pool.ts): same results as in-process, a time limit with a
// clear message, and a main thread that keeps answering while a heavy page is read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../../../backend/app';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { ingest } from '../../../../backend/ingest';
import { ingestInWorker } from '../../../../backend/ingest/worker-pool';
import { AppError } from '../../../../contract/errors';
import type { MethodName } from '../../../../contract/methods';
import { utf8 } from './helpers';

const fixture = readFileSync(
  path.join(import.meta.dirname, '../../../fixtures/ingest/article.html'),
);

/** About 6 MB of paragraphs: seconds of work, by the linear route. */
function heavyPage(): Uint8Array {
  const sentence =
    'The council met on Thursday to discuss the future of the harbour and its ferry. ';
  const paragraphs = Array.from({ length: 25_000 }, (_, i) => `<p>${sentence.repeat(3)}${i}</p>`);
  return utf8(
    `<html><head><title>Heavy</title></head><body>${paragraphs.join('\n')}</body></html>`,
  );
}

describe('ingest in the import worker', () => {
  it('gives what ingest gives in-process', async () => {
    const input = { name: 'article.html', bytes: new Uint8Array(fixture) };
    const [inWorker, inProcess] = await Promise.all([ingestInWorker(input), ingest(input)]);
    expect(inWorker).toEqual(inProcess);
  }, 30_000);

  it('gives up after its time limit with a clear message, and the next import works', async () => {
    const error: unknown = await ingestInWorker(
      { name: 'big.html', bytes: heavyPage() },
      { timeoutMs: 200 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unreadable');
    expect((error as AppError).message).toBe(
      'Retold gave up reading “big.html” after 0.2 s: its HTML is too tangled to extract the ' +
        'article. Try saving the page as text (.txt), or copy the article text and paste it instead.',
    );
    const next = await ingestInWorker({ text: 'Ferry saved\n\nThe council voted.' });
    expect(next.text).toBe('Ferry saved\n\nThe council voted.');
  }, 30_000);
});

describe('the backend while a heavy page is imported', () => {
  let dir: string;
  let ctx: BackendContext;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'retold-worker-'));
    ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli', seedDemo: false });
  });
  afterAll(() => {
    ctx.library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers another call within a second, and the event loop never stalls', async () => {
    const item = {
      kind: 'file',
      name: 'heavy.html',
      dataBase64: Buffer.from(heavyPage()).toString('base64'),
    };
    let done = false;
    const importing = dispatch(ctx, 'versions.import' as MethodName, {
      target: { newStoryTitle: 'Heavy' },
      item,
    }).finally(() => (done = true));

    // The longest gap between timer ticks while the import runs: the main thread's stall.
    let last = performance.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = performance.now();
    const list = await dispatch(ctx, 'stories.list' as MethodName, {});
    const listMs = performance.now() - start;
    const stillImporting = !done;
    const result = await importing;
    clearInterval(ticker);

    expect(list.ok).toBe(true);
    expect(listMs).toBeLessThan(1_000);
    expect(stillImporting).toBe(true);
    expect(worstGap).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: true, value: { outcome: 'imported' } });
  }, 60_000);
});
