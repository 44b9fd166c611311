// At most N tasks at once, the rest waiting in order. URL import uses one per process, so the
// bulk import's deeper queue (BULK.inFlight, sized for local files) never opens more than
// FETCH_LIMITS.concurrency connections at a time.

/** Runs tasks with at most `max` of them running at once, in the order they were given. */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  /** Runs `task` when a slot is free; resolves or rejects as it does. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((go) => this.waiting.push(go));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
