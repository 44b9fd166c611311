// Reading a file the user chose (CLI argument, drag and drop, file dialog). We stat first so that
// a 4 GB video dropped by mistake is refused without being read, and translate the operating
// system's error codes into sentences that name the file and say what to do.
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../contract/errors';
import { MAX_IMPORT_BYTES, tooLarge } from './messages';

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** AppError('unreadable') for an fs error on `file`, with the reason in words. */
export function unreadableFile(file: string, error: unknown): AppError {
  const name = `“${file}”`;
  switch (errnoCode(error)) {
    case 'ENOENT':
      return new AppError(
        'unreadable',
        `Retold could not find ${name}. It may have been moved, renamed or deleted.`,
      );
    case 'ENOTDIR':
      return new AppError(
        'unreadable',
        `Retold could not find ${name}: part of the path is not a folder.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'unreadable',
        `Retold is not allowed to read ${name}. Check the file's permissions, or copy it somewhere you can open it.`,
      );
    case 'EISDIR':
      return isFolder(file);
    case 'ELOOP':
      return new AppError(
        'unreadable',
        `Retold could not open ${name}: it is a link that points back to itself.`,
      );
    case 'ENAMETOOLONG':
      return new AppError('unreadable', `Retold could not open ${name}: the path is too long.`);
    case 'EBUSY':
    case 'EAGAIN':
      return new AppError(
        'unreadable',
        `Retold could not read ${name}: another program is using it. Try again in a moment.`,
      );
    case 'EIO':
      return new AppError(
        'unreadable',
        `Retold could not read ${name}: the disk reported an error while reading it.`,
      );
    default:
      return new AppError('unreadable', `Retold could not read ${name}.`);
  }
}

function isFolder(file: string): AppError {
  return new AppError(
    'unreadable',
    `“${file}” is a folder, not a file. Choose an article file inside it.`,
  );
}

/**
 * Reads until end of file or `limit` bytes. The file may have grown since it was stat'ed, so the
 * stat size is only the first guess at the buffer size.
 */
async function readAtMost(handle: FileHandle, limit: number, guess: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = new Uint8Array(Math.min(Math.max(guess - total, 64 * 1024), limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
}

/**
 * Reads a file for import: stat first (a folder, a missing file or a permission problem becomes
 * AppError('unreadable') naming the file; more than MAX_IMPORT_BYTES becomes
 * AppError('too_large') without reading it), then the bytes. Returns the base name and bytes.
 */
export async function readImportFile(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = path.basename(file);
  let stats;
  try {
    stats = await stat(file);
  } catch (error) {
    throw unreadableFile(file, error);
  }
  if (stats.isDirectory()) throw isFolder(file);
  if (!stats.isFile()) {
    // A FIFO or device would block or never end; refuse it before opening.
    throw new AppError(
      'unreadable',
      `“${file}” is not a regular file, so Retold cannot import it.`,
    );
  }
  if (stats.size > MAX_IMPORT_BYTES) throw tooLarge({ name, pasted: false }, stats.size);

  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadableFile(file, error);
  }
  try {
    const bytes = await readAtMost(handle, MAX_IMPORT_BYTES + 1, stats.size + 1);
    if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge({ name, pasted: false }, bytes.length);
    return { name, bytes };
  } catch (error) {
    throw error instanceof AppError ? error : unreadableFile(file, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
