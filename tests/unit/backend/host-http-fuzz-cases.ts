// Generators of hostile raw HTTP requests for the host's fuzz test (fast-check arbitraries).
// Each case says how it is sent and whether the server may close it without an answer: only
// cases that never form a whole request (random bytes, a body cut short) may.
import fc from 'fast-check';

/** One generated request. */
export interface FuzzCase {
  kind: string;
  bytes: Buffer;
  /** Half-close after writing: the request ends there (nothing more will come). */
  endAfterWrite: boolean;
  /** Read only up to the status line (streams that never end, lingering 413s). */
  statusOnly: boolean;
  /** The server may close this one without a status line (it is not a whole request). */
  mayClose: boolean;
  /** An API request without the right token: a 2xx would be a breach. */
  unauthorised?: boolean;
}

/** What the generated requests need to know about the host. */
export interface FuzzTarget {
  hostHeader: string;
  token: string;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'];
const ODD_METHODS = ['PROPFIND', 'BREW', 'MKCOL', 'LINK', 'SEARCH', 'QUERY', 'PURGE', 'M-SEARCH'];
const PATHS = ['/', '/index.html', '/assets/app.js', '/api/invoke', '/api/events', '/launch/x'];
const TRAVERSALS = [
  '/../../etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/..%5c..%5cwin.ini',
  '/..\\..\\etc\\passwd',
  '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
  '/index.html%00.js',
  '/%00',
  '/api/../../etc/passwd',
  '//etc/passwd',
];
const TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', ''];

const hexish = fc.constantFrom(...'0123456789abcdefABCDEFgz%/.'.split(''));
const segment = fc.string({ unit: hexish, minLength: 1, maxLength: 12 });
/** Paths full of percent signs: most escapes are malformed or decode to invalid UTF-8. */
const escapePath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`);

function head(
  t: FuzzTarget,
  method: string,
  path: string,
  extra: Record<string, string> = {},
): string {
  const headers = { host: t.hostHeader, connection: 'close', ...extra };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`;
}

const whole = (kind: string, text: string, statusOnly = false): FuzzCase => ({
  kind,
  bytes: Buffer.from(text, 'latin1'),
  endAfterWrite: false,
  statusOnly,
  mayClose: false,
});

function apiHeaders(t: FuzzTarget, type: string, length: number): Record<string, string> {
  return { 'content-type': type, 'x-retold-token': t.token, 'content-length': String(length) };
}

/** Every kind of hostile request, weighted so the whole run stays small and fast. */
export function fuzzCase(t: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const token = fc.constantFrom(t.token, '', 'guess');
  return fc.oneof(
    { weight: 20, arbitrary: escapePath.map((p) => whole('escape', head(t, 'GET', p))) },
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...METHODS, ...ODD_METHODS), fc.constantFrom(...PATHS), token)
        .map(([m, p, k]) => ({
          ...whole('method', head(t, m, p, { 'x-retold-token': k }), p === '/api/events'),
          unauthorised: p.startsWith('/api/') && k !== t.token,
        })),
    },
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...TRAVERSALS), token)
        .map(([p, k]) => whole('traversal', head(t, 'GET', p, { 'x-retold-token': k }))),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...TYPES), fc.string({ maxLength: 40 }))
        .map(([type, body]) =>
          whole(
            'content-type',
            head(t, 'POST', '/api/invoke', apiHeaders(t, type, Buffer.byteLength(body))) + body,
          ),
        ),
    },
    {
      weight: 10,
      arbitrary: fc.json({ maxDepth: 2 }).map((body) => {
        const h = apiHeaders(t, 'application/json', Buffer.byteLength(body));
        return whole('json', head(t, 'POST', '/api/invoke', h) + body);
      }),
    },
    {
      weight: 8,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.nat(30)).map(([missing, sent]) => {
        const h = apiHeaders(t, 'application/json', sent + missing);
        const text = head(t, 'POST', '/api/invoke', h) + 'x'.repeat(sent);
        return { ...whole('truncated', text), endAfterWrite: true, mayClose: true };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.integer({ min: 41, max: 100_000 }).map((mb) => {
        const h = apiHeaders(t, 'application/json', mb * 1024 * 1024);
        return whole('over-limit', head(t, 'POST', '/api/invoke', h), true);
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 17, max: 80 })
        .map((kb) => whole('huge-header', head(t, 'GET', '/', { 'x-pad': 'a'.repeat(kb * 1024) }))),
    },
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 2, max: 60 })
        .map((kb) => whole('long-url', head(t, 'GET', `/${'a'.repeat(kb * 1024)}`))),
    },
    {
      weight: 8,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => ({
        kind: 'garbage',
        bytes: Buffer.from(b),
        endAfterWrite: true,
        statusOnly: false,
        mayClose: true,
      })),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.constantFrom('\0', '\r', '\n', ' ', '\t', '\x7f', '\xff'),
          fc.constantFrom(...PATHS),
        )
        .map(([c, p]) => whole('control-char', head(t, 'GET', `${p}${c}x`))),
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom('zz', '-1', '99999999999999999999', '1;ext=' + 'e'.repeat(20))
        .map((size) => {
          const h = { 'content-type': 'application/json', 'x-retold-token': t.token };
          const text = head(t, 'POST', '/api/invoke', { ...h, 'transfer-encoding': 'chunked' });
          return whole('bad-chunk', `${text}${size}\r\n{}\r\n0\r\n\r\n`);
        }),
    },
  );
}
