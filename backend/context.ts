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
  /** Opens the native folder dialog (Electron only): the chosen folder's path, null if cancelled. */
  openFolderDialog?: () => Promise<string | null>;
  /** Asks where to save a file (Electron only); resolves to the chosen path, null if cancelled. */
  saveFileDialog?: (request: SaveRequest) => Promise<string | null>;
  /** Prints a self-contained HTML document to PDF (Electron's printToPDF); Electron only. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

/** What the native save dialog proposes. */
export interface SaveRequest {
  title: string;
  defaultName: string;
  /** The file type's name and extension (without the dot), for the dialog's filter. */
  filter: { name: string; extension: string };
}
