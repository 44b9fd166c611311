// The sentences of URL import, one per way a fetch can fail. Each names the address (or its
// host) and, where the person can do something, says what. No errno codes, no stack traces.
import { AppError } from '../../contract/errors';
import { formatMegabytes } from '../ingest/messages';

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;

/** An address that is not an http(s) URL. */
export function notWebAddress(given: string): AppError {
  return new AppError(
    'bad_input',
    `“${given}” is not a web address Retold can fetch: it must start with http:// or https://.`,
  );
}

/** A redirect to a scheme Retold does not fetch (file:, ftp:, javascript:…). */
export function refusedRedirect(target: string): AppError {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1] ?? 'another kind of';
  return new AppError(
    'unsupported',
    `The site redirected to a ${scheme}: address (“${target.slice(0, 200)}”); Retold follows ` +
      'redirects to http and https addresses only.',
  );
}

/** More redirects than FETCH_LIMITS.maxRedirects, or a redirect back to an address seen. */
export function tooManyRedirects(max: number, loop: boolean): AppError {
  return new AppError(
    'unreadable',
    loop
      ? 'The site redirects in a loop (an address sends Retold back to one it came from), so there is no page to read. Open it in a browser to check.'
      : `The site redirected more than ${max} times without reaching a page, so Retold stopped following it.`,
  );
}

/** A redirect (3xx) without a Location to go to. */
export function redirectWithoutTarget(status: number): AppError {
  return new AppError(
    'unreadable',
    `The site answered with a redirect (HTTP ${status}) but did not say where to.`,
  );
}

/** An HTTP status other than success or redirect. */
export function httpStatus(status: number): AppError {
  if (status === 404 || status === 410)
    return new AppError(
      'not_found',
      status === 404
        ? 'There is no page at this address (HTTP 404 Not Found). Check the address; the article may have moved or been taken down.'
        : 'The page was removed from this address (HTTP 410 Gone).',
    );
  if (status === 401 || status === 403)
    return new AppError(
      'unreadable',
      `The site refused to show this page (HTTP ${status}): it may need a login or a subscription. Save the page from your browser and import the file instead.`,
    );
  if (status === 429)
    return new AppError(
      'unreadable',
      'The site asked Retold to slow down (HTTP 429 Too Many Requests). Try again later.',
    );
  if (status >= 500)
    return new AppError(
      'unreadable',
      `The site had a problem answering (HTTP ${status}). Try again later.`,
    );
  return new AppError('unreadable', `The site answered with HTTP ${status} instead of the page.`);
}

/** A content type that is not a page (an image, a PDF, a video…). */
export function notAPage(contentType: string): AppError {
  const kinds = new Map([
    ['application/pdf', 'a PDF document'],
    ['application/json', 'JSON data'],
    ['application/zip', 'a ZIP archive'],
  ]);
  const majors = new Map([
    ['image', 'an image'],
    ['video', 'a video'],
    ['audio', 'a sound file'],
    ['font', 'a font'],
  ]);
  const major = contentType.split('/')[0] ?? '';
  const what = kinds.get(contentType) ?? majors.get(major) ?? 'not a web page';
  return new AppError(
    'not_text',
    `This address gives ${what} (${contentType}), not an article page. Retold imports web pages (HTML) and plain text.`,
  );
}

/** A page over the size limit (from its Content-Length, or counted while reading). */
export function pageTooLarge(maxBytes: number, bytes: number | null): AppError {
  const size = bytes === null ? 'over' : `${formatMegabytes(bytes)}, over`;
  return new AppError(
    'too_large',
    `This page is ${size} the ${formatMegabytes(maxBytes).replace('.0 ', ' ')} Retold imports, so it was not downloaded whole.`,
  );
}

/** No connection within the connect limit, or no whole page within the total limit. */
export function timedOut(host: string, phase: 'connect' | 'total', ms: number): AppError {
  return new AppError(
    'unreadable',
    phase === 'connect'
      ? `Retold could not connect to ${host} within ${seconds(ms)}. The site may be down or unreachable from this computer.`
      : `${host} did not send the whole page within ${seconds(ms)}, so Retold gave up. Try again later.`,
  );
}

/** The import was cancelled while this page was being fetched. */
export function cancelled(): AppError {
  return new AppError('unreadable', 'The import was cancelled before this page was fetched.');
}

function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A network-level failure (DNS, refused, reset, certificate…) in words. */
export function networkError(host: string, error: unknown): AppError {
  const code = errnoCode(error);
  const say = (message: string): AppError => new AppError('unreadable', message);
  if (code === 'ENOTFOUND')
    return say(`The address ${host} could not be found. Check the address for typos.`);
  if (code === 'EAI_AGAIN')
    return say(
      `The address ${host} could not be found right now (is this computer online?). Try again later.`,
    );
  if (code === 'ECONNREFUSED')
    return say(`${host} refused the connection: no web server answers there.`);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED')
    return say(`${host} closed the connection before sending the page. Try again later.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT')
    return say(`${host} cannot be reached from this computer (no route to it).`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code))
    return say(
      `The secure connection to ${host} could not be trusted (its certificate is not valid), so Retold did not read the page.`,
    );
  if (code.startsWith('Z_'))
    return say(`${host} sent a damaged compressed page, so Retold could not read it.`);
  if (code.startsWith('HPE_'))
    return say(`${host} sent an answer that is not valid HTTP, so Retold could not read it.`);
  return say(`Retold could not fetch the page from ${host}.`);
}
