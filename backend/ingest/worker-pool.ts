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
// (loading jsdom) on every file; see bench/html-hostile.bench.ts. Each holds several jobs and
// runs them in order, saying when it starts each: a job's time limit counts from its own start,
// so time spent waiting never counts against a page. A worker that was terminated or crashed
// is replaced when next needed, and the jobs it had not started go to another.
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
  /**
   * Jobs sent to one worker at most, and their bytes: it runs them one at a time, but holding
   * the next ones it keeps working while the main thread writes a batch of a bulk import (with
   * one job each, both workers waited for every batch: 168 s of CPU in 134 s on a
   * 100,000-article import). The byte cap keeps a worker from holding many large pages while
   * another has nothing to do.
   */
  queueDepth: 512,
  queueBytes: 4 * 1024 * 1024,
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

/** What a job holds in memory until it is read: its bytes or its text. */
const sizeOf = (job: Job): number => job.input.bytes?.byteLength ?? job.input.text?.length ?? 0;

const sourceOf = (input: IngestInput): Source => ({
  name: input.name,
  pasted: input.bytes === undefined,
});

interface Sent {
  job: Job;
  id: number;
  /** The job's time limit once the worker has started it; before, a keep-alive timer. */
  timer: NodeJS.Timeout;
  started: boolean;
}

/**
 * One reusable worker and the jobs sent to it, in order (up to INGEST_WORKER.queueDepth). The
 * worker runs them one at a time and says when it starts each, so each job's time limit counts
 * from its own start. It calls `onIdle` whenever it can take another job, and `onOrphans` with
 * the jobs it had not started when it was terminated or crashed, for the pool to run elsewhere.
 */
class IngestWorker {
  private worker: Worker | null = null;
  private readonly sent: Sent[] = [];
  /** The bytes of the jobs in `sent`. */
  private held = 0;
  private nextId = 1;

  constructor(
    private readonly onIdle: () => void,
    private readonly onOrphans: (jobs: Job[]) => void,
  ) {}

  /** Jobs sent and not yet answered. */
  get load(): number {
    return this.sent.length;
  }

  /** Whether it may be sent `job` too (see INGEST_WORKER.queueDepth). */
  canTake(job: Job): boolean {
    if (this.sent.length === 0) return true;
    if (this.sent.length >= INGEST_WORKER.queueDepth) return false;
    return this.held + sizeOf(job) <= INGEST_WORKER.queueBytes;
  }

  start(job: Job): void {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    // The worker itself is unref'd: until the job's clock runs, a long timer keeps the process
    // alive (a worker still loading takes 1-3 s).
    this.sent.push({ job, id, timer: setTimeout(() => undefined, 1 << 30), started: false });
    this.held += sizeOf(job);
    worker.postMessage({ id, input: job.input, sketch: job.sketch } satisfies IngestRequest);
  }

  /** The time limit of `job`, counted from when the worker starts it (not while it waits). */
  private startClock(job: Job): NodeJS.Timeout {
    const seconds = Number((job.timeoutMs / 1000).toFixed(job.timeoutMs < 10_000 ? 1 : 0));
    return setTimeout(() => this.fail(gaveUp(sourceOf(job.input), seconds)), job.timeoutMs);
  }

  private onStarted(id: number): void {
    const s = this.sent.find((x) => x.id === id);
    if (!s || s.started) return;
    clearTimeout(s.timer);
    s.started = true;
    s.timer = this.startClock(s.job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn();
    worker.on('message', (reply: IngestReply) => {
      if (worker !== this.worker) return;
      if ('started' in reply) this.onStarted(reply.started);
      else this.settle(reply);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const head = this.sent[0];
      if (worker !== this.worker || !head) return;
      const source = sourceOf(head.job.input);
      this.fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(source) : unexpected(source),
      );
    });
    worker.on('exit', () => {
      if (worker !== this.worker) return;
      const head = this.sent[0];
      if (head) this.fail(unexpected(sourceOf(head.job.input)));
      this.worker = null;
    });
    // Idle, it must not keep the CLI alive; a running import's timer does that. After the
    // listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: Exclude<IngestReply, { started: number }>): void {
    const at = this.sent.findIndex((x) => x.id === reply.id);
    if (at < 0) return;
    const [s] = this.sent.splice(at, 1) as [Sent];
    this.held -= sizeOf(s.job);
    clearTimeout(s.timer);
    if (reply.ok) s.job.resolve(reply.value);
    else s.job.reject(new AppError(reply.error.code, reply.error.message));
    this.onIdle();
  }

  /**
   * Ends the job the worker was running with `error` (the first sent: it runs them in order);
   * the worker is terminated and replaced when needed, and the jobs it had not started go back
   * to the pool.
   */
  private fail(error: AppError): void {
    const all = this.sent.splice(0);
    this.held = 0;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    all.forEach((s) => clearTimeout(s.timer));
    const [head, ...rest] = all;
    head?.job.reject(error);
    if (rest.length > 0) this.onOrphans(rest.map((s) => s.job));
    this.onIdle();
  }
}

/**
 * The workers and their one queue. A job goes to an idle worker, else to a new one (up to the
 * pool's size), else to the worker with the fewest jobs waiting, within INGEST_WORKER's
 * queueDepth and queueBytes: a worker with jobs in hand keeps working while the main thread is busy (a bulk
 * import's batch being written), instead of waiting for it to hand over the next.
 */
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
      // Past the size (after a resize down) a worker is kept but given no more work.
      const usable = this.workers.slice(0, this.size);
      let to = usable.find((w) => w.load === 0);
      if (!to && this.workers.length < this.size) {
        to = new IngestWorker(
          () => this.pump(),
          (jobs) => {
            this.queue.unshift(...jobs);
            this.pump();
          },
        );
        this.workers.push(to);
      }
      const job = this.queue[0] as Job;
      to ??= usable.filter((w) => w.canTake(job)).sort((a, b) => a.load - b.load)[0];
      if (!to) return;
      this.queue.shift();
      to.start(job);
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
