import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { BackendContext } from '../backend/context';
import { AppError } from '../contract/errors';
import { pickFiles } from './dialogs';

/** The native menus with the usual shortcuts; actions go to the UI as `menu:invoked` events. */
export function buildMenu(ctx: BackendContext, getWin: () => BrowserWindow | null): void {
  const send = (action: 'import-files' | 'paste' | 'find' | 'toggle-theme' | 'check-library') =>
    ctx.events.emit('menu:invoked', { action });
  const importFiles = async (): Promise<void> => {
    try {
      const files = await pickFiles(getWin());
      if (files.length > 0) ctx.events.emit('files:opened', { files });
    } catch (err) {
      const message = err instanceof AppError ? err.message : String(err);
      ctx.events.emit('notice:shown', { kind: 'error', message });
    }
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => void importFiles() },
        { label: 'Paste Article…', accelerator: 'CmdOrCtrl+Shift+V', click: () => send('paste') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Search Library', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
        {
          label: 'Toggle Dark Theme',
          accelerator: 'CmdOrCtrl+Shift+D',
          click: () => send('toggle-theme'),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Where is my library?',
          click: () => shell.showItemInFolder(ctx.library.file),
        },
        { label: 'Check Library…', click: () => send('check-library') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
