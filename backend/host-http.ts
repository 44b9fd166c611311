// The browser-mode host: serves the built renderer and the contract's API on 127.0.0.1.
//
// Every request runs inside one guard (backend/http/answer.ts), so no request, however
// malformed, can end the process. The checks, in order: our own Host (so DNS rebinding cannot
// reach us) and, when present, our own Origin (so another web page cannot drive us); a target
// that parses (bad escapes and NULs get 400); then one-time launch links, the static interface,
// and the API, which needs the per-launch token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendContext } from './context';
import { dispatch } from './dispatch';
import { guard, HttpError, onClientError, sendJson, type Pending } from './http/answer';
import { answerLaunch, LAUNCH_PREFIX, LaunchCodes } from './http/launch';
import { HTTP_LIMITS } from './http/limits';
import { parseTarget, readJsonBody, type Target } from './http/request';
import { serveStatic } from './http/static';

export { CSP } from './http/static';

/** Options of the browser-mode host. */
export interface HttpHostOptions {
  ctx: BackendContext;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; generated when omitted. */
  token?: string;
  /** Where warnings for the person at the terminal go (stderr by default). */
  warn?: (line: string) => void;
}

/** A running browser-mode host. */
export interface HttpHost {
  port: number;
  token: string;
  /**
   * Address with the token in its fragment (never sent in requests, logs or Referer). Print it
   * for the person; never pass it to another program, whose arguments other users can read.
   */
  url: string;
  /** A fresh one-time address that opens the app (valid once, for a minute): give this to a browser launcher. */
  launchUrl(): string;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface HostState {
  ctx: BackendContext;
  rendererDir: string;
  token: string;
  port: number;
  launches: LaunchCodes;
  warn: (line: string) => void;
}

const forbidden = new HttpError(403, {
  code: 'forbidden',
  message: 'Requests from other sites are refused.',
});

/** Refuses a foreign Host or Origin. */
function checkSite(req: IncomingMessage, port: number): void {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = req.headers.origin;
  if (!hosts.includes(req.headers.host ?? '')) throw forbidden;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) throw forbidden;
}

/** Routes one request; throws HttpError for refusals (the guard answers them). */
async function route(s: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkSite(req, s.port);
  const target = parseTarget(req);
  const method = req.method ?? '';
  if (!target.path.startsWith('/api/')) {
    if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(405, { code: 'bad_input', message: 'Method not allowed.' });
    }
    if (target.path.startsWith(LAUNCH_PREFIX) && method === 'GET') {
      const result = s.launches.redeem(target.path.slice(LAUNCH_PREFIX.length));
      return answerLaunch(res, result, s.token, s.warn);
    }
    return serveStatic(req, res, s.rendererDir, target);
  }
  checkToken(req, target, s.token);
  if (target.path === '/api/events' && method === 'GET') return streamEvents(s.ctx, res);
  if (target.path === '/api/invoke' && method === 'POST') return invoke(s.ctx, req, res);
  throw new HttpError(404, { code: 'not_found', message: 'No such API endpoint.' });
}

/** Refuses an API request without the per-launch token (header, or query for EventSource). */
function checkToken(req: IncomingMessage, target: Target, token: string): void {
  const given = req.headers['x-retold-token'] ?? target.query.get('token') ?? '';
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    throw new HttpError(401, {
      code: 'unauthorized',
      message: 'This request has no valid Retold token.',
    });
  }
}

/**
 * Starts the browser-mode host on 127.0.0.1. Every request must carry our own Host and, when
 * present, our own Origin; every API request must carry the per-launch token.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const s: HostState = {
    ctx: options.ctx,
    rendererDir: options.rendererDir,
    token: options.token ?? randomBytes(HTTP_LIMITS.tokenBytes).toString('base64url'),
    port: 0,
    launches: new LaunchCodes(),
    warn: options.warn ?? ((line) => void process.stderr.write(`${line}\n`)),
  };
  // The answer under way on each socket, so a parse error in a body is answered through it.
  const pending: Pending = new WeakMap();
  const listener = guard((req, res) => {
    pending.set(req.socket, res);
    res.once('close', () => {
      if (pending.get(req.socket) === res) pending.delete(req.socket);
    });
    return route(s, req, res);
  });
  const server = http.createServer(listener);
  // Same route for `Expect: 100-continue`: the body reader sends 100 only for a body it accepts.
  server.on('checkContinue', listener);
  server.on('clientError', onClientError(pending));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  s.port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${s.port}`;
  return {
    port: s.port,
    token: s.token,
    url: `${origin}/#token=${s.token}`,
    launchUrl: () => `${origin}${LAUNCH_PREFIX}${s.launches.mint()}`,
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
  const body = await readJsonBody(req, res);
  const { method, input } = (body ?? {}) as { method?: unknown; input?: unknown };
  sendJson(res, 200, await dispatch(ctx, method, input));
}

/** GET /api/events: push events as Server-Sent Events. */
function streamEvents(ctx: BackendContext, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = ctx.events.subscribe((name, payload) => {
    if (!res.destroyed) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': ping\n\n'), HTTP_LIMITS.eventsKeepAliveMs);
  res.once('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
