// Opening a library, in the order that keeps an unhappy file untouched:
// 1. before SQLite touches it: refuse a folder, a non-database, a read-only file or folder, and
//    a full disk (db/preflight.ts);
// 2. through a read-only connection: refuse a foreign database, one from a newer Retold, and a
//    damaged one (the quick check, db/integrity.ts), so a refused file is never written to;
// 3. only then open it for writing: WAL journal, a busy timeout long enough for another writer,
//    a backup before any migration, migrations, and the first-open-of-the-day backup.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';
import { dailyBackupDue, takeBackup, type BackupInfo } from './backup';
import { corruptError, explainSqliteError } from './errors';
import { checkDatabase, type CheckResult } from './integrity';
import { LIBRARY_LIMITS } from './limits';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { checkExistingFile, checkFreeSpace, checkWritable } from './preflight';
import { registerSearchFold } from './search-fold';
import { registerTitleKey } from './story-list';

/** `PRAGMA application_id` of a Retold library ("RTLD"), so we never adopt a foreign database. */
export const RETOLD_APPLICATION_ID = 0x52544c44;

/** Options for opening a library. */
export interface OpenOptions {
  /** Path of a better-sqlite3 native binding built for another ABI (the Electron shell). */
  nativeBinding?: string;
  /** Take the automatic backups (default true). */
  backups?: boolean;
  /** The clock, for tests of the daily backup. */
  now?: () => Date;
}

/** What happened while opening, for the host to mention (nothing here stops the open). */
export interface OpenNotes {
  /** The quick check, when it ran. */
  check?: CheckResult;
  /** Backups taken (before a migration, the daily one). */
  backups: BackupInfo[];
  /** Why the daily backup could not be taken (the library opened anyway). */
  backupSkipped?: string;
}

/** A library connection ready for use, with what happened while opening it. */
export interface OpenedDatabase {
  db: Db;
  notes: OpenNotes;
}

const binding = (o: OpenOptions): { nativeBinding?: string } =>
  o.nativeBinding ? { nativeBinding: o.nativeBinding } : {};

/** Turns anything thrown while opening into a clear AppError. */
function openError(file: string, err: unknown): AppError {
  return (
    explainSqliteError(err, file) ??
    new AppError('unreadable', `Retold cannot open the library "${file}": ${String(err)}`)
  );
}

/** True for a database with nothing in it yet (a new library). */
function isFresh(db: Db): boolean {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return appId === 0 && version === 0 && tables.n === 0;
}

/** Refuses databases that are not ours, or that a newer Retold wrote. */
function checkOwnership(db: Db, file: string): void {
  if (isFresh(db)) return;
  if (db.pragma('application_id', { simple: true }) !== RETOLD_APPLICATION_ID) {
    throw new AppError(
      'library_not_retold',
      `"${file}" is an SQLite database, but not a Retold library. Retold left it untouched; ` +
        'choose another library location with --library or RETOLD_DATA_DIR.',
    );
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'library_newer',
      `This library was written by a newer version of Retold (library format ${version}; this ` +
        `Retold reads up to ${LATEST_SCHEMA_VERSION}). Update Retold to open it; nothing was changed.`,
    );
  }
}

/**
 * Inspects an existing library through a read-only connection (which never writes, not even a
 * checkpoint on close). The quick check runs when the library is small enough or `thorough`.
 */
function inspect(file: string, options: OpenOptions, thorough: boolean): CheckResult | undefined {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    timeout: LIBRARY_LIMITS.busyTimeoutMs,
    ...binding(options),
  });
  try {
    checkOwnership(db, file);
    if (!thorough && statSync(file).size > LIBRARY_LIMITS.quickCheckMaxBytes) return undefined;
    const check = checkDatabase(db, false);
    // SQLite's findings are jargon; `retold check` lists them for whoever repairs the file.
    if (!check.ok) throw corruptError(file, 'the quick check found pages that cannot be read');
    return check;
  } finally {
    db.close();
  }
}

/** Runs the pending migrations in one immediate transaction and records `user_version`. */
export function migrate(db: Db, from: number, to: number = LATEST_SCHEMA_VERSION): void {
  db.transaction(() => {
    for (let v = from; v < to; v++) {
      const step = migrations[v];
      if (!step) throw new Error(`missing migration ${v + 1}`);
      step(db);
    }
    db.pragma(`application_id = ${RETOLD_APPLICATION_ID}`);
    db.pragma(`user_version = ${to}`);
  }).immediate();
}

/**
 * Brings the schema up to date, after a backup of any library that has content. The version is
 * read again under the write lock: another process may have migrated it meanwhile.
 */
function migrateIfNeeded(db: Db, file: string, options: OpenOptions): BackupInfo | undefined {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= LATEST_SCHEMA_VERSION) return undefined;
  let backup: BackupInfo | undefined;
  if (options.backups !== false && !isFresh(db)) {
    try {
      backup = takeBackup(db, file, 'before-migration', options.now?.(), `v${version}`);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new AppError(
        err instanceof AppError ? err.code : 'unreadable',
        `Retold must update this library's format and backs it up first, but the backup ` +
          `failed: ${why} Nothing was changed.`,
      );
    }
  }
  db.transaction(() => {
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now < LATEST_SCHEMA_VERSION) migrate(db, now);
  }).immediate();
  return backup;
}

/** The first-open-of-the-day backup; a failure is reported, not fatal. */
function dailyBackup(db: Db, file: string, options: OpenOptions, notes: OpenNotes): void {
  try {
    notes.backups.push(takeBackup(db, file, 'daily', options.now?.()));
  } catch (err) {
    notes.backupSkipped = err instanceof Error ? err.message : String(err);
  }
}

/** Creates the folder of a new library, or says why it cannot. */
function makeFolder(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    throw new AppError(
      'unreadable',
      `Retold cannot create the folder for the library "${file}" (${code}).`,
    );
  }
}

/**
 * Opens (creating when missing) the library at `file`. Throws AppError with a code a person can
 * act on: library_not_retold, library_newer, library_corrupt, library_readonly, disk_full,
 * unreadable. A refused file is left byte for byte as it was.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const exists = existsSync(file);
  const empty = exists ? checkExistingFile(file).empty : true;
  if (!exists) makeFolder(file);
  checkWritable(file, exists);
  checkFreeSpace(file);
  const now = options.now?.() ?? new Date();
  const daily = options.backups !== false && !empty && dailyBackupDue(file, now);
  const notes: OpenNotes = { backups: [] };
  let db: Db | undefined;
  try {
    if (!empty) notes.check = inspect(file, options, daily);
    db = new Database(file, { timeout: LIBRARY_LIMITS.busyTimeoutMs, ...binding(options) });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma(`cache_size = -${LIBRARY_LIMITS.pageCacheKb}`);
    // The full-text indexes' triggers call it (db/search-fold.ts).
    registerSearchFold(db);
    // The stories' sort-key trigger calls it (db/story-list.ts).
    registerTitleKey(db);
    const before = migrateIfNeeded(db, file, options);
    if (before) notes.backups.push(before);
    if (daily) dailyBackup(db, file, options, notes);
    return { db, notes };
  } catch (err) {
    db?.close();
    throw openError(file, err);
  }
}
