// Runs the comparison engine off the main thread, so the window stays responsive while a
// story of many long versions is compared. One request in, one answer out.
import { compare, type CompareOptions, type Comparison, type VersionInput } from '../../../engine';

/** A request to the worker. */
export interface CompareRequest {
  id: number;
  versions: VersionInput[];
  options: CompareOptions;
}

/** The worker's answer. */
export type CompareResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number }
  | { id: number; ok: false; message: string };

self.onmessage = (e: MessageEvent<CompareRequest>) => {
  const { id, versions, options } = e.data;
  const t0 = performance.now();
  let answer: CompareResponse;
  try {
    answer = { id, ok: true, comparison: compare(versions, options), ms: performance.now() - t0 };
  } catch (err) {
    answer = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
