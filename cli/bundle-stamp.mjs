// The prebuilt CLI (dist/cli, made by `node scripts/build.mjs --cli`) records which sources it
// was built from, so that `cli/bin.mjs` runs it only while it matches them: edit a .ts file and
// the next `retold` runs the TypeScript through tsx instead of silently running old code.
//
// The stamp lists every source file esbuild read, with its size, modification time and SHA-256.
// Checking costs one stat per file (a few milliseconds); a file is hashed only when its time or
// size changed, so a `touch` or a checkout that leaves the content as it was keeps the bundle.
// Plain JavaScript on purpose: bin.mjs reads it before tsx is loaded (or without loading it).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The stamp's file name, next to the bundle. */
export const STAMP_FILE = 'stamp.json';
/** The bundle's entry file, next to the stamp. */
export const BUNDLE_ENTRY = 'main.mjs';

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Writes the stamp for a bundle built from `inputs` (paths relative to `root`, as esbuild's
 * metafile gives them). Files inside node_modules are left out: packages stay external.
 */
export function writeStamp(outdir, root, inputs) {
  const files = {};
  for (const rel of inputs) {
    if (rel.includes('node_modules') || rel.includes(':')) continue;
    const abs = path.join(root, rel);
    const st = statSync(abs);
    files[rel] = { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(abs) };
  }
  // written whole, then renamed: a `retold` starting meanwhile reads the old stamp or the new one
  const temp = path.join(outdir, `${STAMP_FILE}.${process.pid}.tmp`);
  writeFileSync(temp, `${JSON.stringify({ files }, null, 1)}\n`);
  renameSync(temp, path.join(outdir, STAMP_FILE));
}

/** Whether one recorded source is unchanged (same size and time, or else the same content). */
function unchanged(abs, recorded) {
  let st;
  try {
    st = statSync(abs);
  } catch {
    return false;
  }
  if (st.size !== recorded.size) return false;
  return st.mtimeMs === recorded.mtimeMs || sha256(abs) === recorded.sha256;
}

/**
 * Why the bundle in `outdir` cannot be used for the sources under `root`, or null when it was
 * built from exactly those sources.
 */
export function staleReason(outdir, root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(outdir, STAMP_FILE), 'utf8'));
    statSync(path.join(outdir, BUNDLE_ENTRY));
  } catch {
    return 'the prebuilt command line is missing (run `node scripts/build.mjs --cli`)';
  }
  for (const [rel, recorded] of Object.entries(stamp.files ?? {})) {
    if (!unchanged(path.join(root, rel), recorded)) {
      return `${rel} changed since the command line was prebuilt (run \`node scripts/build.mjs --cli\`)`;
    }
  }
  return null;
}
