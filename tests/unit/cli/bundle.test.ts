// The prebuilt command line (scripts/build.mjs --cli) must answer exactly as the TypeScript
// does, and cli/bin.mjs must refuse a bundle built from other sources. The bundle is built here
// into a folder of its own inside the repository (its npm packages resolve from node_modules),
// so the test neither depends on nor disturbs dist/cli.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPath, seedsSkipReason } from '../../support/seeds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BUNDLE = path.join(ROOT, 'dist', `cli-test-${process.pid}`);
const DATA = mkdtempSync(path.join(os.tmpdir(), 'retold-bundle-'));

/** Runs `retold` through cli/bin.mjs with the bundle or the TypeScript. */
function retold(mode: 'bundle' | 'tsx' | 'auto', args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RETOLD_DATA_DIR: DATA,
    RETOLD_CLI_BUNDLE: BUNDLE,
  };
  delete env.RETOLD_DEV;
  if (mode === 'auto') delete env.RETOLD_CLI;
  else env.RETOLD_CLI = mode;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin.mjs'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const build = `import('./scripts/build.mjs').then((m) => m.buildCli(${JSON.stringify(BUNDLE)}))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', build], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(BUNDLE, { recursive: true, force: true });
  rmSync(DATA, { recursive: true, force: true });
});

describe('prebuilt command line', () => {
  it('prints the same --help as the TypeScript', () => {
    const bundled = retold('bundle', ['--help']);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toContain('retold serve');
    expect(bundled.stdout).toBe(retold('tsx', ['--help']).stdout);
  }, 60_000);

  const seedSkip = seedsSkipReason() !== null;
  it.skipIf(seedSkip)(
    'compares the seeds exactly as the TypeScript does',
    () => {
      const files = (['003', '002', '004'] as const).map(seedPath);
      for (const extra of [[], ['--json']]) {
        const bundled = retold('bundle', ['compare', ...files, ...extra]);
        const typescript = retold('tsx', ['compare', ...files, ...extra]);
        expect(bundled.stderr).toBe('');
        expect(bundled.status).toBe(0);
        expect(bundled.stdout.length).toBeGreaterThan(1000);
        expect(bundled.stdout).toBe(typescript.stdout);
      }
    },
    120_000,
  );

  it('reads HTML in its own import worker (dist/cli/ingest-worker.cjs), as the TypeScript does', () => {
    const files = ['article.html', 'story.md'].map((f) =>
      path.join(ROOT, 'tests', 'fixtures', 'ingest', f),
    );
    const bundled = retold('bundle', ['compare', ...files]);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(retold('tsx', ['compare', ...files]).stdout);
  }, 60_000);

  it('refuses a bundle built from other sources, and falls back to the TypeScript', () => {
    const stampFile = path.join(BUNDLE, 'stamp.json');
    const original = readFileSync(stampFile, 'utf8');
    try {
      const stamp = JSON.parse(original) as { files: Record<string, { size: number }> };
      const entry = stamp.files['cli/main.ts'];
      expect(entry).toBeDefined();
      if (entry) entry.size += 1; // as if cli/main.ts had been edited since the build
      writeFileSync(stampFile, JSON.stringify(stamp));
      const forced = retold('bundle', ['--version']);
      expect(forced.status).toBe(1);
      expect(forced.stderr).toContain('cli/main.ts changed since the command line was prebuilt');
      const auto = retold('auto', ['--version']);
      expect(auto.stderr).toBe('');
      expect(auto.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    } finally {
      writeFileSync(stampFile, original);
    }
  }, 60_000);

  it('says so when there is no bundle', () => {
    const none = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin.mjs'), '--version'], {
      cwd: ROOT,
      env: { ...process.env, RETOLD_CLI: 'bundle', RETOLD_CLI_BUNDLE: path.join(BUNDLE, 'none') },
      encoding: 'utf8',
    });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('the prebuilt command line is missing');
  });
});
