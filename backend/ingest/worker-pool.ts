// Ingest in a worker thread with a time limit, so that no file can hold the backend: while a
// page is read, the main thread (the browser-mode server, Electron's IPC, the CLI) answers
// everything else, and a page that takes longer than INGEST_WORKER.timeoutMs is abandoned: the
// worker is terminated (the only way to stop synchronous code) and the import fails with a
// message saying why. Nothing has been written by then: the library is written after ingest.
//
// A pool of workers with one queue. Reading a page (decoding, Readability on jsdom) is the slow
// part of a bulk import of HTML, and it is CPU work, so one worker per core reads pages side by
// side while the main thread writes batches (bench/bulk-import.bench.ts compares one worker with
// the pool in the same run). Workers are started only when the queue has more work than the
// running ones can take, so a single import uses one. Each is reused, saving its start-up
// (loading jsdom) on every file; see bench/html-hostile.bench.ts. A worker that was terminated
// or crashed is replaced when next needed; its time limit counts from when it starts a job, so
// time spent waiting in the queue never counts against a page.
//
// Where the worker's code is: under tsx (the CLI, tests, browser mode in development) this
// module is a .ts file and the worker registers tsx before importing worker.ts; in the Electron
// bundle (scripts/build.mjs) it is main.cjs and the worker is its sibling ingest-worker.cjs.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../contract/errors';
import type { IngestInput } from './index';
import { gaveUp, outOfMemory, unexpected, type Source } from './messages';
import type { Ingested } from './types';
import type { IngestReply, IngestRequest } from './worker';

/** Limits of the import worker. */
export const INGEST_WORKER = {
  /** An import still being read after this long is abandoned (real pages take under 2 s). */
  timeoutMs: 20_000,
  /** The worker's heap: a hostile page that exhausts it fails alone, not the whole backend. */
  maxOldGenerationSizeMb: 2_048,
  /** Most workers at once, whatever the core count: each holds jsdom (~100 MB when busy), and
   * past four the main thread's writing, not reading, limits a bulk import. */
  maxWorkers: 4,
} as const;

/** Workers the pool may run: one per core the process may use, 1 to INGEST_WORKER.maxWorkers. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(INGEST_WORKER.maxWorkers, os.availableParallelism()));
}

/**
 * In development: register tsx in the worker, then load the TypeScript entry. tsx's ESM API is
 * imported by URL (its CommonJS build of that API fails to register from a worker).
 */
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** The file URL of tsx's ESM API (`tsx/esm/api`), from its package's export map. */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const pkg = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const entry = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(entry, pathToFileURL(manifest)).href;
}

function spawn(): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: INGEST_WORKER.maxOldGenerationSizeMb };
  if (!here.endsWith('.ts'))
    return new Worker(new URL('./ingest-worker.cjs', here), { resourceLimits });
  const workerData = {
    tsxApi: tsxEsmApi(here),
    entry: new URL('./worker.ts', here).href,
  };
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData, resourceLimits });
}

interface Job {
  input: IngestInput;
  timeoutMs: number;
  sketch: boolean;
  resolve: (value: Ingested) => void;
  reject: (error: AppError) => void;
}

const sourceOf = (input: IngestInput): Source => ({
  name: input.name,
  pasted: input.bytes === undefined,
});

/** One reusable worker, one job at a time; it calls `onIdle` whenever it can take another. */
class IngestWorker {
  private worker: Worker | null = null;
  private current: { job: Job; id: number; timer: NodeJS.Timeout | null } | null = null;
  /** The worker has loaded its code (it says so once). */
  private ready = false;
  private nextId = 1;

  constructor(private readonly onIdle: () => void) {}

  get busy(): boolean {
    return this.current !== null;
  }

