// The browser-mode host: API requests need the per-launch token, and requests with a foreign
// Host (DNS rebinding) or Origin (another web page) are refused.
import http from 'node:http';
import { expect, test } from './support/fixtures';

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(
  port: number,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const list = JSON.stringify({ method: 'stories.list', input: {} });

test('the API answers with the token and refuses without it', async ({ server }) => {
  const host = `127.0.0.1:${server.port}`;
  const json = { 'content-type': 'application/json', host };
  const good = await request(
    server.port,
    '/api/invoke',
    { ...json, 'x-retold-token': server.token },
    list,
  );
  expect(good.status).toBe(200);
  expect(JSON.parse(good.body)).toMatchObject({ ok: true });

  const none = await request(server.port, '/api/invoke', json, list);
  expect(none.status).toBe(401);
  expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

  const wrong = await request(
    server.port,
    '/api/invoke',
    { ...json, 'x-retold-token': 'guess' },
    list,
  );
  expect(wrong.status).toBe(401);

  const events = await request(server.port, '/api/events', { host });
  expect(events.status).toBe(401);
});

test('a foreign Host or Origin is refused, even with the token', async ({ server }) => {
  const base = { 'content-type': 'application/json', 'x-retold-token': server.token };
  const foreignHost = await request(
    server.port,
    '/api/invoke',
    { ...base, host: 'evil.example:80' },
    list,
  );
  expect(foreignHost.status).toBe(403);
  expect(JSON.parse(foreignHost.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const page = await request(server.port, '/', { host: `attacker.test:${server.port}` });
  expect(page.status).toBe(403);

  const foreignOrigin = await request(
    server.port,
    '/api/invoke',
    { ...base, host: `127.0.0.1:${server.port}`, origin: 'https://evil.example' },
    list,
  );
  expect(foreignOrigin.status).toBe(403);

  const ownOrigin = await request(
    server.port,
    '/api/invoke',
    { ...base, host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
    list,
  );
  expect(ownOrigin.status).toBe(200);
});

test('the interface is served with a strict Content Security Policy', async ({ server }) => {
  const res = await request(server.port, '/', { host: `127.0.0.1:${server.port}` });
  expect(res.status).toBe(200);
  expect(res.body).toContain('<div id="root">');
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
});
