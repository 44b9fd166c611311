// Bodies over the limit get a readable 413 (not a connection reset), and the browser is opened
// on a one-time link so the token never appears in a program's arguments.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchCodes } from '../../../backend/http/launch';
import { HTTP_LIMITS } from '../../../backend/http/limits';
import { rawRequest, startTestHost, type TestHost } from './host-http-support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.stop();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const MB = 1024 * 1024;
const OVER = HTTP_LIMITS.maxBodyBytes + 2 * MB;

/** Uploads `total` bytes with Node's own client, in 1 MB pieces, as fast as the socket takes them. */
function upload(total: number, chunked: boolean): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-retold-token': t.host.token,
      host: t.hostHeader,
    };
    if (!chunked) headers['content-length'] = String(total);
    const req = http.request({ port: t.host.port, method: 'POST', path: '/api/invoke', headers });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    const piece = Buffer.alloc(MB, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += MB;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('bodies over the limit', () => {
  it.each([
    ['with Content-Length', false],
    ['chunked', true],
  ])('answers 413 with a sentence when the body is sent %s', async (_label, chunked) => {
    const r = await upload(OVER, chunked);
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe('close');
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('answers a declared 10 GB body at once, before any of it is sent', async () => {
    const head =
      `POST /api/invoke HTTP/1.1\r\nhost: ${t.hostHeader}\r\ncontent-type: application/json\r\n` +
      `x-retold-token: ${t.host.token}\r\ncontent-length: ${10 * 1024 * MB}\r\n\r\n`;
    const r = await rawRequest(t.host.port, Buffer.from(head), { timeoutMs: 5_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(413);
  });

  it('refuses `Expect: 100-continue` for a body over the limit without asking for it', async () => {
    const head =
      `POST /api/invoke HTTP/1.1\r\nhost: ${t.hostHeader}\r\ncontent-type: application/json\r\n` +
      `x-retold-token: ${t.host.token}\r\nexpect: 100-continue\r\ncontent-length: ${OVER}\r\n\r\n`;
    const r = await rawRequest(t.host.port, Buffer.from(head), { timeoutMs: 5_000 });
    expect(r.status).toBe(413);
    expect(r.text).not.toContain('100 Continue');
  });
});

describe('one-time launch links', () => {
  function open(link: string, host = t.hostHeader): Promise<Reply> {
    const { pathname } = new URL(link);
    return new Promise((resolve, reject) => {
      http
        .get({ port: t.host.port, path: pathname, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on('error', reject);
    });
  }

  it('carries no token, hands it over once, and refuses a second use', async () => {
    const link = t.host.launchUrl();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[\w-]{43}$/);
    expect(link).not.toContain(t.host.token);

    const first = await open(link);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/#token=${t.host.token}`);
    expect(first.headers['cache-control']).toBe('no-store');

    const second = await open(link);
    expect(second.status).toBe(410);
    expect(second.body).toContain('This link was already used');
    expect(second.body).not.toContain(t.host.token);
    expect(t.warnings.join('\n')).toContain('opened a second time');
  });

  it('refuses a link Retold did not make, and any link from a foreign Host', async () => {
    const made = t.host.launchUrl();
    expect((await open(`${made}x`)).status).toBe(404);
    expect((await open(made, 'evil.test')).status).toBe(403);
    expect((await open(made)).status).toBe(303);
  });

  it('lets a code expire after its time', () => {
    const codes = new LaunchCodes();
    const code = codes.mint(1_000);
    expect(codes.redeem(code, 1_000 + HTTP_LIMITS.launchCodeTtlMs + 1)).toBe('expired');
    expect(codes.redeem('nope', 1_000)).toBe('unknown');
    const fresh = codes.mint(5_000);
    expect(codes.redeem(fresh, 5_001)).toBe('ok');
    expect(codes.redeem(fresh, 5_002)).toBe('used');
  });
});
