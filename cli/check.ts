import { existsSync } from 'node:fs';
import { AppError } from '../contract/errors';
import {
  Library,
  checkFile,
  describeCheck,
  explainSqliteError,
  listBackups,
  restoreNewestGoodBackup,
  type CheckResult,
} from '../db';
import { checkExistingFile } from '../db/preflight';
import { parseCommand } from './args';
import type { CliIO } from './io';

/** What `retold check` says about the library file. */
interface Finding {
  ok: boolean;
  text: string;
}

/** Checks a library file without writing to it; a file SQLite cannot open counts as damaged. */
function checkLibrary(file: string, full: boolean): Finding {
  let result: CheckResult;
  try {
    checkExistingFile(file);
    result = checkFile(file, full);
  } catch (err) {
    const explained = err instanceof AppError ? err : explainSqliteError(err, file);
    const why = explained?.message ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, text: `Retold cannot read this library. ${why}` };
  }
  const took = `It took ${(result.ms / 1000).toFixed(1)} s.`;
  return { ok: result.ok, text: `${describeCheck(result)}\n${took}` };
}

/** One line about the automatic backups. */
function backupsLine(file: string): string {
  const all = listBackups(file);
  if (all.length === 0) return 'Automatic backups: none yet.';
  const newest = all[0];
  return `Automatic backups: ${all.length}, the newest from ${newest?.takenAt} (${newest?.kind}).`;
}

/** Restores the newest good backup and says what happened; the restored copy is opened once. */
function repair(file: string, io: CliIO): number {
  const r = restoreNewestGoodBackup(file);
  for (const b of r.rejected)
    io.stdout(`Skipped the backup from ${b.takenAt}: it is damaged too.\n`);
  io.stdout(`Restored the ${r.restored.kind} backup from ${r.restored.takenAt}.\n`);
  if (r.damagedKeptAs) io.stdout(`The damaged library was kept as ${r.damagedKeptAs}.\n`);
  io.stdout(`Changes made after ${r.restored.takenAt} are not in the restored library.\n`);
  // Opening brings an older backup up to date (after backing it up) and runs the quick check.
  new Library(file).close();
  return 0;
}

/**
 * `retold check [--full] [--repair]`: the quick (or full) integrity check of the library, in
 * plain words; with --repair, a damaged library is replaced by the newest automatic backup that
 * passes the full check, and kept aside under a new name. Exit 0 when the library is sound (or
 * was repaired), 1 when it is damaged.
 */
export function runCheck(args: string[], file: string, io: CliIO): number {
  const { values } = parseCommand({
    args,
    options: { full: { type: 'boolean' }, repair: { type: 'boolean' } },
  });
  const exists = existsSync(file);
  if (!exists && !values.repair) {
    throw new AppError('not_found', `There is no library at “${file}”.`);
  }
  io.stdout(`Library: ${file}\n`);
  if (exists) {
    const finding = checkLibrary(file, values.full === true);
    io.stdout(`${finding.text}\n${backupsLine(file)}\n`);
    if (finding.ok) {
      if (values.repair) io.stdout('Nothing to repair.\n');
      return 0;
    }
    if (!values.repair) {
      io.stdout(
        'Close Retold, then run `retold check --repair` to restore the newest good backup ' +
          '(the damaged file is kept beside it).\n',
      );
      return 1;
    }
  }
  return repair(file, io);
}
