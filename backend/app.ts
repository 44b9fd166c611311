import pkg from '../package.json';
import { Library, type OpenOptions } from '../db';
import type { BackendContext } from './context';
import { seedDemoIfNew } from './demo-seed';
import { EventHub } from './events';

/** Retold's version, from package.json. */
export const APP_VERSION: string = pkg.version;

/** Options for starting the backend in any host. */
export interface BackendOptions extends OpenOptions {
  /** The library file (see resolveLibrary). */
  file: string;
  shell: BackendContext['shell'];
  /** Add the demo story to a new, empty library (not for CLI one-shots like `compare`). */
  seedDemo?: boolean;
}

/**
 * Opens the library and builds the handler context shared by every host. Throws AppError
 * (library_not_retold, library_newer, library_corrupt, library_readonly, disk_full, unreadable)
 * when the library cannot be used; the message says what to do.
 */
export function startBackend(options: BackendOptions): BackendContext {
  const library = new Library(options.file, options);
  // The library opened; only its daily backup failed (no room, no folder): say so, go on.
  const skipped = library.openNotes.backupSkipped;
  if (skipped) console.warn(`[retold] today's automatic backup was not taken: ${skipped}`);
  if (options.seedDemo !== false) seedDemoIfNew(library);
  return { library, events: new EventHub(), shell: options.shell, appVersion: APP_VERSION };
}
