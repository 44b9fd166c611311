// `retold export` on a test's library, for specs that check what the app wrote.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** `retold export ARGS` on the library in `dataDir`; its standard output. */
export function exportCli(dataDir: string, args: string[]): string {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'cli', 'bin.mjs'), 'export', ...args, '--library', dataDir],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
  );
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
