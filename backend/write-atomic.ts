// Writes a file so that a failed or interrupted write never leaves half a file where a good one
// was: the data goes to a temporary file in the same folder (same file system, so the rename
// is atomic), is flushed, and is renamed over the target. Used by `retold export --out` and by
// the desktop app's "Export…" save dialog.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';

/** Writes `data` to `file` through a temporary file in the same folder and a rename. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('bad_input', `Cannot write ${file}: the folder ${dir} does not exist.`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    const why = err instanceof Error && 'code' in err ? ` (${String(err.code)})` : '';
    throw new AppError('unreadable', `Cannot write ${file}${why}. Nothing was written.`);
  }
}
