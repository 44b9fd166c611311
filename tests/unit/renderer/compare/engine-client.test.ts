// The worker pool: requests run side by side on workers of their own, and a cancelled or
// timed-out request has its worker terminated (the only way to stop the engine mid-run).
// Web Workers do not exist under Node: a fake Worker records what the pool does with it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../../../../engine';
import type {
  CompareRequest,
  CompareResponse,
} from '../../../../renderer/src/compare/compare.worker';

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<CompareResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: CompareRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(r: CompareRequest): void {
    this.requests.push(r);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last request (or the `i`-th) as the real worker would. */
  answer(i = this.requests.length - 1): void {
    const r = this.requests[i];
    if (!r) throw new Error('no request');
    const comparison = { format: 'test', id: r.id } as unknown as Comparison;
    this.onmessage?.({ data: { id: r.id, ok: true, comparison, ms: 1 } } as MessageEvent);
  }
}

const VERSIONS = [
  { id: 'a', text: 'One.' },
  { id: 'b', text: 'Two.' },
];

async function client() {
  vi.resetModules();
  return import('../../../../renderer/src/compare/engine-client');
}

/** Lets the pool's `await acquire()` settle so the request reaches its worker. */
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('compareInWorker', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives a second request its own worker while the first still runs', async () => {
    const { compareInWorker } = await client();
    const slow = compareInWorker(VERSIONS, {});
    const quick = compareInWorker(VERSIONS, {});
    await tick();
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1]?.answer();
    await expect(quick).resolves.toMatchObject({ format: 'test' });
    FakeWorker.all[0]?.answer();
    await expect(slow).resolves.toMatchObject({ format: 'test' });
    // A finished worker is kept warm for the next request instead of starting a new one.
    const third = compareInWorker(VERSIONS, {});
    await tick();
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all.find((w) => w.requests.length === 2)?.answer();
    await expect(third).resolves.toBeTruthy();
  });

  it('terminates the worker of a cancelled request', async () => {
    const { compareInWorker, CompareCancelled } = await client();
    const ctl = new AbortController();
    const p = compareInWorker(VERSIONS, {}, { signal: ctl.signal });
    await tick();
    ctl.abort();
    await expect(p).rejects.toBeInstanceOf(CompareCancelled);
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    // The next request gets a fresh worker.
    const next = compareInWorker(VERSIONS, {});
    await tick();
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1]?.answer();
    await expect(next).resolves.toBeTruthy();
  });

  it('stops a request at its time limit and says so', async () => {
    const { compareInWorker, CompareTimedOut } = await client();
    vi.useFakeTimers();
    const p = compareInWorker(VERSIONS, {}, { timeoutMs: 20_000 });
    const seen = p.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20_001);
    const err = await seen;
    expect(err).toBeInstanceOf(CompareTimedOut);
    expect((err as Error).message).toContain('longer than 20 seconds');
    expect(FakeWorker.all[0]?.terminated).toBe(true);
  });

  it('queues only beyond the pool size, and a queued request can be cancelled', async () => {
    const { compareInWorker, CompareCancelled } = await client();
    const running = [1, 2, 3].map(() => compareInWorker(VERSIONS, {}));
    const ctl = new AbortController();
    const queued = compareInWorker(VERSIONS, {}, { signal: ctl.signal });
    const last = compareInWorker(VERSIONS, {});
    await tick();
    expect(FakeWorker.all).toHaveLength(3);
    ctl.abort();
    await expect(queued).rejects.toBeInstanceOf(CompareCancelled);
    FakeWorker.all[0]?.answer();
    await running[0];
    await tick();
    // The freed worker serves the next waiting request.
    expect(FakeWorker.all[0]?.requests).toHaveLength(2);
    FakeWorker.all[0]?.answer();
    await expect(last).resolves.toBeTruthy();
  });

  it('warms one worker up front, which the first request reuses, ignoring its warm-up answer', async () => {
    const { compareInWorker, warmUp } = await client();
    warmUp();
    warmUp(); // once a worker exists, nothing more
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0]?.requests[0]?.id).toBe(0);
    const p = compareInWorker(VERSIONS, {});
    await tick();
    expect(FakeWorker.all).toHaveLength(1);
    const w = FakeWorker.all[0] as FakeWorker;
    let settled = false;
    void p.then(() => (settled = true));
    w.answer(0); // the warm-up's answer arrives late: it is not the request's
    await tick();
    expect(settled).toBe(false);
    w.answer(1);
    await expect(p).resolves.toMatchObject({ format: 'test', id: 1 });
  });
});
