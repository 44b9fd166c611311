import type { Library } from '../db';
import type { EventHub } from './events';

/** A file picked in a native dialog. */
export interface PickedFile {
  name: string;
  dataBase64: string;
}

/** What handlers can reach: the open library, the event hub, and the host's abilities. */
export interface BackendContext {
  library: Library;
  events: EventHub;
  shell: 'electron' | 'browser' | 'cli';
  appVersion: string;
  /** Opens the native file dialog (Electron only); undefined where the host has none. */
  openFilesDialog?: () => Promise<PickedFile[]>;
}
