// The import worker's entry: runs ingest (decoding, sniffing, HTML extraction) off the main
// thread, one request at a time, for worker-pool.ts. Errors cross as { code, message } data,
// since an AppError's class does not survive the message channel.
import { parentPort } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../contract/errors';
import { sketchText } from '../../db/sketch';
import { ingest, type IngestInput } from './index';
import type { Ingested } from './types';

/** A request to the worker. */
export interface IngestRequest {
  id: number;
  input: IngestInput;
  /** Also compute the text's sketch (db/sketch.ts), so the main thread does not. */
  sketch?: boolean;
}

/** The worker's answer to one request, or its word that it has loaded and can start. */
export type IngestReply =
  | { id: number; ok: true; value: Ingested }
  | { id: number; ok: false; error: AppErrorData }
  | { ready: true };

async function answer(request: IngestRequest): Promise<IngestReply> {
  try {
    const value = await ingest(request.input);
    if (request.sketch) value.sketch = sketchText(value.text);
    return { id: request.id, ok: true, value };
  } catch (error) {
    // ingest rejects only with AppError; anything else is a bug, reported as unreadable.
    const data =
      error instanceof AppError
        ? error.toData()
        : { code: 'unreadable' as const, message: 'Retold could not read this import.' };
    return { id: request.id, ok: false, error: data };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: IngestRequest) => {
    void answer(request).then((reply) => port.postMessage(reply));
  });
  // Loaded (jsdom and all): the pool starts an import's clock from here, not from the spawn.
  port.postMessage({ ready: true } satisfies IngestReply);
}
