// fetchArticle: a fetched page read through ingest in the import worker, with the charset the
// server or the page declares, no script ever run, and the evidence of the fetch.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../../../backend/fetch/fetch-article';
import type { AppError } from '../../../../contract/errors';
import { ARTICLE_SENTENCES, startPageServer, type PageServer } from '../../../support/page-server';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const options = { userAgent: 'Retold/test (unit)' };
const url = (path: string): string => `${server.origin}${path}`;

describe('fetchArticle', () => {
  it('reads the article and keeps the evidence: addresses, status, hash and gzip of the bytes', async () => {
    const before = Date.now();
    const { ingested, evidence } = await fetchArticle(url('/chain/1'), options);
    expect(ingested.format).toBe('html');
    expect(ingested.meta.title).toBe('Cable vote passes');
    for (const s of ARTICLE_SENTENCES) expect(ingested.text).toContain(s);
    expect(evidence).toMatchObject({
      requestedUrl: url('/chain/1'),
      finalUrl: url('/article'),
      httpStatus: 200,
      contentType: 'text/html',
      redirects: 3,
    });
    expect(Date.parse(evidence.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    const raw = gunzipSync(evidence.rawGzip);
    expect(raw.equals(Buffer.from(ingested.rawBytes))).toBe(true);
    expect(evidence.rawSize).toBe(raw.length);
    expect(evidence.rawSha256).toBe(createHash('sha256').update(raw).digest('hex'));
  });

  it('honours a windows-1252 charset declared only in <meta>', async () => {
    const { ingested } = await fetchArticle(url('/cp1252'), options);
    expect(ingested.encoding).toBe('windows-1252');
    expect(ingested.text).toContain('The café owner said “it is about time”.');
  });

  it('honours Shift_JIS declared only in <meta>, and only in the Content-Type header', async () => {
    for (const path of ['/sjis', '/sjis-header']) {
      const { ingested } = await fetchArticle(url(path), options);
      expect(ingested.encoding).toBe('shift_jis');
      expect(ingested.text).toContain('the report from 東京 about the harbour cable, a long 記事');
    }
  });

  it('never runs the page’s scripts: the text is the page’s own', async () => {
    const { ingested } = await fetchArticle(url('/scripts'), options);
    expect(ingested.text).not.toContain('SCRIPT RAN');
    expect(ingested.text).toContain(ARTICLE_SENTENCES[0]);
  });

  it('reads a text/plain page as plain text', async () => {
    const { ingested } = await fetchArticle(url('/plain'), options);
    expect(ingested.format).toBe('text');
    expect(ingested.text).toContain(ARTICLE_SENTENCES[1]);
  });

  it('says so when the page has no article, naming it “this page”', async () => {
    const error = (await fetchArticle(url('/login'), options).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('no_article');
    expect(error.message).toMatch(/^Retold could not find an article on this page: the page has/);
  });
});
