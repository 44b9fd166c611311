// Kill the CLI during a bulk import at random points (issue 12): `retold import DIR` is killed
// with SIGKILL (no chance to clean up) at seeded pseudo-random moments, ten times over one
// library, each run going on where the last was killed. After every kill the library passes the
// full integrity check, every version is whole (its text matches its hash, the full-text index
// holds it, it has its near-duplicate signature) and no story was left without a version; a
// last run to the end imports exactly the rest, so the library ends with every file once. (A new
// library gets the demo story on its first open; its five versions are counted apart.)
//
// The CLI runs as the prebuilt bundle, built here into a folder of its own (as bundle.test.ts
// does), because it starts in a fraction of the time tsx needs (see importArgs). Where a kill lands is drawn from a seeded generator and
// counted in the import's own progress rather than in wall time, which varies several-fold on
// a shared machine: wait until the run has added up to KILL.maxArticles articles (read through
// a read-only connection while the CLI writes), then a delay of up to KILL.maxDelayMs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK } from '../../../backend/bulk/job';
import { demoStory } from '../../../backend/demo/demo-story';
import { Library, checkVersionWholeness, countVersionsInFile } from '../../../db';

/** Tuning of the test: enough files that a run lasts seconds, delays that land inside it. */
const KILL = {
  /** Each run adds at least a batch before its kill, so ten trials need ten batches or more. */
  files: BULK.batchSize * 12,
  trials: 10,
  seed: 0x5eed12,
  /** Most articles a run must add before its delay starts (0: the delay counts from the
   * start, so the kill may land while the CLI opens the library or lists the folder). */
  maxArticles: 200,
  /** Longest delay after that (a batch of 500 articles takes 1–4 s here, so kills land
   * in a batch's reading, in its transaction, or between batches). */
  maxDelayMs: 600,
  /** How often the test counts the articles. */
  pollMs: 25,
} as const;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BUNDLE = path.join(ROOT, 'dist', `cli-kill-test-${process.pid}`);
const DIR = mkdtempSync(path.join(os.tmpdir(), 'retold-kill-'));
const PILE = path.join(DIR, 'pile');
const LIB_DIR = path.join(DIR, 'lib');
const LIB_FILE = path.join(LIB_DIR, 'library.sqlite');

/** mulberry32: a small seeded generator, so every run kills at the same moments. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writePile(): void {
  mkdirSync(PILE, { recursive: true });
  for (let i = 0; i < KILL.files; i += 1) {
    const words = Array.from({ length: 60 }, (_, k) => `word${(i * 7 + k * 13) % 997}`);
    const text = `Harbour report ${i}\n\nThe council met on day ${i} of the year. ${words.join(' ')}.\n`;
    const sub = path.join(PILE, `part${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
}

/**
 * `retold import PILE --library LIB_DIR` as cli/bin.mjs runs it with a bundle: import the
 * bundle's main and call it with the arguments. bin.mjs itself would refuse the bundle as soon
 * as any source file changes during the test (its staleness check), which on a checkout being
 * edited is any minute; the code that runs is the same.
 */
