// Reading a response body under the size cap. The cap is checked on the declared length before
// reading, then on the bytes as they arrive (after undoing gzip, deflate or br, so a small
// compressed body that inflates past the cap is stopped too): a huge page is never held whole.
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { AppError } from '../../contract/errors';
import * as say from './errors';

/** Whatever can stop a fetch (its deadline, a cancel): its reason, once it stopped it. */
export interface Stopper {
  readonly error: AppError | null;
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  // pipeline passes an error of the response on to the inflater, which the loop then sees.
  return inflate ? pipeline(response, inflate, () => undefined) : response;
}

/** The body's bytes, at most `maxBytes`; rejects with AppError (too large, stopped, network). */
export async function readBody(
  response: IncomingMessage,
  host: string,
  maxBytes: number,
  stop: Stopper,
): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw say.pageTooLarge(maxBytes, declared);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = decoded(response);
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) {
        response.destroy();
        throw say.pageTooLarge(maxBytes, null);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (stop.error) throw stop.error;
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw say.networkError(host, error);
  }
  if (stop.error) throw stop.error;
  // A connection closed early ends the stream without an error on some Node versions.
  if (!response.complete) throw say.networkError(host, { code: 'ECONNRESET' });
  return Buffer.concat(chunks, total);
}
