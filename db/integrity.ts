// Integrity checks. `PRAGMA quick_check` reads every page and verifies the b-trees but not that
// indexes match their tables (O(N)); `PRAGMA integrity_check` verifies those too (slower,
// O(N log N)). The quick one runs on open (see LIBRARY_LIMITS.quickCheckMaxBytes), the full one
// on demand (`retold check --full`, the library.check API method).
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

/** How many findings SQLite is asked for: enough to describe the damage, not to flood. */
const MAX_FINDINGS = 10;

/** What a check found. */
export interface CheckResult {
  ok: boolean;
  full: boolean;
  /** SQLite's findings, as it words them (empty when ok). */
  problems: string[];
  /** How long the check took. */
  ms: number;
}

/** Runs the quick or the full check on an open connection; never throws for damage. */
export function checkDatabase(db: Db, full: boolean): CheckResult {
  const t0 = performance.now();
  const pragma = full ? 'integrity_check' : 'quick_check';
  let problems: string[];
  try {
    const rows = db.prepare(`PRAGMA ${pragma}(${MAX_FINDINGS})`).pluck().all() as string[];
    problems = rows.length === 1 && rows[0] === 'ok' ? [] : rows;
    if (full && problems.length === 0) problems = foreignKeyProblems(db);
    if (full && problems.length === 0) problems = signatureProblems(db);
  } catch (err) {
    // A page SQLite cannot even parse (the schema, a b-tree root) stops the check itself.
    problems = [err instanceof Error ? err.message : String(err)];
  }
  return { ok: problems.length === 0, full, problems, ms: performance.now() - t0 };
}

/** Rows whose parent is missing (a version without its story): damage a b-tree check misses. */
function foreignKeyProblems(db: Db): string[] {
  const rows = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number }[];
  return rows
    .slice(0, MAX_FINDINGS)
    .map((r) => `row ${r.rowid} of ${r.table} refers to a row that is missing`);
}

/** How a missing signature is named in the findings (describeCheck words those apart). */
const NO_SIGNATURE = 'near-duplicate signature';

/**
 * Versions without a near-duplicate signature (db/minhash.ts): every import writes one in the
 * version's own transaction, so one missing means a write went around that path. Libraries
 * from before migration 0008 have no such table and nothing to report.
 */
function signatureProblems(db: Db): string[] {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'minhash_signatures'")
    .get();
  if (table === undefined) return [];
  const ids = db
    .prepare(
      `SELECT v.id FROM versions v WHERE NOT EXISTS
         (SELECT 1 FROM minhash_signatures m WHERE m.version_id = v.id) ORDER BY v.id`,
    )
    .pluck()
    .all() as number[];
  const stray = strayBands(db);
  if (ids.length === 0) return stray;
  const shown = ids
    .slice(0, MAX_FINDINGS)
    .map((id) => `#${id}`)
    .join(', ');
  return [
    ...stray,
    `${ids.length} version(s) have no ${NO_SIGNATURE} (${shown}${ids.length > MAX_FINDINGS ? ', …' : ''}), ` +
      'so "Find other versions" and grouping cannot see them',
  ];
}

/**
 * Band keys of versions that no longer exist: since migration 0013 the band index has no
 * foreign key (its deleter removes a version's keys: db/minhash.ts `forgetBands`), so the
 * foreign key check no longer sees them. Every version with keys has one in band 0, the first
 * range of the index's key, so that range is what is read.
 */
function strayBands(db: Db): string[] {
  const n = db
    .prepare(
      `SELECT count(DISTINCT b.version_id) FROM minhash_bands b WHERE b.band = 0
       AND NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = b.version_id)`,
    )
    .pluck()
    .get() as number;
  return n === 0
    ? []
    : [`the ${NO_SIGNATURE} index holds keys of ${n} version(s) that no longer exist`];
}

/**
 * Checks a library file through a read-only connection, so nothing is written to it, not even
 * a checkpoint on close. Throws only when the file cannot be opened at all (the caller maps it).
 */
export function checkFile(file: string, full: boolean, nativeBinding?: string): CheckResult {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    return checkDatabase(db, full);
  } finally {
    db.close();
  }
}

/** SQLite's findings one per line, without its "*** in database main ***" headings. */
function findingLines(problems: readonly string[]): string[] {
  return problems
    .flatMap((p) => p.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('***'));
}

/** The findings in plain words for a person (SQLite's own wording follows, for support). */
export function describeCheck(result: CheckResult): string {
  const kind = result.full ? 'The full check' : 'The quick check';
  if (result.ok) return `${kind} found no damage.`;
  const lines = findingLines(result.problems);
  // signatures are derived data: their absence is a gap in the index, not a damaged page
  if (lines.every((l) => l.includes(NO_SIGNATURE))) {
    return `${kind} found no damaged page, but ${lines.join('; ')}.`;
  }
  const shown = lines.slice(0, 5).map((l) => `  - ${l}`);
  const more = lines.length > 5 ? `\n  (and ${lines.length - 5} more)` : '';
  return (
    `${kind} found the library damaged: some of its pages cannot be read correctly. ` +
    `SQLite reports:\n${shown.join('\n')}${more}`
  );
}
