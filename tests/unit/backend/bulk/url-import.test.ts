// URL lines of a bulk import, end to end against a local server: fetched, written with their
// evidence, refused with their reason, and the raw bytes given back whole from the evidence.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BulkImport } from '../../../../backend/bulk/job';
import { dispatch } from '../../../../backend/dispatch';
import { USER_AGENT_SETTING } from '../../../../backend/fetch/user-agent';
import { startPageServer, type PageServer } from '../../../support/page-server';
import { tempLibrary } from './support';

let server: PageServer;
let t: ReturnType<typeof tempLibrary>;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());
beforeEach(() => {
  t = tempLibrary('retold-url-import-');
});
afterEach(() => t.done());

async function run(paths: string[]): Promise<BulkImport> {
  const job = new BulkImport(t.ctx, paths);
  await job.done;
  return job;
}

describe('URL import in a bulk import', () => {
  it('imports good pages with their evidence and refuses the others with their reason', async () => {
    const list = path.join(t.dir, 'links.txt');
    const o = server.origin;
    writeFileSync(list, `# gathered\n${o}/chain/1\n${o}/missing\n\n${o}/image\n${o}/cp1252\n`);
    const job = await run([list]);
    const rows = job.ordered().map((r) => [r.source, r.outcome]);
    expect(rows).toEqual([
      ['links.txt, line 2', 'imported'],
      ['links.txt, line 3', 'not imported'],
      ['links.txt, line 5', 'not imported'],
      ['links.txt, line 6', 'imported'],
    ]);
    expect(job.ordered()[1]?.reason).toMatch(/HTTP 404/);
    const imported = job.ordered()[0];
    const story = t.ctx.library.listVersions(imported?.storyId ?? 0);
    const v = story[0];
    expect(v).toMatchObject({ sourceKind: 'url', sourceName: `${o}/chain/1`, url: `${o}/article` });
    const evidence = t.ctx.library.getFetchEvidence(v?.id ?? 0);
    expect(evidence).toMatchObject({ finalUrl: `${o}/article`, httpStatus: 200, redirects: 3 });
    // The bytes are kept once, compressed, and given back whole.
    const raw = t.ctx.library.getRawBytes(v?.id ?? 0);
    expect(raw.length).toBe(evidence?.rawSize);
    expect(raw.toString('utf8')).toContain('<h1>Cable vote passes</h1>');
    const stored = t.ctx.library.db
      .prepare('SELECT length(raw_bytes) AS n FROM versions WHERE id = ?')
      .get(v?.id) as { n: number };
    expect(stored.n).toBe(0);
  });

  it('sends the User-Agent of the settings, and the default again after a reset', async () => {
    const set = await dispatch(t.ctx, 'settings.update', { userAgent: 'Lab crawler 1.0' });
    expect(set).toMatchObject({ ok: true, value: { userAgent: 'Lab crawler 1.0' } });
    expect(t.ctx.library.getSetting(USER_AGENT_SETTING)).toBe('Lab crawler 1.0');
    await run([`${server.origin}/article`]);
    expect(server.seen.at(-1)?.userAgent).toBe('Lab crawler 1.0');

    const reset = await dispatch(t.ctx, 'settings.update', { userAgent: null });
    expect(reset).toMatchObject({
      ok: true,
      value: { userAgent: expect.stringMatching(/^Retold\/\d+\.\d+\.\d+ \(/) },
    });
    await run([`${server.origin}/plain`]);
    expect(server.seen.at(-1)?.userAgent).toMatch(/^Retold\//);
  });

  it('refuses a User-Agent that cannot be an HTTP header', async () => {
    const bad = await dispatch(t.ctx, 'settings.update', { userAgent: 'two\nlines' });
    expect(bad.ok).toBe(false);
  });

  it('shows the evidence with the version, and none for a version that was not fetched', async () => {
    const job = await run([`${server.origin}/article`]);
    const id = t.ctx.library.listVersions(job.ordered()[0]?.storyId ?? 0)[0]?.id ?? 0;
    const got = await dispatch(t.ctx, 'versions.get', { id });
    expect(got).toMatchObject({
      ok: true,
      value: {
        fetch: { httpStatus: 200, contentType: 'text/html', finalUrl: `${server.origin}/article` },
      },
    });
    const pasted = await dispatch(t.ctx, 'versions.import', {
      target: { newStoryTitle: 'Pasted' },
      item: { kind: 'paste', text: 'A pasted article about the harbour cable vote.' },
    });
    const pastedId = pasted.ok ? (pasted.value as { version: { id: number } }).version.id : 0;
    const plain = await dispatch(t.ctx, 'versions.get', { id: pastedId });
    expect(plain).toMatchObject({ ok: true, value: { fetch: null } });
    t.ctx.library.deleteVersion(id);
    const left = t.ctx.library.db.prepare('SELECT count(*) AS n FROM fetch_evidence').get();
    expect(left).toEqual({ n: 0 });
  });

  it('stops the fetches under way when cancelled', async () => {
    const job = new BulkImport(t.ctx, [`${server.origin}/slow`, `${server.origin}/article`]);
    setTimeout(() => job.cancel(), 100);
    await job.done;
    expect(job.progress().state).toBe('cancelled');
    const reasons = job.ordered().map((r) => r.reason);
    expect(reasons).toContain('The import was cancelled before this page was fetched.');
  });
});
