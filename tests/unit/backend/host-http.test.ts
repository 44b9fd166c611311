// The browser-mode host against a real server and a real library: malformed requests get a
// 4xx and a sentence instead of ending the process, exceptions become a plain 500, and the
// access checks still hold.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guard, HttpError } from '../../../backend/http/answer';
import { rawRequest, startTestHost, type TestHost } from './host-http-support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.stop();
});

function get(target: string, headers: Record<string, string> = {}): Buffer {
  const lines = Object.entries({ host: t.hostHeader, connection: 'close', ...headers });
  return Buffer.from(
    `GET ${target} HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`,
    'latin1',
  );
}

function post(body: string, headers: Record<string, string> = {}): Buffer {
  const all = {
    host: t.hostHeader,
    connection: 'close',
    'content-type': 'application/json',
    'x-retold-token': t.host.token,
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  };
  const head = Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.from(`POST /api/invoke HTTP/1.1\r\n${head}\r\n${body}`);
}

const bodyOf = (text: string): string => text.slice(text.indexOf('\r\n\r\n') + 4);

async function listStories(): Promise<number | null> {
  const r = await rawRequest(t.host.port, post(JSON.stringify({ method: 'stories.list' })));
  expect(bodyOf(r.text)).toContain('"ok":true');
  return r.status;
}

describe('malformed requests', () => {
  const escapes = [
    '/%c0',
    '/%',
    '/%zz',
    '/api/%c0',
    '/%E0%A4%A',
    '/assets/%ff.js',
    '/%c0%af',
    '/a%',
  ];
  it.each(escapes)('answers %s with 400 and a sentence, and keeps serving', async (target) => {
    const r = await rawRequest(t.host.port, get(target));
    expect(r.status).toBe(400);
    expect(bodyOf(r.text)).toContain('malformed percent escape');
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
    expect(await listStories()).toBe(200);
  });

  it('refuses NUL characters, absolute-form targets and bad JSON with 400', async () => {
    expect((await rawRequest(t.host.port, get('/index.html%00.js'))).status).toBe(400);
    expect((await rawRequest(t.host.port, get('http://[bad/'))).status).toBe(400);
    expect((await rawRequest(t.host.port, get('*'))).status).toBe(400);
    const bad = await rawRequest(t.host.port, post('{"method":'));
    expect(bad.status).toBe(400);
    expect(bodyOf(bad.text)).toContain('not valid JSON');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const r = await rawRequest(t.host.port, post('method=x', { 'content-type': 'text/plain' }));
    expect(r.status).toBe(415);
    expect(bodyOf(r.text)).toContain('Content-Type: application/json');
  });

  it('answers malformed HTTP with 400 and huge headers with 431', async () => {
    const junk = await rawRequest(t.host.port, Buffer.from('GARBAGE\r\n\r\n'));
    expect(junk.status).toBe(400);
    const huge = get('/', { 'x-big': 'a'.repeat(100_000) });
    expect((await rawRequest(t.host.port, huge)).status).toBe(431);
  });

  it('survives a client that cuts its upload short', async () => {
    const cut = post('{"method":"stories.list"}', { 'content-length': '1000' });
    const r = await rawRequest(t.host.port, cut, { endAfterWrite: true });
    expect(r.timedOut).toBe(false);
    expect(await listStories()).toBe(200);
  });

  it('still refuses traversal, foreign sites and missing tokens', async () => {
    expect((await rawRequest(t.host.port, get('/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await rawRequest(t.host.port, get('/', { host: 'evil.test' }))).status).toBe(403);
    const nullOrigin = get('/api/events', { origin: 'null', 'x-retold-token': t.host.token });
    expect((await rawRequest(t.host.port, nullOrigin)).status).toBe(403);
    const noToken = post('{}', { 'x-retold-token': 'guess' });
    expect((await rawRequest(t.host.port, noToken)).status).toBe(401);
    const asset = await rawRequest(t.host.port, get('/assets/app.js'));
    expect(asset.status).toBe(200);
    expect(bodyOf(asset.text)).toBe('console.log("retold");');
  });
});

describe('the guard', () => {
  async function serve(handler: Parameters<typeof guard>[0]): Promise<[http.Server, number]> {
    const server = http.createServer(guard(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return [server, (server.address() as AddressInfo).port];
  }
  const plain = Buffer.from('GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');

  it('turns a thrown or rejected exception into a 500 without a stack trace', async () => {
    const logged: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (s: string | Uint8Array): boolean => (logged.push(String(s)), true);
    try {
      for (const handler of [
        () => {
          throw new TypeError('boom in a handler');
        },
        () => Promise.reject(new RangeError('boom in a promise')),
      ]) {
        const [server, port] = await serve(handler);
        const r = await rawRequest(port, plain);
        server.close();
        expect(r.status).toBe(500);
        expect(bodyOf(r.text)).toContain('Something went wrong in the Retold server');
        expect(r.text).not.toContain('boom');
      }
    } finally {
      process.stderr.write = write;
    }
    expect(logged.join('')).toContain('boom in a handler');
    expect(logged.join('')).toContain('boom in a promise');
  });

  it('turns an HttpError into its own status', async () => {
    const [server, port] = await serve(() => {
      throw new HttpError(409, { code: 'bad_input', message: 'Not now.' });
    });
    const r = await rawRequest(port, plain);
    server.close();
    expect(r.status).toBe(409);
    expect(bodyOf(r.text)).toContain('Not now.');
  });
});
