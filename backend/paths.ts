import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The application's name as Electron uses it for its userData folder. */
export const APP_NAME = 'Retold';

/** The file name of the library inside a data folder. */
export const LIBRARY_FILE = 'library.sqlite';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives for an app
 * named Retold, so the desktop shell, browser mode and the CLI share one library.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** Where the library lives and why (shown by `retold --help` and the About box). */
export interface LibraryLocation {
  file: string;
  source: '--library' | 'RETOLD_DATA_DIR' | 'default';
}

/**
 * Resolves the library file: `--library PATH` (a library file, or a folder to hold one) wins
 * over `RETOLD_DATA_DIR` (a folder), which wins over the per-user data folder.
 */
export function resolveLibrary(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): LibraryLocation {
  if (flag) return { file: asLibraryFile(path.resolve(flag)), source: '--library' };
  if (env.RETOLD_DATA_DIR) {
    return {
      file: path.join(path.resolve(env.RETOLD_DATA_DIR), LIBRARY_FILE),
      source: 'RETOLD_DATA_DIR',
    };
  }
  return {
    file: path.join(defaultDataDir(process.platform, env), LIBRARY_FILE),
    source: 'default',
  };
}

/** A path names a library file when it is an existing file or ends like a database file. */
function asLibraryFile(p: string): string {
  if (existsSync(p)) return statSync(p).isDirectory() ? path.join(p, LIBRARY_FILE) : p;
  return /\.(sqlite3?|db|retold)$/i.test(p) ? p : path.join(p, LIBRARY_FILE);
}
