// Runs the comparison engine off the main thread, so the window stays responsive while a
// story of many long versions is compared. One request in, one answer out. The engine cannot
// be interrupted from inside, so a comparison that runs too long is stopped by terminating
// this worker (engine-client.ts); nothing here needs to know about cancelling.
import { compare, type CompareOptions, type Comparison, type VersionInput } from '../../../engine';

/** A request to the worker. */
export interface CompareRequest {
  id: number;
  versions: VersionInput[];
  options: CompareOptions;
  /**
   * Test hook: keep the worker busy this long before comparing, as a slow engine would (the
   * end-to-end tests of cancel and timeout need a comparison that is slow for certain).
   */
  delayMs?: number;
}

/** The worker's answer. */
export type CompareResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number }
  | { id: number; ok: false; message: string };

/** Blocks like a long computation (a timer would leave the worker free to answer). */
function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

self.onmessage = (e: MessageEvent<CompareRequest>) => {
  const { id, versions, options, delayMs } = e.data;
  const t0 = performance.now();
  let answer: CompareResponse;
  try {
    if (delayMs) busyWait(delayMs);
    answer = { id, ok: true, comparison: compare(versions, options), ms: performance.now() - t0 };
  } catch (err) {
    answer = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
