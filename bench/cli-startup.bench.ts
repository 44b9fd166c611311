// Start-up of the `retold` command (issue 11, item 16): `--help`, and a compare of the three
// Washington Post seeds, through the prebuilt bundle (dist/cli) and through tsx (the TypeScript
// path development uses), each run RUNS times in a fresh process; the medians and their ratio.
// The bundle is rebuilt first when it does not match the sources. Node's own start-up
// (`node -e 0`) is printed too: on a busy machine it is a large part of every figure.
//   node --import tsx bench/cli-startup.bench.ts
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedPath, seedsSkipReason } from '../tests/support/seeds';

const BENCH = {
  /** Runs per figure; the median is reported (the first run also warms the disk cache). */
  runs: Number(process.env['CLI_BENCH_RUNS'] ?? 7),
} as const;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'cli', 'bin.mjs');

/** Median wall time, in ms, of `node ARGS` in a fresh process; fails on a non-zero exit. */
function medianMs(args: string[], env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let i = 0; i < BENCH.runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

function ensureBundle(): void {
  const env = { ...process.env, RETOLD_CLI: 'bundle' };
  if (spawnSync(process.execPath, [BIN, '--version'], { env }).status === 0) return;
  console.log('(the bundle is missing or out of date: building it)');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--cli'], { cwd: ROOT });
  if (r.status !== 0) throw new Error('node scripts/build.mjs --cli failed');
}

function main(): void {
  ensureBundle();
  const skip = seedsSkipReason();
  const cases: [string, string[]][] = [['--help', ['--help']]];
  if (!skip) {
    const seeds = (['003', '002', '004'] as const).map(seedPath);
    cases.push(['compare 003 002 004', ['compare', ...seeds]]);
  }
  const base = { ...process.env };
  delete base['RETOLD_DEV'];
  console.log(`median of ${BENCH.runs} runs, Node ${process.version}`);
  console.log(`node -e 0 (Node's own start-up): ${medianMs(['-e', '0'], base).toFixed(0)} ms`);
  for (const [name, args] of cases) {
    const bundle = medianMs([BIN, ...args], { ...base, RETOLD_CLI: 'bundle' });
    const tsx = medianMs([BIN, ...args], { ...base, RETOLD_CLI: 'tsx' });
    console.log(
      `${name.padEnd(22)} bundle ${bundle.toFixed(0).padStart(5)} ms   tsx ${tsx.toFixed(0).padStart(5)} ms   ${(tsx / bundle).toFixed(1)}× faster`,
    );
  }
}

main();
