// SQLite's failures in words a person can act on. Used while opening a library (with its path)
// and by the backend's dispatch for failures during a write, so a read-only file, a full disk
// or a damaged page never reaches the user as "SqliteError: …" with a stack trace.
import { AppError } from '../contract/errors';

/** The SQLite result code of an error (better-sqlite3 puts it in `code`), or ''. */
function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const libraryName = (file: string | undefined): string =>
  file ? `The library “${file}”` : 'The library';

/** The message for a library Retold may not write to (true at open and at a failed write). */
export function readOnlyError(file: string | undefined, why: string): AppError {
  return new AppError(
    'library_readonly',
    `This library is read-only: ${why}. Retold cannot save anything in ` +
      `${file ? `“${file}”` : 'it'}, so it changed nothing. Make the file and its folder ` +
      'writable, or copy the library to a folder you can write to and open that copy ' +
      '(--library PATH).',
  );
}

/** The message for a disk with no room left. */
export function diskFullError(file: string | undefined, detail = ''): AppError {
  return new AppError(
    'disk_full',
    `The disk that holds ${file ? `the library “${file}”` : 'the library'} is full${detail}. ` +
      'Nothing was written and the library is unchanged. Free some space and try again.',
  );
}

/** The message for a damaged library, with SQLite's first finding when there is one. */
export function corruptError(file: string | undefined, finding?: string): AppError {
  return new AppError(
    'library_corrupt',
    `${libraryName(file)} is damaged${finding ? ` (${finding})` : ''}. Retold changed nothing ` +
      'in it. Close Retold and run `retold check --repair` to restore the newest good automatic ' +
      'backup (the damaged file is kept beside it), or choose another library.',
  );
}

/**
 * Maps an SQLite error to an AppError, or returns null when it is not one we can explain
 * (the caller then reports an internal error). `file` names the library in the message.
 */
export function explainSqliteError(err: unknown, file?: string): AppError | null {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return corruptError(file);
  if (code.startsWith('SQLITE_READONLY')) {
    return readOnlyError(file, 'the file, its folder or the disk does not allow changes');
  }
  if (code === 'SQLITE_FULL') return diskFullError(file);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'library_busy',
      `${libraryName(file)} is busy: another Retold (the app, browser mode or the command line) ` +
        'held it for too long. Nothing was written; try again in a moment.',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new AppError(
      'unreadable',
      `Retold cannot read or write ${file ? `the library “${file}”` : 'the library'} (the disk ` +
        'reported an error). Nothing was changed. Check that the disk is connected and try again.',
    );
  }
  return null;
}
