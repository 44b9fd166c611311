// Builds what the shells need: the renderer (Vite) and the Electron main + preload (esbuild).
//   node scripts/build.mjs              both
//   node scripts/build.mjs --renderer   the renderer only (browser mode, e2e tests)
//   node scripts/build.mjs --electron   the Electron bundles only
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const all = !args.has('--renderer') && !args.has('--electron');

export async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildElectron() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  // CommonJS has no import.meta: give modules that locate files by import.meta.url (the import
  // worker, backend/ingest/worker-pool.ts) the bundle's own file URL instead.
  const metaUrl = {
    define: { 'import.meta.url': '__retoldFileUrl' },
    banner: { js: 'const __retoldFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  // main: every npm package stays external (better-sqlite3 is native, jsdom loads files at run time)
  await esbuild({
    ...common,
    ...metaUrl,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    packages: 'external',
  });
  // the import worker (ingest off the main thread), loaded by main.cjs from its own folder
  await esbuild({
    ...common,
    ...metaUrl,
    entryPoints: ['backend/ingest/worker.ts'],
    outfile: 'dist/electron/ingest-worker.cjs',
    format: 'cjs',
    packages: 'external',
  });
  // preload: sandboxed, so it can require only 'electron': bundle everything else into it
  await esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (all || args.has('--renderer')) await buildRenderer();
  if (all || args.has('--electron')) await buildElectron();
}
