import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../backend/dispatch';
import type { Result } from '../../../../contract/errors';
import type { MethodName, MethodOutput } from '../../../../contract/methods';
import { writeBulkBatch, type BulkArticle } from '../../../../db/bulk-write';
import { inventedArticle, tableCounts, tempLibrary } from './support';

let t: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  t = tempLibrary('retold-bulk-api-');
});
afterEach(() => t.done());

function bulkArticle(i: number, story: string | null = null): BulkArticle {
  const { title, text } = inventedArticle(i);
  return {
    story,
    ownStoryTitle: title,
    version: {
      meta: { title },
      sourceKind: 'bulk',
      sourceName: `a${i}.txt`,
      rawBytes: new TextEncoder().encode(text),
      encoding: 'utf-8',
      format: 'text',
      text,
      wordCount: 10,
    },
  };
}

async function call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = (await dispatch(t.ctx, method, input)) as Result<MethodOutput<M>>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Polls until the import has stopped (the import worker may take seconds to start on a busy machine). */
async function untilStopped(jobId: string): Promise<MethodOutput<'imports.status'>> {
  const deadline = Date.now() + 25_000;
  let status = await call('imports.status', { jobId });
  while (status.progress.state === 'running' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    status = await call('imports.status', { jobId });
  }
  return status;
}

describe('bulk writes', () => {
  it('writes a batch whole or not at all', () => {
    const broken = bulkArticle(2);
    // A format the schema refuses: the INSERT fails after the first article was written.
    (broken.version as { format: string }).format = 'pdf';
    expect(() => writeBulkBatch(t.ctx.library, [bulkArticle(1), broken])).toThrow();
    expect(tableCounts(t.ctx)).toEqual({ stories: 0, versions: 0 });
  });

  it('skips text already anywhere in the library, also within one batch', () => {
    const out = writeBulkBatch(t.ctx.library, [
      bulkArticle(1, 'A'),
      bulkArticle(1, 'B'),
      bulkArticle(2, 'a'),
    ]);
    expect(out.map((o) => [o.outcome, o.storyTitle])).toEqual([
      ['imported', 'A'],
      ['duplicate', 'A'],
      ['imported', 'A'],
    ]);
    expect(tableCounts(t.ctx)).toEqual({ stories: 1, versions: 2 });
  });

  it('finds a content hash through the index of migration 0006, not a full scan', () => {
    const plan = t.ctx.library.db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM versions WHERE content_hash = ?')
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX versions_by_hash/);
  });
});

describe('bulk import API', () => {
  it('starts, reports progress, and gives the summary as CSV', async () => {
    const jsonl = path.join(t.dir, 'rows.jsonl');
    writeFileSync(jsonl, [1, 2, 2].map((i) => JSON.stringify(inventedArticle(i))).join('\n'));
    const { jobId } = await call('imports.start', { paths: [jsonl, 'https://example.com/a'] });
    const status = await untilStopped(jobId);
    expect(status.progress).toMatchObject({
      state: 'done',
      imported: 2,
      duplicates: 1,
      notImported: 1,
    });
    const full = await call('imports.status', { jobId, summary: true });
    expect(full.records?.map((r) => r.outcome)).toEqual([
      'imported',
      'imported',
      'duplicate',
      'not imported',
    ]);
    expect(full.csv?.split('\n')[0]).toBe('source,outcome,reason,story_id,story,version');
  });

  it('cancels on request and refuses an unknown import clearly', async () => {
    const jsonl = path.join(t.dir, 'rows.jsonl');
    const many = Array.from({ length: 600 }, (_, i) => JSON.stringify(inventedArticle(i)));
    writeFileSync(jsonl, many.join('\n'));
    const { jobId } = await call('imports.start', { paths: [jsonl] });
    const cancelled = await call('imports.cancel', { jobId });
    expect(cancelled.progress.state).toBe('running');
    const status = await untilStopped(jobId);
    expect(status.progress.state).toBe('cancelled');
    expect(status.progress.imported).toBeLessThan(600);
    expect(tableCounts(t.ctx).versions).toBe(status.progress.imported);
    const r = await dispatch(t.ctx, 'imports.status', { jobId: 'no-such-import' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses paths named by the desktop app’s renderer, and reads nothing', async () => {
    const jsonl = path.join(t.dir, 'rows.jsonl');
    writeFileSync(jsonl, JSON.stringify(inventedArticle(1)));
    const r = await dispatch({ ...t.ctx, shell: 'electron' }, 'imports.start', { paths: [jsonl] });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(tableCounts(t.ctx).versions).toBe(0);
  });
});
