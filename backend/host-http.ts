import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppErrorData } from '../contract/errors';
import type { BackendContext } from './context';
import { dispatch } from './dispatch';

/** Content Security Policy of the served UI: the same rules as the Electron window. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Request bodies above this are refused (a 20 MB file is about 27 MB as base64 in JSON). */
const MAX_BODY_BYTES = 40 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Options of the browser-mode host. */
export interface HttpHostOptions {
  ctx: BackendContext;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; generated when omitted. */
  token?: string;
}

/** A running browser-mode host. */
export interface HttpHost {
  port: number;
  token: string;
  /** Address to open: the token travels in the fragment, so it never reaches logs or Referer. */
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(data);
}

function refuse(res: ServerResponse, status: number, error: AppErrorData): void {
  sendJson(res, status, { ok: false, error });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads a JSON body with a size cap. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too_large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Serves a file of the built renderer, falling back to index.html for app routes. */
function serveStatic(req: IncomingMessage, res: ServerResponse, dir: string): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  let file = path.resolve(dir, rel || 'index.html');
  if (!file.startsWith(path.resolve(dir) + path.sep)) {
    refuse(res, 404, { code: 'not_found', message: 'Not found.' });
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(dir, 'index.html');
  if (!existsSync(file)) {
    refuse(res, 500, {
      code: 'internal',
      message: 'The interface is not built: run `npm run build`.',
    });
    return;
  }
  const ext = path.extname(file);
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}

/**
 * Starts the browser-mode host on 127.0.0.1. Every request must carry our own Host (so DNS
 * rebinding cannot reach it) and, when present, our own Origin (so another web page cannot
 * drive it); every API request must carry the per-launch token.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { ctx, rendererDir } = options;
  let port = 0;
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = (): string[] => allowedHosts().map((h) => `http://${h}`);

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (
      !allowedHosts().includes(host) ||
      (origin !== undefined && !allowedOrigins().includes(origin))
    ) {
      refuse(res, 403, { code: 'forbidden', message: 'Requests from other sites are refused.' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        refuse(res, 405, { code: 'bad_input', message: 'Method not allowed.' });
        return;
      }
      serveStatic(req, res, rendererDir);
      return;
    }
    const given = req.headers['x-retold-token'] ?? url.searchParams.get('token') ?? '';
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      refuse(res, 401, {
        code: 'unauthorized',
        message: 'This request has no valid Retold token.',
      });
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(ctx, req, res);
    if (url.pathname === '/api/invoke' && req.method === 'POST') return void invoke(ctx, req, res);
    refuse(res, 404, { code: 'not_found', message: 'No such API endpoint.' });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POST /api/invoke {method, input} → the dispatch Result. */
async function invoke(
  ctx: BackendContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch (err) {
    if (err instanceof Error && err.message === 'too_large') {
      refuse(res, 413, {
        code: 'too_large',
        message: 'That is too large to import (the limit is 20 MB).',
      });
    } else {
      refuse(res, 400, { code: 'bad_input', message: 'The request was not valid JSON.' });
    }
    return;
  }
  const { method, input } = (body ?? {}) as { method?: unknown; input?: unknown };
  sendJson(res, 200, await dispatch(ctx, method, input));
}

/** GET /api/events: push events as Server-Sent Events. */
function streamEvents(ctx: BackendContext, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = ctx.events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