  start(job: Job): void {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    this.current = { job, id, timer: null };
    worker.postMessage({ id, input: job.input, sketch: job.sketch } satisfies IngestRequest);
    // A worker still loading starts the clock when it is ready; meanwhile a long timer keeps
    // the process alive, since the worker itself is unref'd.
    this.current.timer = this.ready ? this.startClock(job) : setTimeout(() => undefined, 1 << 30);
  }

  /**
   * The time limit of `job`, counted from when the worker can start it: not while it waits in
   * the queue, nor while a new worker loads (1-3 s).
   */
  private startClock(job: Job): NodeJS.Timeout {
    const seconds = Number((job.timeoutMs / 1000).toFixed(job.timeoutMs < 10_000 ? 1 : 0));
    return setTimeout(() => this.fail(gaveUp(sourceOf(job.input), seconds)), job.timeoutMs);
  }

  private onReady(): void {
    this.ready = true;
    const current = this.current;
    if (!current) return;
    if (current.timer) clearTimeout(current.timer);
    current.timer = this.startClock(current.job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn();
    worker.on('message', (reply: IngestReply) => {
      if (worker !== this.worker) return;
      if ('ready' in reply) this.onReady();
      else this.settle(reply);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker !== this.worker || !this.current) return;
      const source = sourceOf(this.current.job.input);
      this.fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(source) : unexpected(source),
      );
    });
    worker.on('exit', () => {
      if (worker !== this.worker) return;
      this.worker = null;
      if (this.current) this.fail(unexpected(sourceOf(this.current.job.input)));
    });
    // Idle, it must not keep the CLI alive; a running import's timer does that. After the
    // listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private settle(reply: Exclude<IngestReply, { ready: true }>): void {
    const current = this.current;
    if (!current || reply.id !== current.id) return;
    if (current.timer) clearTimeout(current.timer);
    this.current = null;
    if (reply.ok) current.job.resolve(reply.value);
    else current.job.reject(new AppError(reply.error.code, reply.error.message));
    this.onIdle();
  }

  /** Ends the current import with `error`; its worker is terminated and replaced when needed. */
  private fail(error: AppError): void {
    const current = this.current;
    if (!current) return;
    if (current.timer) clearTimeout(current.timer);
    this.current = null;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    current.job.reject(error);
    this.onIdle();
  }
}

/** The workers and their one queue: a job goes to the first idle worker, in arrival order. */
class IngestPool {
  private readonly queue: Job[] = [];
  private readonly workers: IngestWorker[] = [];

  constructor(private size: number) {}

  resize(size: number): void {
    this.size = Math.max(1, size);
  }

  run(input: IngestInput, timeoutMs: number, sketch: boolean): Promise<Ingested> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, timeoutMs, sketch, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let idle = this.workers.find((w) => !w.busy);
      if (!idle && this.workers.length < this.size) {
        idle = new IngestWorker(() => this.pump());
        this.workers.push(idle);
      }
      // Past the size (after a resize down) a worker is kept but given no more work.
      if (!idle || this.workers.indexOf(idle) >= this.size) return;
      idle.start(this.queue.shift() as Job);
    }
  }
}

let shared: IngestPool | null = null;

/**
 * ingest() in an import worker, with a time limit (INGEST_WORKER.timeoutMs unless given).
 * Resolves to what ingest resolves to, with the text's sketch (db/sketch.ts) when `sketch`;
 * rejects only with AppError, including when the time limit is reached or the worker fails.
 */
export function ingestInWorker(
  input: IngestInput,
  options: { timeoutMs?: number; sketch?: boolean } = {},
): Promise<Ingested> {
  shared ??= new IngestPool(defaultPoolSize());
  return shared.run(input, options.timeoutMs ?? INGEST_WORKER.timeoutMs, options.sketch ?? false);
}

/**
 * Sets how many workers the shared pool may run (default: defaultPoolSize()); benchmarks use it
 * to measure one worker against the pool in the same run.
 */
export function setIngestPoolSize(size: number): void {
  shared ??= new IngestPool(size);
  shared.resize(size);
}
