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

/**
 * The worker's answer to one request, or its word that it starts one: the request's time limit
 * counts from there, not from the spawn (loading jsdom takes 1-3 s) nor from the queue.
 */
export type IngestReply =
  | { id: number; ok: true; value: Ingested }
  | { id: number; ok: false; error: AppErrorData }
  | { started: number };

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
  // Requests are run one at a time, in the order they came: the pool sends several so that the
  // next is at hand, and times each from the moment it starts.
  const waiting: IngestRequest[] = [];
  let running = false;
  const next = async (): Promise<void> => {
    running = true;
    for (let request = waiting.shift(); request; request = waiting.shift()) {
      port.postMessage({ started: request.id } satisfies IngestReply);
      port.postMessage(await answer(request));
    }
    running = false;
  };
  port.on('message', (request: IngestRequest) => {
    waiting.push(request);
    if (!running) void next();
  });
}
