import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

/** `PRAGMA application_id` of a Retold library ("RTLD"), so we never adopt a foreign database. */
export const RETOLD_APPLICATION_ID = 0x52544c44;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Options for opening a library. */
export interface OpenOptions {
  /** Path of a better-sqlite3 native binding built for another ABI (the Electron shell). */
  nativeBinding?: string;
}

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

/** Checks the file before SQLite touches it: refuses anything that is not an SQLite database. */
function checkExistingFile(file: string): void {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      throw new AppError('unreadable', `The library path "${file}" is a folder, not a file.`);
    }
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('unreadable', `Retold cannot read the library "${file}": ${String(err)}`);
  }
  if (size === 0) return; // an empty file is a new database
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
}

/** Turns a SQLite error met while opening into a clear AppError. */
function openError(file: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError(
      'library_corrupt',
      `The library "${file}" is damaged and cannot be opened. Retold left it untouched; ` +
        'restore a backup or choose another library location.',
    );
  }
  return new AppError('unreadable', `Retold cannot open the library "${file}": ${String(err)}`);
}

/** Refuses databases that are not ours, or that a newer Retold wrote; migrates older ones. */
function prepareSchema(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  const fresh = appId === 0 && version === 0 && tables.n === 0;
  if (!fresh && appId !== RETOLD_APPLICATION_ID) {
    throw new AppError(
      'library_not_retold',
      `"${file}" is an SQLite database, but not a Retold library. Retold left it untouched; ` +
        'choose another library location with --library or RETOLD_DATA_DIR.',
    );
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'library_newer',
      `This library was written by a newer version of Retold (library format ${version}; this ` +
        `Retold reads up to ${LATEST_SCHEMA_VERSION}). Update Retold to open it; nothing was changed.`,
    );
  }
  if (version === LATEST_SCHEMA_VERSION) return;
  migrate(db, version);
}

/** Runs the pending migrations in one transaction and records the new `user_version`. */
export function migrate(db: Db, from: number, to: number = LATEST_SCHEMA_VERSION): void {
  db.transaction(() => {
    for (let v = from; v < to; v++) {
      const step = migrations[v];
      if (!step) throw new Error(`missing migration ${v + 1}`);
      step(db);
    }
    db.pragma(`application_id = ${RETOLD_APPLICATION_ID}`);
    db.pragma(`user_version = ${to}`);
  })();
}

/**
 * Opens (creating when missing) the library at `file`: WAL journal, foreign keys, a busy
 * timeout, and the schema migrated to the latest version. Throws AppError with a code a
 * person can act on: library_not_retold, library_newer, library_corrupt, unreadable.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const exists = existsSync(file);
  if (exists) checkExistingFile(file);
  else mkdirSync(path.dirname(file), { recursive: true });
  let db: Db | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('busy_timeout = 5000');
    prepareSchema(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (err) {
    db?.close();
    throw openError(file, err);
  }
}
