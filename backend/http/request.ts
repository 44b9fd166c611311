// Reading a request safely: its address and its JSON body. Everything a client controls is
// checked here and refused with an HttpError (a 4xx and a sentence), never left to throw.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './answer';
import { HTTP_LIMITS } from './limits';

/** A request's address, parsed and decoded. */
export interface Target {
  /** The path with its percent escapes decoded (no NUL characters). */
  path: string;
  /** The raw query parameters. */
  query: URLSearchParams;
}

const badAddress = (why: string): HttpError =>
  new HttpError(400, { code: 'bad_input', message: `The address is not valid: ${why}.` });

/**
 * Parses the request target. Only the origin form (`/path?query`) is accepted: the absolute
 * form and `*` make no sense for a local app. The path is appended to a fixed base rather than
 * resolved against it, so `//host/x` stays a path and cannot name another host.
 */
export function parseTarget(req: IncomingMessage): Target {
  const raw = req.url ?? '';
  if (!raw.startsWith('/')) throw badAddress('it must start with “/”');
  let url: URL;
  try {
    url = new URL(`http://localhost${raw}`);
  } catch {
    throw badAddress('it cannot be read as a web address');
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw badAddress('it contains a malformed percent escape such as “%c0”');
  }
  if (path.includes('\0')) throw badAddress('it contains a NUL character');
  return { path, query: url.searchParams };
}

const tooLarge = new HttpError(413, {
  code: 'too_large',
  message: 'That is too large to import (the limit is 20 MB).',
});

/** Refuses a body that is not declared as JSON (a form post or plain text from another page). */
function requireJson(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, {
      code: 'bad_input',
      message: 'The request must be sent as JSON (Content-Type: application/json).',
    });
  }
}

/**
 * Reads a JSON body. A declared length over the limit is refused before a byte is read (and
 * before `100 Continue`, so a polite client never sends it); an undeclared (chunked) body is
 * refused as soon as its running count passes the limit, and nothing more is buffered.
 */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  requireJson(req);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > HTTP_LIMITS.maxBodyBytes) throw tooLarge;
  if (/100-continue/i.test(req.headers.expect ?? '')) res.writeContinue();
  const text = await collect(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { code: 'bad_input', message: 'The request was not valid JSON.' });
  }
}

/** Buffers the body up to the limit. */
function collect(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= HTTP_LIMITS.maxBodyBytes) return void chunks.push(chunk);
      req.removeListener('data', onData);
      chunks.length = 0;
      reject(tooLarge);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', () =>
      reject(new HttpError(400, { code: 'bad_input', message: 'The request body was cut short.' })),
    );
  });
}
