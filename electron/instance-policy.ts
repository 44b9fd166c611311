// One desktop window per library. Electron's single-instance lock is held in the userData
// folder, so the folder decides what "one instance" means. The default library keeps Electron's
// own userData folder (~/.config/Retold and the like, where the library itself lives). Any other
// library (`--library`, RETOLD_DATA_DIR) gets a userData folder of its own under
// `userData/libraries/<hash of its path>`, so:
// - two launches on the same library meet at the same lock: the second hands over (the first
//   focuses its window) and quits, so two windows never hold one library;
// - launches on different libraries do not block each other (an end-to-end test on a scratch
//   library runs while the person's own Retold is open);
// - the renderer's local storage, which remembers story ids of an unfinished comparison
//   (renderer/src/compare/compare-limits.ts), is per library, as story ids are.
// Browser mode and the CLI may still open the same library: SQLite's locking queues their
// writes (db/library.ts), a different problem from two windows' state.
//
// Pure (no Electron import), so it is tested without Electron.
import { createHash } from 'node:crypto';
import path from 'node:path';

export const INSTANCE_POLICY = {
  /** Folder under Electron's userData that holds the per-library folders. */
  librariesDir: 'libraries',
  /** Hex digits of SHA-256 kept in a folder name: 64 bits, no collision in practice. */
  hashLength: 16,
} as const;

/** The comparable form of a library path: absolute, and lower case where the OS ignores case. */
export function libraryKey(file: string, platform: NodeJS.Platform): string {
  const abs = path.resolve(file);
  return platform === 'win32' || platform === 'darwin' ? abs.toLowerCase() : abs;
}

/**
 * The userData folder for a window on `libraryFile`: Electron's own for the default library,
 * otherwise a folder of its own for that library (see the top of this file).
 */
export function instanceDataDir(
  appUserData: string,
  libraryFile: string,
  defaultLibraryFile: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const key = libraryKey(libraryFile, platform);
  if (key === libraryKey(defaultLibraryFile, platform)) return appUserData;
  const digest = createHash('sha256').update(key).digest('hex');
  return path.join(
    appUserData,
    INSTANCE_POLICY.librariesDir,
    digest.slice(0, INSTANCE_POLICY.hashLength),
  );
}
