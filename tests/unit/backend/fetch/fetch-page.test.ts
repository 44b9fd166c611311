// fetchPage against a local server (tests/support/page-server.ts): statuses, redirects, types,
// timeouts and the size cap, each with the sentence a person sees. No test touches the internet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../contract/errors';
import { notAPage } from '../../../../backend/fetch/errors';
import { fetchPage, type FetchOptions } from '../../../../backend/fetch/fetch-page';
import { startPageServer, type PageServer } from '../../../support/page-server';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const options: FetchOptions = { userAgent: 'Retold/test (unit)' };
const url = (path: string): string => `${server.origin}${path}`;

async function failure(path: string, extra: Partial<FetchOptions> = {}): Promise<AppError> {
  const error = await fetchPage(url(path), { ...options, ...extra }).then(
    () => null,
    (e: unknown) => e as AppError,
  );
  if (!error) throw new Error(`${path} was fetched`);
  expect(error.name).toBe('AppError');
  return error;
}

describe('fetchPage', () => {
  it('fetches a page with its status, type, charset and the User-Agent it was given', async () => {
    const page = await fetchPage(url('/article'), options);
    expect(page).toMatchObject({
      finalUrl: url('/article'),
      status: 200,
      mediaType: 'text/html',
      charset: 'utf-8',
      redirects: 0,
    });
    expect(new TextDecoder().decode(page.bytes)).toContain('Cable vote passes');
    expect(server.seen.at(-1)).toEqual({ path: '/article', userAgent: 'Retold/test (unit)' });
  });

  it('follows a redirect chain and reports where it ended', async () => {
    const page = await fetchPage(url('/chain/1'), options);
    expect(page).toMatchObject({ requestedUrl: url('/chain/1'), finalUrl: url('/article') });
    expect(page.redirects).toBe(3);
  });

  it('undoes gzip transfer compression', async () => {
    const page = await fetchPage(url('/gzip'), options);
    expect(new TextDecoder().decode(page.bytes)).toContain('Compressed cable story');
  });

  it('refuses a redirect loop, too many redirects and a redirect to file:', async () => {
    expect((await failure('/loop/a')).message).toMatch(/redirects in a loop/);
    const many = await failure('/many/0', { limits: { maxRedirects: 3 } });
    expect(many.message).toBe(
      'The site redirected more than 3 times without reaching a page, so Retold stopped following it.',
    );
    const file = await failure('/to-file');
    expect(file.code).toBe('unsupported');
    expect(file.message).toMatch(/^The site redirected to a file: address/);
  });

  it('says 404, and 5xx, in words', async () => {
    const missing = await failure('/missing');
    expect(missing.code).toBe('not_found');
    expect(missing.message).toMatch(/^There is no page at this address \(HTTP 404 Not Found\)/);
    expect((await failure('/broken')).message).toBe(
      'The site had a problem answering (HTTP 503). Try again later.',
    );
  });

  it('refuses images and PDFs before reading them', async () => {
    const image = await failure('/image');
    expect(image.code).toBe('not_text');
    expect(image.message).toBe(
      'This address gives an image (image/png), not an article page. Retold imports web pages (HTML) and plain text.',
    );
    expect((await failure('/pdf')).message).toMatch(/gives a PDF document \(application\/pdf\)/);
  });

  it('names no type for a media type that is a name every object has ("constructor")', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase())) {
      for (const type of [name, `${name}/x`]) {
        expect(notAPage(type).message).toBe(
          `This address gives not a web page (${type}), not an article page. Retold imports web pages (HTML) and plain text.`,
        );
      }
    }
  });

  it('gives up on a slow page after the total time limit', async () => {
    const started = Date.now();
    const slow = await failure('/slow', { limits: { totalTimeoutMs: 300 } });
    expect(slow.message).toBe(
      '127.0.0.1 did not send the whole page within 0.3 s, so Retold gave up. Try again later.',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops reading a body over the cap, streamed or declared', async () => {
    const streamed = await failure('/huge', { limits: { maxBytes: 1024 * 1024 } });
    expect(streamed.code).toBe('too_large');
    expect(streamed.message).toBe(
      'This page is over the 1 MB Retold imports, so it was not downloaded whole.',
    );
    // At the real 20 MB cap: the declared 30 MB is refused from the header alone.
    const declared = await failure('/huge-declared');
    expect(declared.message).toBe(
      'This page is 30.0 MB, over the 20 MB Retold imports, so it was not downloaded whole.',
    );
  });

  it('names a host that does not exist', async () => {
    // .invalid never resolves (RFC 6761), so this needs no network.
    const error = await fetchPage('http://www.retold-test.invalid/news', options).catch(
      (e: unknown) => e as AppError,
    );
    expect((error as AppError).message).toBe(
      'The address www.retold-test.invalid could not be found. Check the address for typos.',
    );
  });

  it('refuses what is not a web address', async () => {
    for (const given of ['file:///etc/passwd', 'ftp://example/x', 'not a url']) {
      const error = await fetchPage(given, options).catch((e: unknown) => e as AppError);
      expect((error as AppError).code).toBe('bad_input');
    }
  });

  it('stops at once when cancelled', async () => {
    const abort = new AbortController();
    const pending = fetchPage(url('/slow'), { ...options, signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    await expect(pending).rejects.toThrow('The import was cancelled before this page was fetched.');
  });
});
