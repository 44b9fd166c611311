// Checks made before SQLite touches a library file, so that what SQLite would report as
// "attempt to write a readonly database" or "database or disk is full" halfway through a
// write becomes a clear refusal up front, with the file left as it was.
import {
  accessSync,
  closeSync,
  constants,
  openSync,
  readSync,
  statSync,
  statfsSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';
import { diskFullError, readOnlyError } from './errors';
import { LIBRARY_LIMITS } from './limits';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Reads the first 16 bytes of an existing file to tell SQLite files from anything else. */
function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function statOf(file: string): Stats {
  try {
    return statSync(file);
  } catch (err) {
    throw new AppError('unreadable', `Retold cannot read the library "${file}": ${String(err)}`);
  }
}

/**
 * Refuses an existing path that is a folder or not an SQLite database; returns whether it is
 * empty (an empty file is a new library).
 */
export function checkExistingFile(file: string): { empty: boolean } {
  const st = statOf(file);
  if (st.isDirectory()) {
    throw new AppError('unreadable', `The library path "${file}" is a folder, not a file.`);
  }
  if (st.size === 0) return { empty: true };
  let header: string;
  try {
    header = readHeader(file);
  } catch (err) {
    throw new AppError('unreadable', `Retold cannot read the library "${file}": ${String(err)}`);
  }
  if (header !== SQLITE_HEADER) {
    throw new AppError(
      'library_not_retold',
      `"${file}" is not a Retold library (it is not an SQLite database). Retold left it untouched; ` +
        'choose another library location with --library or RETOLD_DATA_DIR.',
    );
  }
  return { empty: false };
}

/** Why a path cannot be written, in words, or null when it can (root included: EPERM, EROFS). */
function notWritable(p: string): string | null {
  try {
    accessSync(p, constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EROFS') return 'the disk it is on is mounted read-only';
    if (code === 'EPERM') return 'it is locked against changes (immutable)';
    if (code === 'EACCES') return 'you do not have permission to change it';
    if (code === 'ENOENT') return null; // created later; its folder is checked instead
    return `the system refuses changes (${code ?? String(err)})`;
  }
}

/**
 * Refuses a library that cannot be written: the file itself, or its folder (SQLite keeps its
 * write-ahead log and lock index beside the file, so a read-only folder fails the same way).
 */
export function checkWritable(file: string, exists: boolean): void {
  const fileWhy = exists ? notWritable(file) : null;
  if (fileWhy) throw readOnlyError(file, `the file cannot be changed: ${fileWhy}`);
  const dirWhy = notWritable(path.dirname(file));
  if (dirWhy) throw readOnlyError(file, `its folder cannot be changed: ${dirWhy}`);
}

/** Free bytes on the disk holding `dir` (for an unprivileged user), or null if unknown. */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null; // a file system that cannot say: let SQLite report a full disk if it is one
  }
}

/** Refuses to open when the disk has no room for SQLite's log before the first write. */
export function checkFreeSpace(file: string): void {
  const free = freeBytes(path.dirname(file));
  if (free !== null && free < LIBRARY_LIMITS.minFreeBytes) {
    const kb = (n: number): string => `${Math.floor(n / 1024)} KB`;
    throw diskFullError(
      file,
      ` (${kb(free)} free; Retold needs at least ${kb(LIBRARY_LIMITS.minFreeBytes)} to work safely)`,
    );
  }
}
