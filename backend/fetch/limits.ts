// The limits of fetching a web page for URL import (issue 12, item 2), in one place.
import { MAX_IMPORT_BYTES } from '../ingest/messages';

/** Tuning numbers of the page fetcher. Tests pass smaller ones to fetchPage. */
export const FETCH_LIMITS = {
  /**
   * Time to open the connection (DNS and TCP; TLS counts against the total). A reachable news
   * site connects in well under a second; ten allows a slow mobile link without making a dead
   * host hold a slot of the import for long.
   */
  connectTimeoutMs: 10_000,
  /** Time for the whole fetch, redirects and body included: a 20 MB page at about 1 MB/s. */
  totalTimeoutMs: 30_000,
  /** Redirects followed, each checked (http or https only). Browsers allow 20; news sites
   * need 1-3 (http → https, www, a tracking hop), so more than 5 is nearly always a loop. */
  maxRedirects: 5,
  /** The largest page, as decoded bytes: the same 20 MB as a file import. */
  maxBytes: MAX_IMPORT_BYTES,
  /**
   * Pages fetched at once across a bulk import. Enough to overlap the network waits of slow
   * sites; few enough not to hammer one site from a list of its own addresses, and to leave the
   * single import worker (backend/ingest/worker-pool.ts) a short queue.
   */
  concurrency: 4,
} as const;

/** The limits one fetch uses; FETCH_LIMITS unless a test narrows them. */
export type FetchLimits = { [K in keyof typeof FETCH_LIMITS]: number };
