import { dialog, type BrowserWindow } from 'electron';
import type { PickedFile, SaveRequest } from '../backend/context';
import { readImportFile } from '../backend/ingest';

/** The native open dialog for articles; reads the chosen files for import. */
export async function pickFiles(win: BrowserWindow | null): Promise<PickedFile[]> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import articles',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (r.canceled) return [];
  const files: PickedFile[] = [];
  for (const p of r.filePaths) {
    const { name, bytes } = await readImportFile(p);
    files.push({ name, dataBase64: Buffer.from(bytes).toString('base64') });
  }
  return files;
}

/**
 * The native folder dialog for a bulk import; resolves to the chosen folder's path, or null if
 * cancelled. The path stays in the main process's backend: the renderer gets a grant for it
 * (backend/bulk/grants.ts).
 */
export async function pickFolder(win: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import a folder of articles',
    buttonLabel: 'Import this folder',
    properties: ['openDirectory'],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** The native save dialog for an export; resolves to the chosen path, or null if cancelled. */
export async function pickSavePath(
  win: BrowserWindow | null,
  request: SaveRequest,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: request.title,
    defaultPath: request.defaultName,
    filters: [
      { name: request.filter.name, extensions: [request.filter.extension] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}
