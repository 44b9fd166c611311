// How the browser-mode host answers, and the one guard every request runs inside.
//
// No request may end the server: a handler that throws (synchronously or from a promise) gets a
// 400 when the request itself was malformed (an HttpError) or a 500 with a plain sentence, and the
// stack goes to stderr, never to the client. Stream errors (a client that aborts an upload or
// goes away mid-answer) are absorbed, and malformed HTTP that never becomes a request is answered
// from the `clientError` hook.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppErrorData } from '../../contract/errors';
import { HTTP_LIMITS } from './limits';

/** A request we refuse on purpose: its status and the sentence the client gets. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly data: AppErrorData,
  ) {
    super(data.message);
    this.name = 'HttpError';
  }
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** Answers with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': data.length });
  res.end(data);
}

/**
 * Answers `{ ok: false, error }`. When the request body has not all arrived, the answer says
 * `Connection: close` and goes out at once, and the rest of the body is read and thrown away
 * for a moment before the socket closes, so the client reads the answer instead of a reset.
 */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: AppErrorData,
): void {
  if (res.headersSent || res.destroyed) return;
  if (!bodyPending(req)) return sendJson(res, status, { ok: false, error });
  const data = Buffer.from(JSON.stringify({ ok: false, error }));
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': data.length, connection: 'close' });
  // Written but not ended: ending now would close the socket while the client is still sending.
  res.write(data);
  lingerThenEnd(req, res);
}

/** Whether part of the request body may still be on its way. */
function bodyPending(req: IncomingMessage): boolean {
  if (req.complete || req.readableEnded) return false;
  const length = Number(req.headers['content-length'] ?? 0);
  return req.headers['transfer-encoding'] !== undefined || length !== 0;
}

/** Discards what is left of the request body, then ends the answer (which closes the socket). */
function lingerThenEnd(req: IncomingMessage, res: ServerResponse): void {
  let drained = 0;
  const finish = (): void => {
    clearTimeout(timer);
    req.removeListener('data', onData);
    if (!res.writableEnded) res.end();
  };
  const onData = (chunk: Buffer): void => {
    drained += chunk.length;
    if (drained > HTTP_LIMITS.lingerMaxBytes) finish();
  };
  const timer = setTimeout(finish, HTTP_LIMITS.lingerMs).unref();
  req.on('data', onData);
  req.once('end', finish);
  req.once('close', finish);
  req.resume();
}

/** A handler of the host; it may throw or reject, the guard answers for it. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Runs a handler so that nothing it does can end the process. */
export function guard(handler: Handler): RequestListener {
  return (req, res) => {
    // Aborted uploads and vanished clients: the body reader and the writers see these
    // themselves; without a listener Node would throw them as uncaught errors.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    try {
      const pending = handler(req, res);
      if (pending) pending.catch((err: unknown) => fail(req, res, err));
    } catch (err) {
      fail(req, res, err);
    }
  };
}

/** Turns an exception into an answer: the specific refusal, or a plain 500. */
function fail(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (err instanceof HttpError) {
    // Answered already (a parse error in the body is answered from the clientError hook).
    if (res.headersSent) return void (res.writableEnded || res.destroy());
    return refuse(req, res, err.status, err.data);
  }
  // Only the method and path are logged: the query may carry the token.
  const where = `${req.method ?? '?'} ${(req.url ?? '').split('?')[0]}`;
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`retold: unexpected error answering ${where}: ${detail}\n`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  refuse(req, res, 500, {
    code: 'internal',
    message:
      'Something went wrong in the Retold server and this request was not completed. ' +
      'The details are in the terminal where Retold runs.',
  });
}

/** Status and sentence for HTTP that Node's parser refused. */
function clientErrorAnswer(code: string | undefined): [number, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return [431, 'Request Header Fields Too Large', 'The request headers are too large.'];
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, 'Request Timeout', 'The request took too long to arrive.'];
  }
  if (code === 'HPE_INVALID_EOF_STATE') {
    return [400, 'Bad Request', 'The request ended before all of it arrived.'];
  }
  return [400, 'Bad Request', 'The request is not valid HTTP.'];
}

/** The answers under way, by socket: a parse error there is answered through that answer. */
export type Pending = WeakMap<Duplex, ServerResponse>;

/**
 * The server's `clientError` hook: answers malformed HTTP with 400 (431 for huge headers, 408
 * for a timeout) when the socket can still take an answer, and otherwise closes it. When the
 * error comes in the body of a request being handled, the answer goes through that request's
 * response (a second status line on the socket would corrupt it), or, if that answer has
 * begun, the socket is closed.
 */
export function onClientError(pending: Pending) {
  return (err: NodeJS.ErrnoException, socket: Duplex): void => {
    socket.on('error', () => undefined);
    const res = pending.get(socket);
    if (err.code === 'ECONNRESET' || !socket.writable || res?.headersSent || res?.destroyed) {
      socket.destroy();
      return;
    }
    const [status, reason, message] = clientErrorAnswer(err.code);
    const body = JSON.stringify({ ok: false, error: { code: 'bad_input', message } });
    if (res) {
      res.writeHead(status, {
        ...JSON_HEADERS,
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      });
      res.end(body);
      return;
    }
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  };
}
