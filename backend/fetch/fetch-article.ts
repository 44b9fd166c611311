// URL import of one address: fetch the page (fetch-page.ts), read it through the same ingest as
// a file in the import worker (decoding with the server's charset, extraction without running
// any script), and keep the evidence of the fetch (db/fetch-evidence.ts): the addresses, the
// time, the status, the SHA-256 of the bytes and the bytes themselves, gzip-compressed, so the
// extraction can be redone later from exactly what was read.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { AppError } from '../../contract/errors';
import type { FetchEvidence } from '../../db/fetch-evidence';
import type { Ingested } from '../ingest/types';
import { ingestInWorker } from '../ingest/worker-pool';
import { formatName } from './content-type';
import { fetchPage, type FetchOptions } from './fetch-page';
import { FETCH_LIMITS } from './limits';
import { Limiter } from './limiter';

const gzip = promisify(zlib.gzip);

/** One limiter per process: every URL import shares FETCH_LIMITS.concurrency connections. */
const fetches = new Limiter(FETCH_LIMITS.concurrency);

/** A page read as an article, and the evidence of its fetch. */
export interface FetchedArticle {
  ingested: Ingested;
  evidence: FetchEvidence;
}

/**
 * Ingest names its input in messages; a fetched page is "this page", not the placeholder name
 * that told ingest its format (“page.html”), nor "this file".
 */
function asPage(message: string): string {
  const said = message
    .replace(/\bin “page\.(html|txt)”/g, 'on this page')
    .replace(/“page\.(html|txt)”/g, 'this page')
    .replace(/\b[Tt]his file\b/g, 'this page');
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** Fetches `url` and reads its article; rejects only with AppError. */
export async function fetchArticle(url: string, options: FetchOptions): Promise<FetchedArticle> {
  const page = await fetches.run(() => fetchPage(url, options));
  let ingested: Ingested;
  try {
    ingested = await ingestInWorker({
      name: formatName(page.mediaType),
      bytes: page.bytes,
      charset: page.charset,
    });
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, asPage(error.message));
    throw error;
  }
  const evidence: FetchEvidence = {
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    fetchedAt: page.fetchedAt,
    httpStatus: page.status,
    contentType: page.mediaType,
    redirects: page.redirects,
    rawSha256: createHash('sha256').update(page.bytes).digest('hex'),
    rawSize: page.bytes.length,
    rawGzip: await gzip(page.bytes),
  };
  return { ingested: { ...ingested, warnings: ingested.warnings.map(asPage) }, evidence };
}