function importArgs(): string[] {
  const entry = pathToFileURL(path.join(BUNDLE, 'main.mjs')).href;
  const run = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(process.argv.slice(1));`;
  return ['--input-type=module', '-e', run, 'import', PILE, '--library', LIB_DIR];
}

const env = (): NodeJS.ProcessEnv => ({ ...process.env, RETOLD_DEV: '' });

/** Versions of the demo story a new library starts with (backend/demo/demo-story.ts). */
const DEMO_VERSIONS = demoStory.versions.length;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const articles = (): number => (existsSync(LIB_FILE) ? countVersionsInFile(LIB_FILE) : 0);

/** Starts an import and kills it `delayMs` after it added `more` articles; true if killed. */
async function killedRun(more: number, delayMs: number): Promise<boolean> {
  const target = articles() + more;
  const child = spawn(process.execPath, importArgs(), { cwd: ROOT, env: env(), stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (more > 0 && !done && articles() < target) await sleep(KILL.pollMs);
  await sleep(delayMs);
  const killed = !done && child.kill('SIGKILL');
  await exited;
  return killed;
}

/** Opens the library as the app does, runs the checks, and closes it. */
function inspect(): { versions: number; problems: string[] } {
  const lib = new Library(LIB_FILE);
  try {
    const check = lib.check(true);
    const w = checkVersionWholeness(lib.db);
    const problems = [
      ...check.problems,
      ...(w.badText.length ? [`text not matching its hash: ${w.badText.join(', ')}`] : []),
      ...(w.missingFts.length ? [`not in the search index: ${w.missingFts.join(', ')}`] : []),
      ...(w.missingSignature?.length ? [`no signature: ${w.missingSignature.join(', ')}`] : []),
      ...(w.emptyStories.length ? [`stories without versions: ${w.emptyStories.join(', ')}`] : []),
      ...(w.ftsProblem ? [`search index: ${w.ftsProblem}`] : []),
    ];
    return { versions: w.versions, problems };
  } finally {
    lib.close();
  }
}

beforeAll(() => {
  const build = `import('./scripts/build.mjs').then((m) => m.buildCli(${JSON.stringify(BUNDLE)}))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', build], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  writePile();
}, 60_000);

afterAll(() => {
  rmSync(BUNDLE, { recursive: true, force: true });
  rmSync(DIR, { recursive: true, force: true });
});

describe('killing a bulk import', () => {
  it('leaves a sound library after every kill, and a re-run imports exactly the rest', async () => {
    const random = seeded(KILL.seed);
    const seen: { delay: string; killed: boolean; versions: number }[] = [];
    let demo: number | null = null;
    let before = 0;
    for (let t = 0; t < KILL.trials; t += 1) {
      const more = Math.floor(random() * (KILL.maxArticles + 1));
      const delay = Math.round(random() * KILL.maxDelayMs);
      const killed = await killedRun(more, delay);
      const found = existsSync(LIB_FILE) ? inspect() : { versions: 0, problems: [] };
      expect(
        found.problems,
        `after the kill ${delay} ms after ${more} more articles (trial ${t + 1})`,
      ).toEqual([]);
      // The demo story is written on the library's first open, before any article.
      demo ??= found.versions > 0 ? Math.min(found.versions, DEMO_VERSIONS) : null;
      const versions = found.versions - (demo ?? 0);
      // Nothing imported is ever lost, and nothing is imported twice.
      expect(versions).toBeGreaterThanOrEqual(before);
      expect(versions).toBeLessThanOrEqual(KILL.files);
      seen.push({ delay: `${more}+${delay}`, killed, versions });
      before = versions;
    }
    console.log(
      `kills (articles+ms → articles in the library): ${seen.map((s) => `${s.delay}${s.killed ? '' : ' (ended)'} → ${s.versions}`).join(', ')}`,
    );
    expect(seen.filter((s) => s.killed).length).toBeGreaterThanOrEqual(KILL.trials / 2);

    const last = spawnSync(process.execPath, importArgs(), {
      cwd: ROOT,
      env: env(),
      encoding: 'utf8',
    });
    expect(last.status, last.stderr).toBe(0);
    const m = /(\d+) imported, (\d+) duplicates .*, (\d+) not imported/.exec(last.stdout);
    const summary = {
      imported: Number(m?.[1]),
      duplicates: Number(m?.[2]),
      failed: Number(m?.[3]),
    };
    expect(summary, last.stdout + last.stderr).toEqual({
      imported: KILL.files - before,
      duplicates: before,
      failed: 0,
    });
    const end = inspect();
    expect(end.problems).toEqual([]);
    expect(end.versions - (demo ?? 0)).toBe(KILL.files);
  }, 120_000);
});
