// Builds what the shells need: the renderer (Vite), the Electron main + preload and the prebuilt
// command line (esbuild).
//   node scripts/build.mjs              all three
//   node scripts/build.mjs --renderer   the renderer only (browser mode, e2e tests)
//   node scripts/build.mjs --electron   the Electron bundles only
//   node scripts/build.mjs --cli        the command line only (`prepare` runs it on npm install,
//                                       with --optional: a failure is a warning)
import { build as esbuild } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStamp } from '../cli/bundle-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const all = !args.has('--renderer') && !args.has('--electron') && !args.has('--cli');

export async function buildRenderer() {
  // imported here: `--cli` runs on every npm install, including ones without dev dependencies
  const { build: viteBuild } = await import('vite');
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

/**
 * Packages the prebuilt command line loads from node_modules at run time; it bundles the rest
 * (pure JavaScript: zod, diff, parse5…), which loads twice as fast as resolving their many files.
 */
const CLI_EXTERNAL = [
  'better-sqlite3', // native addon
  'jsdom', // reads its own files at run time
  'playwright-core', // PDF export: large, launches a browser
  'vite', // `retold serve` builds the interface with it when needed (development)
  'tsx',
  'esbuild',
];

/**
 * cli/build-renderer.ts finds the repository by its own location (one folder below the root):
 * in the bundle, its `import.meta.url` becomes the URL its source file has, relative to the
 * bundle, so that still holds. Other modules keep the bundle's URL (the worker pool looks for
 * ingest-worker.cjs beside it).
 */
function sourceUrlPlugin(outdir) {
  return {
    name: 'source-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]cli[\\/]build-renderer\.ts$/ }, async (a) => {
        const rel = path.relative(outdir, a.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
        const text = (await readFile(a.path, 'utf8')).replaceAll('import.meta.url', url);
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/** Chunk names carry a content hash: drop the previous build's once the new one is whole. */
function dropOldChunks(outdir, results) {
  const outputs = new Set(
    results.flatMap((r) => Object.keys(r.metafile.outputs)).map((f) => path.resolve(root, f)),
  );
  for (const f of readdirSync(outdir)) {
    const abs = path.join(outdir, f);
    if (/\.(mjs|cjs|map)$/.test(f) && !outputs.has(abs)) rmSync(abs, { force: true });
  }
}

/**
 * The prebuilt command line, which cli/bin.mjs runs while it matches the sources: ES modules
 * split per command (main.ts imports each command when it runs, so `--help` loads none of the
 * engine, jsdom or SQLite), its import worker beside it as for Electron, and the stamp.
 */
export async function buildCli(outdir = path.join(root, 'dist', 'cli')) {
  const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  const cli = await esbuild({
    ...common,
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    external: CLI_EXTERNAL,
    // bundled CommonJS packages (chardet, sbd) call require(): give ES modules one
    banner: {
      js: 'import { createRequire as __retoldRequire } from "node:module";\nconst require = __retoldRequire(import.meta.url);',
    },
    plugins: [sourceUrlPlugin(outdir)],
    metafile: true,
  });
  const worker = await esbuild({
    ...common,
    absWorkingDir: root,
    define: { 'import.meta.url': '__retoldFileUrl' },
    banner: { js: 'const __retoldFileUrl = require("node:url").pathToFileURL(__filename).href;' },
    entryPoints: ['backend/ingest/worker.ts'],
    outfile: path.join(outdir, 'ingest-worker.cjs'),
    format: 'cjs',
    packages: 'external',
    metafile: true,
  });
  const inputs = [cli, worker].flatMap((r) => Object.keys(r.metafile.inputs));
  writeStamp(outdir, root, [...new Set(inputs)]);
  dropOldChunks(outdir, [cli, worker]);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (all || args.has('--renderer')) await buildRenderer();
  if (all || args.has('--electron')) await buildElectron();
  if (all || args.has('--cli')) {
    // `--optional` (the prepare script): a failed CLI build must not fail `npm install`; the
    // command line then runs from the TypeScript, slower but the same.
    await buildCli().catch((err) => {
      if (!args.has('--optional')) throw err;
      console.warn(`Could not prebuild the command line (it will start slower): ${err.message}`);
    });
  }
}
