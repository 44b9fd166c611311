// The renderer's way to the engine: a single module worker, requests matched by id.
import type { CompareOptions, Comparison, VersionInput } from '../../../engine';
import type { CompareRequest, CompareResponse } from './compare.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (c: Comparison) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<CompareResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.comparison);
    else p.reject(new Error(e.data.message));
  };
  w.onerror = () => {
    for (const p of pending.values()) p.reject(new Error('The comparison engine stopped.'));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** Compares versions in the Web Worker. */
export function compareInWorker(
  versions: VersionInput[],
  options: CompareOptions,
): Promise<Comparison> {
  const id = nextId++;
  const request: CompareRequest = { id, versions, options };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request);
  });
}
