// Fetching one web page for URL import, with node:http(s) rather than the global fetch: it
// gives a separate connect timeout, the socket's own error codes (ENOTFOUND for a name that does
// not exist) and a body we stop reading the moment it passes the size cap, with no new
// dependency. Redirects are followed by hand, so every hop is checked: http and https only, at
// most FETCH_LIMITS.maxRedirects, no loops. The body is never interpreted here; extraction
// happens later in the import worker, and no page script ever runs (jsdom without runScripts).
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { AppError } from '../../contract/errors';
import { readBody } from './body';
import { isPageType, parseContentType } from './content-type';
import * as say from './errors';
import { FETCH_LIMITS, type FetchLimits } from './limits';

/** How to fetch: the User-Agent to send, a signal to cancel, narrower limits (tests). */
export interface FetchOptions {
  userAgent: string;
  signal?: AbortSignal;
  limits?: Partial<FetchLimits>;
}

/** A fetched page and the evidence of how it was fetched. */
export interface FetchedPage {
  /** The address as given. */
  requestedUrl: string;
  /** The address of the page after redirects. */
  finalUrl: string;
  /** ISO time at which the final response started. */
  fetchedAt: string;
  /** The final HTTP status (2xx). */
  status: number;
  /** The media type the server gave, lower case, or null. */
  mediaType: string | null;
  /** The charset the Content-Type header declared (canonical name), or null. */
  charset: string | null;
  /** Redirects followed. */
  redirects: number;
  /** The body as received, after undoing any Content-Encoding (gzip, deflate, br). */
  bytes: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses an address; only http and https are fetched. */
export function webAddress(given: string): URL {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw say.notWebAddress(given);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw say.notWebAddress(given);
  return url;
}

/** The fetch's clock and cancellation: one place that ends the current request. */
class Deadline {
  private request: http.ClientRequest | null = null;
  private failure: AppError | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly onAbort = (): void => this.fail(say.cancelled());

  constructor(
    private readonly host: string,
    private readonly limits: FetchLimits,
    private readonly signal: AbortSignal | undefined,
  ) {
    const ms = limits.totalTimeoutMs;
    this.timer = setTimeout(() => this.fail(say.timedOut(this.host, 'total', ms)), ms);
    signal?.addEventListener('abort', this.onAbort, { once: true });
    if (signal?.aborted) this.failure = say.cancelled();
  }

  /** Why the fetch was stopped, if it was. */
  get error(): AppError | null {
    return this.failure;
  }

  fail(error: AppError): void {
    this.failure ??= error;
    this.request?.destroy(this.failure);
  }

  watch(request: http.ClientRequest): void {
    this.request = request;
    if (this.failure) request.destroy(this.failure);
  }

  end(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}

/** One request: resolves to the response headers, or rejects with an AppError. */
function requestOnce(url: URL, options: FetchOptions, deadline: Deadline, limits: FetchLimits) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      headers: {
        'User-Agent': options.userAgent,
        Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'Accept-Encoding': 'gzip, deflate, br',
      },
    });
    deadline.watch(request);
    const connect = setTimeout(
      () => deadline.fail(say.timedOut(url.hostname, 'connect', limits.connectTimeoutMs)),
      limits.connectTimeoutMs,
    );
    request.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connect);
      else socket.once('connect', () => clearTimeout(connect));
    });
    request.on('response', (response) => {
      clearTimeout(connect);
      resolve(response);
    });
    request.on('error', (error) => {
      clearTimeout(connect);
      reject(
        deadline.error ??
          (error instanceof AppError ? error : say.networkError(url.hostname, error)),
      );
    });
  });
}

/** The next address of a redirect, checked; throws for a missing or non-web target. */
function redirectTarget(response: IncomingMessage, from: URL): URL {
  const location = response.headers.location;
  if (!location) throw say.redirectWithoutTarget(response.statusCode ?? 0);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw say.refusedRedirect(location);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') throw say.refusedRedirect(location);
  return next;
}

/**
 * Fetches `given` (an http or https address): follows redirects, checks the status and the
 * content type before reading the body, and reads at most `maxBytes`. Resolves to the page;
 * rejects only with AppError, in words a person can act on.
 */
export async function fetchPage(given: string, options: FetchOptions): Promise<FetchedPage> {
  const limits: FetchLimits = { ...FETCH_LIMITS, ...options.limits };
  let url = webAddress(given);
  const seen = new Set<string>([url.href]);
  const deadline = new Deadline(url.hostname, limits, options.signal);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await requestOnce(url, options, deadline, limits);
      const fetchedAt = new Date().toISOString();
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        const next = redirectTarget(response, url);
        if (seen.has(next.href)) throw say.tooManyRedirects(limits.maxRedirects, true);
        if (redirects >= limits.maxRedirects)
          throw say.tooManyRedirects(limits.maxRedirects, false);
        seen.add(next.href);
        url = next;
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw say.httpStatus(status);
      }
      const { mediaType, charset } = parseContentType(response.headers['content-type']);
      if (!isPageType(mediaType)) {
        response.destroy();
        throw say.notAPage(mediaType ?? '');
      }
      const bytes = await readBody(response, url.hostname, limits.maxBytes, deadline);
      return {
        requestedUrl: given.trim(),
        finalUrl: url.href,
        fetchedAt,
        status,
        mediaType,
        charset,
        redirects,
        bytes,
      };
    }
  } finally {
    deadline.end();
  }
}
