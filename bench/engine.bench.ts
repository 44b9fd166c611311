// Engine benchmark: prints figures, not a timed test. Run with `npx tsx bench/engine.bench.ts`.
// 1. Speed against the naive approach in the same process: the seed pair 003 vs 002, each
//    repeated ten times, compare() end to end against one flat jsdiff diffWords.
// 2. A 20-version story of about 2,000 words per version, generated from our own words with
//    a seeded PRNG: all versions against the base, time per pair and peak memory.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { compare, countWords } from '../engine/index';
import { prng } from './support/prng';
import { NAMES, VOCAB } from './support/worst-inputs';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = process.env.RETOLD_SEEDS_DIR ?? path.resolve(here, '..', '..', 'shared', 'seeds');

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

function seedBench(): void {
  const f003 = path.join(seeds, '003_8e761b5094245edd.txt');
  const f002 = path.join(seeds, '002_1fe1f9922ade8f4b.txt');
  if (!existsSync(f003) || !existsSync(f002)) {
    console.log(`NOTICE: seeds not found in ${seeds}; skipping the naive-diff comparison.`);
    return;
  }
  const rep = (f: string) => Array.from({ length: 10 }, () => readFileSync(f, 'utf8')).join('\n\n');
  const a = rep(f003);
  const b = rep(f002);
  const input = [
    { id: '003x10', text: a },
    { id: '002x10', text: b },
  ];
  compare(input, { base: 0 }); // warm-up (JIT), not counted
  const runs = Array.from({ length: 5 }, () => time(() => compare(input, { base: 0 }))[1]);
  const engineMs = runs.sort((x, y) => x - y)[2] ?? 0;
  const [naive, naiveMs] = time(() => diffWords(a, b));
  console.log('Seed pair 003 vs 002, each repeated ten times');
  console.log(`  words: ${countWords(a)} vs ${countWords(b)}`);
  console.log(`  compare() end to end (median of 5): ${engineMs.toFixed(1)} ms`);
  console.log(
    `  jsdiff diffWords, flat, once:       ${naiveMs.toFixed(0)} ms (${naive.length} parts)`,
  );
  console.log(`  ratio: compare() is ${(naiveMs / engineMs).toFixed(0)}x faster`);
}

function story(rnd: () => number, words: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const sentences = 1 + Math.floor(rnd() * 3);
    const ss: string[] = [];
    for (let s = 0; s < sentences; s += 1) {
      const len = 8 + Math.floor(rnd() * 18);
      const w = Array.from({ length: len }, () => (rnd() < 0.08 ? pick(NAMES) : pick(VOCAB)));
      if (rnd() < 0.2) w.splice(3, 0, `$${Math.floor(rnd() * 900) + 100},000`);
      const t = w.join(' ');
      ss.push(`${t.charAt(0).toUpperCase()}${t.slice(1)}.`);
      n += w.length;
    }
    paras.push(ss.join(' '));
  }
  return paras;
}

function edited(base: string[], rnd: () => number): string {
  const ps = [...base];
  for (let e = 0; e < 12; e += 1) {
    const i = Math.floor(rnd() * ps.length);
    const r = rnd();
    if (r < 0.25) ps.splice(i, 1);
    else if (r < 0.45) ps.splice(Math.floor(rnd() * ps.length), 0, ...ps.splice(i, 1));
    else if (r < 0.8)
      ps[i] = (ps[i] ?? '').replace(
        /\b(\w+) (\w+)\b/,
        (_m, a: string) => `${a} ${VOCAB[Math.floor(rnd() * VOCAB.length)]}`,
      );
    else ps[i] = (ps[i] ?? '').replace(/'/g, '\u2019').replace(/ - /g, ' \u2014 ');
  }
  if (rnd() < 0.5) ps.splice(ps.length - 3, 3);
  return ps.join('\n\n');
}

function storyBench(): void {
  const rnd = prng(20240611);
  const base = story(rnd, 2000);
  const versions = [{ id: 'v0', text: base.join('\n\n') }];
  for (let i = 1; i < 20; i += 1) versions.push({ id: `v${i}`, text: edited(base, rnd) });
  compare(versions, { base: 0 }); // warm-up
  compare(versions, { base: 0, sources: false });
  const heapBefore = process.memoryUsage().heapUsed;
  // With and without attribution and quote analysis, interleaved: the machine's load drifts
  // over a run, and two blocks of runs one after the other measured the drift, not the cost.
  const ROUNDS = 15;
  const mid = Math.floor(ROUNDS / 2);
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    on.push(time(() => compare(versions, { base: 0 }))[1]);
    off.push(time(() => compare(versions, { base: 0, sources: false }))[1]);
  }
  const ms = on.sort((x, y) => x - y);
  const median = ms[mid] ?? 0;
  const words = versions.map((v) => countWords(v.text));
  console.log('\n20-version story (generated, seeded PRNG)');
  console.log(`  words per version: ${Math.min(...words)}–${Math.max(...words)}`);
  console.log(
    `  all 19 pairs (median of ${ROUNDS}): ${median.toFixed(1)} ms (budget 200 ms) — ${(median / 19).toFixed(2)} ms per pair`,
  );
  console.log(`  runs: ${ms.map((x) => x.toFixed(0)).join(', ')} ms`);
  const offMedian = off.sort((x, y) => x - y)[mid] ?? 0;
  console.log(
    `  without attribution and quote analysis: ${offMedian.toFixed(1)} ms; with: ${median.toFixed(1)} ms (+${((100 * (median - offMedian)) / Math.max(1e-9, offMedian)).toFixed(0)}%, budget +25%)`,
  );
  // The fastest run of each is the least disturbed by other processes on a busy machine.
  const [onMin, offMin] = [ms[0] ?? 0, off[0] ?? 0];
  console.log(
    `  fastest runs: without ${offMin.toFixed(1)} ms; with ${onMin.toFixed(1)} ms (+${((100 * (onMin - offMin)) / Math.max(1e-9, offMin)).toFixed(0)}%)`,
  );
  console.log(
    `  heap after runs: +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB over the warm-up; peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

storyBench();
seedBench();
