import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io';

/** The repository (or installed package) root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the built renderer lives; both shells serve it. */
export const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');

/** The newest modification time of any file under the given folders. */
function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return newest;
}

/**
 * Builds the renderer with Vite when it is missing or older than its sources, so
 * `retold serve` works right after `npm install` and never serves a stale interface.
 */
export async function ensureRendererBuilt(io: CliIO): Promise<void> {
  const index = path.join(RENDERER_DIR, 'index.html');
  const sources = ['renderer', 'contract', 'engine'].map((d) => path.join(ROOT, d));
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return;
  if (!existsSync(path.join(ROOT, 'vite.config.ts'))) {
    throw new Error('The interface is not built and this copy of Retold cannot build it.');
  }
  io.stderr('Building the interface (first start after an update; a few seconds)…\n');
  const vite = await import('vite');
  await vite.build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    logLevel: 'warn',
  });
}
