// The renderer's way to the engine: a small pool of module workers, one request per worker
// at a time. One worker serving every request in turn made an ordinary story wait behind a
// slow one (7.9 s instead of 92 ms); here each request gets a worker of its own, and a
// request that is cancelled or runs out of time has its worker terminated, which is the only
// way to stop the engine mid-computation.
import type { CompareOptions, Comparison, VersionInput } from '../../../engine';
import { COMPARE_LIMITS } from './compare-limits';
import type { CompareRequest, CompareResponse } from './compare.worker';

/** The comparison was cancelled (the person asked, or opened something else). */
export class CompareCancelled extends Error {
  constructor() {
    super('The comparison was cancelled.');
    this.name = 'CompareCancelled';
  }
}

/** The comparison ran over its time limit and its worker was stopped. */
export class CompareTimedOut extends Error {
  constructor(readonly ms: number) {
    super(`The comparison took longer than ${Math.round(ms / 1000)} seconds and was stopped.`);
    this.name = 'CompareTimedOut';
  }
}

/** How one request runs. */
export interface RunOptions {
  /** Aborting terminates the worker and rejects with CompareCancelled. */
  signal?: AbortSignal;
  /** Time limit in ms; absent or 0 means none. */
  timeoutMs?: number;
  /** Test hook, passed to the worker (see CompareRequest.delayMs). */
  delayMs?: number;
}

const idle: Worker[] = [];
let busy = 0;
const waiting: (() => void)[] = [];
let nextId = 1;

function spawn(): Worker {
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
}

/** Waits for a free place in the pool (only when maxWorkers requests already run). */
async function acquire(signal: AbortSignal | undefined): Promise<Worker> {
  while (busy >= COMPARE_LIMITS.maxWorkers) {
    await new Promise<void>((resolve) => {
      const go = (): void => {
        signal?.removeEventListener('abort', go);
        const i = waiting.indexOf(go);
        if (i >= 0) waiting.splice(i, 1);
        resolve();
      };
      waiting.push(go);
      signal?.addEventListener('abort', go, { once: true });
    });
    if (signal?.aborted) throw new CompareCancelled();
  }
  busy++;
  return idle.pop() ?? spawn();
}

/** Returns a worker to the pool, or terminates it when it was stopped mid-work. */
function release(worker: Worker, reusable: boolean): void {
  busy--;
  if (reusable && idle.length < COMPARE_LIMITS.idleWorkers) idle.push(worker);
  else worker.terminate();
  waiting[0]?.();
}

// Two one-paragraph texts with a dateline, a quote and an attribution, so the warm-up
// touches every stage of the engine (text, alignment, sources, relations).
const WARM_UP: VersionInput[] = [
  { id: 'a', text: 'LOWPORT — The council voted on Tuesday. “We agreed,” Mayor Ann Lee said.' },
  { id: 'b', text: 'LOWPORT: The council voted Tuesday. "We agreed," Mayor Ann Lee says.' },
];

/**
 * Starts one worker before the first comparison and has it compare two tiny texts, so the
 * worker's module is loaded and the engine's code compiled while the app lists the library.
 * In a fresh window the first comparison of the demo story took 4 s in the worker (1.9 s to
 * start it, 2.1 s of cold engine) against 0.5 s and then 0.1 s for the next ones (2 busy
 * cores). Does nothing once a worker exists, or where there are no workers.
 */
export function warmUp(): void {
  if (busy > 0 || idle.length > 0 || typeof Worker === 'undefined') return;
  const worker = spawn();
  // id 0 is never a request's (nextId starts at 1): its answer is ignored below.
  const request: CompareRequest = { id: 0, versions: WARM_UP, options: {} };
  worker.postMessage(request);
  idle.push(worker);
}

/** Compares versions in a worker of the pool; see RunOptions for cancel and time limit. */
export async function compareInWorker(
  versions: VersionInput[],
  options: CompareOptions,
  run: RunOptions = {},
): Promise<Comparison> {
  const { signal, timeoutMs } = run;
  if (signal?.aborted) throw new CompareCancelled();
  const worker = await acquire(signal);
  const request: CompareRequest = { id: nextId++, versions, options, delayMs: run.delayMs };
  return new Promise<Comparison>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (reusable: boolean): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      release(worker, reusable);
    };
    function onAbort(): void {
      finish(false);
      reject(new CompareCancelled());
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs) {
      timer = setTimeout(() => {
        finish(false);
        reject(new CompareTimedOut(timeoutMs));
      }, timeoutMs);
    }
    worker.onmessage = (e: MessageEvent<CompareResponse>) => {
      // An answer to an earlier request (the warm-up) that was still on its way.
      if (e.data.id !== request.id) return;
      finish(true);
      if (e.data.ok) resolve(e.data.comparison);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      finish(false);
      reject(new Error('The comparison engine stopped unexpectedly.'));
    };
    worker.postMessage(request);
  });
}
