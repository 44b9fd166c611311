#!/usr/bin/env node
// The `retold` command. Runs the prebuilt bundle (dist/cli, built by `npm install` through the
// `prepare` script, or `npm run build:cli`) when it was built from the current sources: it starts
// in a fraction of the time tsx needs to compile the TypeScript. Otherwise (no bundle yet, or a
// source edited since) it runs the TypeScript through tsx, so development needs no build step.
//   RETOLD_CLI=tsx (or RETOLD_DEV=1)  always the TypeScript path
//   RETOLD_CLI=bundle                 always the bundle; fails, saying why, if it is out of date
//   RETOLD_CLI_BUNDLE=DIR             the bundle's folder (default dist/cli; for the tests)
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_ENTRY, staleReason } from './bundle-stamp.mjs';
import { applyV8Tuning } from './v8-tuning.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleDir = path.resolve(root, process.env.RETOLD_CLI_BUNDLE ?? path.join('dist', 'cli'));

/** The module to run (the bundle's entry or main.ts), or an error message. */
async function chooseEntry() {
  const wanted = process.env.RETOLD_DEV === '1' ? 'tsx' : process.env.RETOLD_CLI;
  if (wanted !== 'tsx') {
    const stale = staleReason(bundleDir, root);
    if (!stale) return pathToFileURL(path.join(bundleDir, BUNDLE_ENTRY)).href;
    if (wanted === 'bundle') return { error: `RETOLD_CLI=bundle, but ${stale}.` };
  }
  // tsx is loaded only on this path: loading it alone costs more than the whole bundled CLI.
  const { register } = await import('tsx/esm/api');
  register();
  return './main.ts';
}

// A reader that stops early (`retold export … | head`) closes the pipe: that is the reader's
// choice, not a failure, so end quietly instead of printing an EPIPE stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
// Node 22.1+ keeps the compiled code of the modules on disk between runs (its temp folder):
// a second `retold` skips most of the parsing. Node 20 has no such cache; nothing changes there.
module.enableCompileCache?.();
// V8's inlining budget, before the engine's code first runs (see v8-tuning.mjs).
applyV8Tuning();
const entry = await chooseEntry();
if (typeof entry === 'object') {
  process.stderr.write(`retold: ${entry.error}\n`);
  process.exitCode = 1;
} else {
  const { main } = await import(entry);
  process.exitCode = await main(process.argv.slice(2));
}
