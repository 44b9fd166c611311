// Serves the built renderer: its files, and index.html for the app's own routes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpError } from './answer';
import type { Target } from './request';

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

/** Headers of every page the host serves itself. */
export const PAGE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

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

/** The regular file at `file`, or null when there is none. */
async function fileSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** The file to serve for a path: the named file inside `dir`, else index.html. */
async function resolveFile(dir: string, target: Target): Promise<[string, number]> {
  const root = path.resolve(dir);
  const file = path.resolve(root, target.path.replace(/^\/+/, '') || 'index.html');
  if (!file.startsWith(root + path.sep)) {
    throw new HttpError(404, { code: 'not_found', message: 'Not found.' });
  }
  for (const candidate of [file, path.join(root, 'index.html')]) {
    const size = await fileSize(candidate);
    if (size !== null) return [candidate, size];
  }
  throw new HttpError(500, {
    code: 'internal',
    message: 'The interface is not built: run `npm run build`.',
  });
}

/** Serves a file of the built renderer, falling back to index.html for app routes. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  dir: string,
  target: Target,
): Promise<void> {
  const [file, size] = await resolveFile(dir, target);
  const ext = path.extname(file);
  res.writeHead(200, {
    ...PAGE_HEADERS,
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  if (req.method === 'HEAD') return void res.end();
  // pipeline closes the file when the client goes away, and reports a read error instead of
  // throwing it; the guard then logs it and closes the half-sent answer.
  try {
    await pipeline(createReadStream(file), res);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  }
}
