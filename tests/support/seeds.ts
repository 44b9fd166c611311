// Access to the real articles in ../shared/seeds, or in the folder RETOLD_SEEDS_DIR names (a
// clone that is not next to ../shared). They are never copied into the project: tests read
// them at run time. Where the folder is absent, seed tests skip with a visible notice that
// says how to run them; under CI=true a missing folder is a failure, not a skip. Schema
// checks never depend on it (tests/unit/cli/demo-schema.test.ts uses the demo story).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of the shared seeds folder (override with RETOLD_SEEDS_DIR). */
export const seedsDir = path.resolve(
  process.env.RETOLD_SEEDS_DIR ?? path.join(here, '..', '..', '..', 'shared', 'seeds'),
);

/** True when the seeds folder is present. */
export const seedsAvailable = existsSync(path.join(seedsDir, 'catalog.json'));

/** Why seed tests are skipped, or null when they run. Throws under CI when seeds are missing. */
export function seedsSkipReason(): string | null {
  if (seedsAvailable) return null;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but the seeds folder is missing: ${seedsDir}`);
  }
  const reason = process.env.RETOLD_SEEDS_DIR
    ? `NOTICE: seed tests skipped: RETOLD_SEEDS_DIR names ${seedsDir}, which holds no catalog.json.`
    : `NOTICE: seed tests skipped: no seeds folder at ${seedsDir}. To run them, set ` +
      'RETOLD_SEEDS_DIR to the folder holding catalog.json and the 000_….txt files.';
  console.warn(reason);
  return reason;
}

/** The seed files by their number prefix. */
export const seedFiles = {
  '000': '000_ef5e5ca505c94608.txt',
  '001': '001_c3e66af06926b05f.txt',
  '002': '002_1fe1f9922ade8f4b.txt',
  '003': '003_8e761b5094245edd.txt',
  '004': '004_2157b29f3a619a9f.txt',
} as const;

/** Number prefix of a seed file. */
export type SeedId = keyof typeof seedFiles;

/** Absolute path of a seed file. */
export function seedPath(id: SeedId): string {
  return path.join(seedsDir, seedFiles[id]);
}

/** A seed's text, exactly as stored (UTF-8). */
export function readSeed(id: SeedId): string {
  return readFileSync(seedPath(id), 'utf8');
}
