// Automatic backups, in a `backups/` folder beside the library: one on the first open of each
// day and one before every migration, the newest LIBRARY_LIMITS.backupsKept of each kind kept.
//
// A backup is `VACUUM INTO`, SQLite's own consistent copy from one read transaction (writers
// in other processes go on meanwhile). We chose it over better-sqlite3's `db.backup()`, which
// is the same online-backup idea but asynchronous: opening a library is synchronous in every
// host, and the backup before a migration must be finished before the migration starts. It
// also reads every row, so a library too damaged to read yields no backup rather than a bad one.
// The copy is written under a temporary name and renamed, so a crash leaves no half backup.
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';
import { explainSqliteError } from './errors';
import { LIBRARY_LIMITS } from './limits';
import { freeBytes } from './preflight';

/** Why a backup was taken. */
export type BackupKind = 'daily' | 'before-migration';

/** One backup file. */
export interface BackupInfo {
  file: string;
  kind: BackupKind;
  /** Local date and time it was taken, as in its name: YYYY-MM-DD HH:MM:SS. */
  takenAt: string;
}

/** The folder of a library's backups. */
export function backupsDir(libraryFile: string): string {
  return path.join(path.dirname(libraryFile), 'backups');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day, YYYY-MM-DD: "daily" means the user's day, not UTC's. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const clock = (now: Date, sep: string): string =>
  [now.getHours(), now.getMinutes(), now.getSeconds()].map(pad).join(sep);

/** The time in a backup's name: sorts in time order and is valid on every file system. */
const stamp = (now: Date): string => `${localDay(now)}_${clock(now, '-')}`;

const baseName = (libraryFile: string): string =>
  path.basename(libraryFile, path.extname(libraryFile));

/** The library's backups, newest first. */
export function listBackups(libraryFile: string): BackupInfo[] {
  const dir = backupsDir(libraryFile);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const prefix = `${baseName(libraryFile)}-`;
  const shape =
    /^(\d{4}-\d\d-\d\d)_(\d\d)-(\d\d)-(\d\d)-(daily|before-migration)(?:-v\d+)?\.sqlite$/;
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = shape.exec(name.slice(prefix.length));
    if (!m) continue;
    const takenAt = `${m[1]} ${m[2]}:${m[3]}:${m[4]}`;
    found.push({ file: path.join(dir, name), kind: m[5] as BackupKind, takenAt });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** True when no daily backup was taken today (local time). */
export function dailyBackupDue(libraryFile: string, now: Date): boolean {
  const today = localDay(now);
  return !listBackups(libraryFile).some((b) => b.kind === 'daily' && b.takenAt.startsWith(today));
}

/** True while process `pid` runs (a backup it is writing must not be removed under it). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * Deletes the oldest backups of a kind beyond LIBRARY_LIMITS.backupsKept, and partial copies
 * left by a process that was killed while writing one.
 */
function rotate(libraryFile: string, kind: BackupKind): void {
  const old = listBackups(libraryFile)
    .filter((b) => b.kind === kind)
    .slice(LIBRARY_LIMITS.backupsKept);
  for (const b of old) rmSync(b.file, { force: true });
  const dir = backupsDir(libraryFile);
  for (const name of readdirSync(dir)) {
    const pid = /^\..*\.(\d+)\.partial$/.exec(name)?.[1];
    if (pid && !running(Number(pid))) rmSync(path.join(dir, name), { force: true });
  }
}

/** Bytes the library occupies now, its write-ahead log included. */
function librarySize(libraryFile: string): number {
  let size = 0;
  for (const f of [libraryFile, `${libraryFile}-wal`]) {
    try {
      size += statSync(f).size;
    } catch {
      // no log
    }
  }
  return size;
}

/**
 * Takes a backup of the open library. Throws AppError (disk_full, library_readonly, …) when it
 * cannot; the caller decides whether that stops it. `label` is added to the name (`v3`).
 */
export function takeBackup(
  db: Db,
  libraryFile: string,
  kind: BackupKind,
  now: Date = new Date(),
  label?: string,
): BackupInfo {
  const dir = backupsDir(libraryFile);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    throw new AppError('unreadable', `Retold cannot create the backups folder “${dir}” (${code}).`);
  }
  const need = librarySize(libraryFile) * LIBRARY_LIMITS.backupRoomFactor;
  const free = freeBytes(dir);
  if (free !== null && free - need < LIBRARY_LIMITS.minFreeBytes) {
    throw new AppError(
      'disk_full',
      `There is not enough room on the disk for a backup of the library (it needs about ` +
        `${Math.ceil(need / 1024 / 1024)} MB; ${Math.floor(free / 1024 / 1024)} MB are free).`,
    );
  }
  const name = `${baseName(libraryFile)}-${stamp(now)}-${kind}${label ? `-${label}` : ''}.sqlite`;
  const final = path.join(dir, name);
  const partial = path.join(dir, `.${name}.${process.pid}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, final);
  } catch (err) {
    rmSync(partial, { force: true });
    throw explainSqliteError(err, libraryFile) ?? err;
  }
  rotate(libraryFile, kind);
  return { file: final, kind, takenAt: `${localDay(now)} ${clock(now, ':')}` };
}
