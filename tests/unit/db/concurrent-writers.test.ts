// Two writers on one library: the browser-mode host (in this process, over real HTTP) and a
// real `retold import` child process write at the same time. Before writes used immediate
// transactions, 10% of such writes failed with "database is locked" (issue 9, defect 4):
// every write must now queue for the lock and succeed, and every one must be in the library.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import type { BackendContext } from '../../../backend/context';
import { startHttpHost, type HttpHost } from '../../../backend/host-http';
import { Library } from '../../../db';

/** Sizes of the run: ≥ 1,000 writes in all, well under a minute on two shared cores. */
const RUN = {
  /** Files the CLI child imports, one write transaction each. */
  cliFiles: 600,
  /** The least number of writes the server makes (it keeps going while the CLI runs). */
  serverWrites: 400,
  /** HTTP requests in flight at once, as a busy browser tab would send. */
  inFlight: 4,
  /** The CLI is stopped after this long (it takes about 5 s), so a hang fails instead of waiting. */
  cliLimitMs: 60_000,
};

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
let ctx: BackendContext | undefined;
let host: HttpHost | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-writers-'));
});
afterEach(async () => {
  await host?.close();
  ctx?.library.close();
  host = undefined;
  ctx = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Distinct article text, so no import is a duplicate. */
function article(who: string, i: number): string {
  return `${who} report ${i}: the harbour council met again and voted ${i} times on the cable.\n`;
}

interface CliRun {
  done: Promise<{ code: number | null; stderr: string }>;
  started: Promise<void>;
}

/** Starts `retold import` on many files; `started` resolves at its first imported file. */
function startCli(library: string, files: string[]): CliRun {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'cli/bin.mjs'), 'import', '--library', library, '--story', 'CLI', ...files],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.resume();
  const limit = setTimeout(() => {
    stderr += `the CLI did not finish within ${RUN.cliLimitMs} ms and was stopped\n`;
    child.kill('SIGKILL');
  }, RUN.cliLimitMs);
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(limit);
      resolve({ code, stderr });
    }),
  );
  return { done, started };
}

async function invoke(h: HttpHost, method: string, input: unknown): Promise<{ ok: boolean }> {
  const res = await fetch(`http://127.0.0.1:${h.port}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retold-token': h.token },
    body: JSON.stringify({ method, input }),
  });
  return (await res.json()) as { ok: boolean; error?: { message: string } };
}

describe('two writers on one library', () => {
  it('queues the server and the CLI: no write fails, every write is kept', async () => {
    const library = path.join(dir, 'library.sqlite');
    const files = path.join(dir, 'files');
    mkdirSync(files);
    const paths = Array.from({ length: RUN.cliFiles }, (_, i) => {
      const p = path.join(files, `cli-${i}.txt`);
      writeFileSync(p, article('CLI', i));
      return p;
    });
    ctx = startBackend({ file: library, shell: 'browser', seedDemo: false });
    const story = ctx.library.createStory('Server');
    host = await startHttpHost({ ctx, rendererDir: dir, port: 0 });
    const h = host;
    // One import first, so the server's import worker is running before the CLI starts.
    const warm = { kind: 'paste', text: 'Warm-up: the council met on Monday.' };
    expect(
      await invoke(h, 'versions.import', { target: { storyId: story.id }, item: warm }),
    ).toMatchObject({ ok: true });

    const t0 = performance.now();
    const cli = startCli(library, paths);
    let cliDone = false;
    const cliResult = cli.done.then((r) => ((cliDone = true), r));
    await Promise.race([cli.started, cliResult]);

    let next = 0;
    let serverFailures = 0;
    let duringCli = 0; // server writes answered while the CLI was still writing
    let longest = 0; // the longest a server write took, waiting for the lock included
    const failures: string[] = [];
    const worker = async (): Promise<void> => {
      while (!cliDone || next < RUN.serverWrites) {
        const i = next++;
        const sent = performance.now();
        const r =
          i % 5 === 4
            ? await invoke(h, 'stories.update', { id: story.id, notes: `note ${i}` })
            : await invoke(h, 'versions.import', {
                target: { storyId: story.id },
                item: { kind: 'paste', text: article('Server', i) },
              });
        longest = Math.max(longest, performance.now() - sent);
        if (!cliDone) duringCli++;
        if (!r.ok) {
          serverFailures++;
          if (failures.length < 3) failures.push(JSON.stringify(r));
        }
      }
    };
    await Promise.all(Array.from({ length: RUN.inFlight }, worker));
    const { code, stderr } = await cliResult;
    const seconds = (performance.now() - t0) / 1000;

    const cliFailures = (stderr.match(/^.*cli-\d+\.txt: .*$/gm) ?? []).length;
    const serverImports = Array.from({ length: next }, (_, i) => i).filter((i) => i % 5 !== 4);
    const writes = RUN.cliFiles + next;
    console.log(
      `concurrent writers: ${writes} writes (CLI ${RUN.cliFiles}, server ${next}, ` +
        `${duringCli} of them while the CLI wrote), ` +
        `${cliFailures + serverFailures} failed (CLI ${cliFailures}, server ${serverFailures}), ` +
        `${seconds.toFixed(1)} s; the longest server write took ${longest.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    expect(stderr).toBe('');
    expect({ code, cliFailures, serverFailures }).toEqual({
      code: 0,
      cliFailures: 0,
      serverFailures: 0,
    });
    expect(writes).toBeGreaterThanOrEqual(1000);
    // The server wrote from the CLI's first write to its last, so the two really overlapped
    // (else this test proves nothing); the least figure seen here was about 180.
    expect(duringCli).toBeGreaterThanOrEqual(100);

    // Every write is present, read through a fresh connection.
    const check = new Library(library);
    try {
      const cliStory = check.findStoryByTitle('CLI');
      expect(cliStory?.versionCount).toBe(RUN.cliFiles);
      const texts = new Set(check.listVersions(story.id).map((v) => check.getVersion(v.id).text));
      for (const i of serverImports) expect(texts.has(article('Server', i))).toBe(true);
      expect(texts.size).toBe(serverImports.length + 1); // and the warm-up
    } finally {
      check.close();
    }
  }, 90_000);
});
