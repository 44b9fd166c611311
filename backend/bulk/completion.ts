// Results taken in the order they are ready, not the order they were started. A bulk import
// keeps up to BULK.inFlight entries going at once; file entries are read by a pool of import
// workers and pages fetched from the web finish whenever their site answers, and one slow page
// or site must not hold back the others' results (nor their rows in the summary the person is
// watching). job.ts writes each batch in reading order.

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A set of running promises whose results are taken as each settles. */
export class Completion<T> {
  private readonly settled: Settled<T>[] = [];
  private waiter: ((r: Settled<T>) => void) | null = null;
  private running = 0;

  /** Promises added and not yet taken. */
  get size(): number {
    return this.running;
  }

  add(promise: Promise<T>): void {
    this.running++;
    const settle = (r: Settled<T>): void => {
      const waiter = this.waiter;
      this.waiter = null;
      if (waiter) waiter(r);
      else this.settled.push(r);
    };
    promise.then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => settle({ ok: false, error }),
    );
  }

  /** The next result to settle (or the first already settled); rejects as its promise did. */
  async next(): Promise<T> {
    const r =
      this.settled.shift() ??
      (await new Promise<Settled<T>>((resolve) => {
        this.waiter = resolve;
      }));
    this.running--;
    if (!r.ok) throw r.error;
    return r.value;
  }
}
