// A story with a version imported from the web: the JSON export carries its fetch evidence
// (valid against contract/export.schema.json) and the HTML report lists it under Evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { BulkImport } from '../../../../backend/bulk/job';
import {
  collectStory,
  storyExportJsonText,
  storyReportHtml,
} from '../../../../backend/export/index';
import { ARTICLE_SENTENCES, startPageServer, type PageServer } from '../../../support/page-server';
import { version } from '../../db/helpers';
import { tempLibrary } from '../bulk/support';
import { exportSchemaErrors } from './schema';

let server: PageServer;
let t: ReturnType<typeof tempLibrary>;
let storyId: number;
beforeAll(async () => {
  server = await startPageServer();
  t = tempLibrary('retold-export-fetch-');
  const job = new BulkImport(t.ctx, [`${server.origin}/chain/1`], { story: 'Cable vote' });
  await job.done;
  storyId = job.ordered()[0]?.storyId ?? 0;
  // A second, pasted version, so the story can be compared.
  const text = `Cable vote passes\n\n${ARTICLE_SENTENCES.slice(0, 3).join('\n\n')}`;
  t.ctx.library.insertVersion(
    version(storyId, text, { meta: { title: 'Cable vote passes', outlet: 'Coast Ledger' } }),
  );
});
afterAll(async () => {
  t.done();
  await server.close();
});

describe('exports of a version fetched from the web', () => {
  it('carry its evidence in the JSON, valid against the export schema', () => {
    const x = collectStory(t.ctx.library, storyId, { appVersion: APP_VERSION });
    const out = JSON.parse(storyExportJsonText(x)) as {
      versions: { source: { kind: string }; fetch: Record<string, unknown> | null }[];
    };
    expect(exportSchemaErrors(out)).toBe('');
    const fetched = out.versions.find((v) => v.source.kind === 'url');
    expect(fetched?.fetch).toMatchObject({
      requestedUrl: `${server.origin}/chain/1`,
      finalUrl: `${server.origin}/article`,
      httpStatus: 200,
      redirects: 3,
    });
    expect(out.versions.find((v) => v.source.kind === 'paste')?.fetch).toBeNull();
  });

  it('list it in the HTML report’s evidence', () => {
    const html = storyReportHtml(collectStory(t.ctx.library, storyId, { appVersion: APP_VERSION }));
    expect(html).toContain('<h3>Pages fetched from the web</h3>');
    expect(html).toContain(`(asked for ${server.origin}/chain/1)`);
    expect(html).toContain('HTTP 200, text/html, 3 redirects');
  });
});
