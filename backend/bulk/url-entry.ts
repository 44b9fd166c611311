// A web address of a bulk import: fetched and read by backend/fetch (timeouts, size and redirect
// caps, content-type and charset, the import worker), then made an article like any other entry,
// with the evidence of its fetch kept beside the version (db/fetch-evidence.ts).
import { countWords } from '../../engine';
import { mergeMeta } from '../import';
import { fetchArticle } from '../fetch/fetch-article';
import type { FetchOptions } from '../fetch/fetch-page';
import type { Prepared } from './prepare';

/** Fetches `url` into an article for `story` (null: a story of its own); rejects with AppError. */
export async function prepareUrl(
  source: string,
  url: string,
  story: string | null,
  options: FetchOptions,
): Promise<Prepared> {
  const { ingested, evidence } = await fetchArticle(url, options);
  // The address read (after redirects) is the version's URL; the page's canonical link is not
  // what was fetched, and the evidence keeps both addresses the fetch saw.
  const meta = mergeMeta({ url: evidence.finalUrl }, ingested.meta);
  return {
    source,
    warnings: ingested.warnings,
    article: {
      story,
      ownStoryTitle: meta.title?.trim() || new URL(evidence.finalUrl).hostname,
      version: {
        meta,
        sourceKind: 'url',
        sourceName: evidence.requestedUrl,
        rawBytes: ingested.rawBytes,
        encoding: ingested.encoding,
        format: ingested.format,
        text: ingested.text,
        wordCount: countWords(ingested.text),
        fetch: evidence,
      },
    },
  };
}
