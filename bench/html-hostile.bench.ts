// Hostile HTML of issue 9: how long ingest takes to answer each shape (text or a clear error).
// Each case runs in a child process of its own, so a shape that hangs is stopped at CAP_MS and
// reported as such instead of stopping the benchmark. The extraction runs in-process in the
// child (the import worker adds its time limit on top; see backend/ingest/worker-pool.ts), so
// these are the times of the extraction itself.
//   node --import tsx bench/html-hostile.bench.ts            all cases
//   node --import tsx bench/html-hostile.bench.ts nav svg    cases whose name contains a word
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from './support/hostile-html';

/** A case still running after this long is reported as a hang. */
const CAP_MS = Number(process.env['HOSTILE_CAP_MS'] ?? 60_000);

interface Outcome {
  ms: number;
  answer: string;
}

async function runOne(index: number): Promise<Outcome> {
  const { ingest } = await import('../backend/ingest');
  const hostile = HOSTILE_CASES[index];
  if (!hostile) throw new Error(`no case ${index}`);
  const bytes = new TextEncoder().encode(hostile.html());
  const start = performance.now();
  const answer = await ingest({ name: 'hostile.html', bytes }).then(
    (result) => `text, ${result.text.length.toLocaleString('en')} chars`,
    (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
  );
  return { ms: performance.now() - start, answer };
}

/**
 * The import worker's start-up against its per-file cost: the first import spawns the worker
 * (tsx and jsdom load in it), the next ones reuse it, as a bulk import of hundreds of files does.
 */
async function workerCost(): Promise<{ firstMs: number; nextMs: number; files: number }> {
  const { ingestInWorker } = await import('../backend/ingest/worker-pool');
  const { svgInAttributePage } = await import('./support/hostile-html');
  const bytes = new TextEncoder().encode(svgInAttributePage().html);
  let start = performance.now();
  await ingestInWorker({ name: 'a.html', bytes });
  const firstMs = performance.now() - start;
  const files = 50;
  start = performance.now();
  for (let i = 0; i < files; i++) await ingestInWorker({ name: 'a.html', bytes });
  return { firstMs, nextMs: (performance.now() - start) / files, files };
}

function runAll(filters: string[]): void {
  console.log(`case | time | answer   (cap ${CAP_MS / 1000} s per case)`);
  HOSTILE_CASES.forEach((hostile, index) => {
    if (filters.length > 0 && !filters.some((f) => hostile.name.includes(f))) return;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', String(index)],
      { timeout: CAP_MS, encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.error || !line.startsWith('{')) {
      console.log(`${hostile.name} | > ${CAP_MS / 1000} s | stopped (no answer)`);
      return;
    }
    const outcome = JSON.parse(line) as Outcome;
    const answer = outcome.answer.length > 90 ? `${outcome.answer.slice(0, 90)}…` : outcome.answer;
    console.log(`${hostile.name} | ${(outcome.ms / 1000).toFixed(2)} s | ${answer}`);
  });
}

function runWorkerCost(): void {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--worker'],
    { timeout: CAP_MS, encoding: 'utf8' },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) return void console.log(`import worker: no answer ${child.stderr}`);
  const { firstMs, nextMs, files } = JSON.parse(line) as Awaited<ReturnType<typeof workerCost>>;
  console.log(
    `import worker: first import (spawn + import) ${firstMs.toFixed(0)} ms; ` +
      `then ${nextMs.toFixed(1)} ms per file over ${files} files (a worker per file would add ` +
      `about ${(firstMs - nextMs).toFixed(0)} ms to each)`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--case') {
  console.log(JSON.stringify(await runOne(Number(args[1]))));
} else if (args[0] === '--worker') {
  console.log(JSON.stringify(await workerCost()));
} else {
  runAll(args);
  runWorkerCost();
}
