// `retold check --repair`: puts the newest automatic backup that passes the full integrity check
// in place of a damaged library. The damaged file (and its write-ahead log) is renamed beside
// it, never deleted: it may still hold the day's work, for a specialist to recover.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';
import { backupsDir, listBackups, localDay, type BackupInfo } from './backup';
import { checkFile } from './integrity';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { RETOLD_APPLICATION_ID } from './open';

/** What a restore did. */
export interface RestoreOutcome {
  restored: BackupInfo;
  /** Where the damaged library now is (absent when there was no library file). */
  damagedKeptAs?: string;
  /** Backups passed over because they failed their own check. */
  rejected: BackupInfo[];
}

/** True when a backup is a Retold library this Retold reads, and passes the full check. */
function isGoodBackup(file: string, nativeBinding?: string): boolean {
  try {
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      const appId = db.pragma('application_id', { simple: true });
      const version = db.pragma('user_version', { simple: true }) as number;
      if (appId !== RETOLD_APPLICATION_ID || version > LATEST_SCHEMA_VERSION) return false;
    } finally {
      db.close();
    }
    return checkFile(file, true, nativeBinding).ok;
  } catch {
    return false; // not even a database
  }
}

/** Renames the library and its log files aside, with the same suffix; returns the new name. */
function keepAside(libraryFile: string, now: Date): string | undefined {
  if (!existsSync(libraryFile)) return undefined;
  const time = now.toTimeString().slice(0, 8).replaceAll(':', '-');
  const aside = `${libraryFile}.damaged-${localDay(now)}_${time}`;
  renameSync(libraryFile, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(libraryFile + suffix)) renameSync(libraryFile + suffix, aside + suffix);
  }
  return aside;
}

/**
 * Restores the newest good backup over a damaged library. Run it with Retold closed: another
 * process with the library open would keep writing to the damaged file it already has open.
 */
export function restoreNewestGoodBackup(
  libraryFile: string,
  options: { nativeBinding?: string; now?: Date } = {},
): RestoreOutcome {
  const backups = listBackups(libraryFile);
  if (backups.length === 0) {
    throw new AppError(
      'not_found',
      `There is no automatic backup of this library to restore (Retold keeps them in ` +
        `“${backupsDir(libraryFile)}”). Nothing was changed.`,
    );
  }
  const rejected: BackupInfo[] = [];
  const good = backups.find((b) => {
    const ok = isGoodBackup(b.file, options.nativeBinding);
    if (!ok) rejected.push(b);
    return ok;
  });
  if (!good) {
    throw new AppError(
      'library_corrupt',
      `None of the ${backups.length} backups in “${backupsDir(libraryFile)}” passed the ` +
        'integrity check, so none was restored. Nothing was changed.',
    );
  }
  // Copy first under a temporary name, so a failed copy leaves the damaged library in place.
  const partial = path.join(path.dirname(libraryFile), `.restore-${process.pid}.partial`);
  try {
    copyFileSync(good.file, partial);
  } catch (err) {
    rmSync(partial, { force: true });
    const code = (err as { code?: string }).code ?? String(err);
    throw new AppError(
      'unreadable',
      `Retold could not copy the backup (${code}); nothing was changed.`,
    );
  }
  const damagedKeptAs = keepAside(libraryFile, options.now ?? new Date());
  renameSync(partial, libraryFile);
  return { restored: good, damagedKeptAs, rejected };
}
