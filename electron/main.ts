// The desktop shell: window, security, IPC into the shared dispatch, menus and dialogs.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBackend } from '../backend/app';
import type { BackendContext } from '../backend/context';
import { dispatch } from '../backend/dispatch';
import { LIBRARY_FILE, resolveLibrary } from '../backend/paths';
import { AppError } from '../contract/errors';
import { CSP } from '../backend/host-http';
import { buildMenu } from './menu';
import { pickFiles, pickFolder, pickSavePath } from './dialogs';
import { printHtmlToPdf } from './print-pdf';
import { watchRendererCrashes } from './crash-recovery';
import { instanceDataDir } from './instance-policy';
import { installPermissionHandlers } from './permissions';
import { V8_FLAGS, applyV8Tuning, v8TuningWanted } from '../cli/v8-tuning.mjs';
import { APP_ORIGIN, APP_SCHEME, isAppUrl, isExternalWebUrl, isTrustedSender } from './security';

app.setName('Retold');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** dist/electron → repository or app root. */
const ROOT = path.resolve(__dirname, '..', '..');
const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');

let win: BrowserWindow | null = null;
let ctx: BackendContext | null = null;

/** `--library PATH` from the command line, if given. */
function libraryFlag(): string | undefined {
  const args = process.argv;
  const i = args.indexOf('--library');
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith('--library='))?.slice('--library='.length);
}

/** The better-sqlite3 binding built for Electron's ABI (see scripts/electron-native.mjs). */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined; // electron-builder rebuilt the module for Electron
  const built = path.join(ROOT, '.electron-native', 'better_sqlite3.node');
  return process.env.RETOLD_NATIVE_BINDING ?? (existsSync(built) ? built : undefined);
}

function libraryFile(): string {
  const flag = libraryFlag();
  const loc = resolveLibrary(flag);
  return loc.source === 'default' ? path.join(app.getPath('userData'), LIBRARY_FILE) : loc.file;
}

/** Serves the built renderer on app://retold/ with our CSP. */
function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR + path.sep))
      return new Response('Not found', { status: 404 });
    const target = existsSync(file) ? file : path.join(RENDERER_DIR, 'index.html');
    const res = await net.fetch(pathToFileURL(target).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CSP);
    return new Response(res.body, { status: res.status, headers });
  });
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Retold',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  w.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  w.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      if (isExternalWebUrl(url)) void shell.openExternal(url);
    }
  });
  w.webContents.on('will-attach-webview', (event) => event.preventDefault());
  w.once('ready-to-show', () => w.show());
  const load = (): void => void w.loadURL(`${APP_ORIGIN}/index.html`);
  watchRendererCrashes(w, load);
  load();
  return w;
}

function wireIpc(context: BackendContext): void {
  ipcMain.handle('retold:invoke', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, win?.webContents ?? null)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Refused: not Retold’s own window.' },
      };
    }
    return dispatch(context, method, input);
  });
  context.events.subscribe((name, payload) => win?.webContents.send('retold:event', name, payload));
}

async function start(file: string): Promise<void> {
  await app.whenReady();
  installPermissionHandlers(session.defaultSession);
  registerAppProtocol();
  try {
    ctx = startBackend({ file, shell: 'electron', nativeBinding: nativeBinding() });
  } catch (err) {
    const message = err instanceof AppError ? err.message : String(err);
    dialog.showErrorBox('Retold cannot open its library', message);
    app.exit(1);
    return;
  }
  const context = ctx;
  context.openFilesDialog = () => pickFiles(win);
  context.openFolderDialog = () => pickFolder(win);
  context.saveFileDialog = (request) => pickSavePath(win, request);
  context.printToPdf = printHtmlToPdf;
  wireIpc(context);
  buildMenu(context, () => win);
  win = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => ctx?.library.close());
// Defaults for any web contents, should one ever be created besides our window (which sets
// its own, stricter handlers): no navigation away from the app, no popups, no <webview>.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

/** A second launch on our library: bring our window forward instead. */
function onSecondLaunch(): void {
  if (!ctx) return; // still starting, or the library failed to open and we are exiting
  if (!win || win.isDestroyed()) win = createWindow();
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

// V8's inlining budget (cli/v8-tuning.mjs), as the CLI and browser mode run with: in this
// process (exports compare here) and in the window's, where the comparison worker runs.
applyV8Tuning();
if (v8TuningWanted()) app.commandLine.appendSwitch('js-flags', V8_FLAGS.join(' '));

// One window per library (instance-policy.ts): the lock lives in userData, so a library other
// than the default one gets a userData folder of its own before the lock is taken.
const file = libraryFile();
const defaultFile = path.join(app.getPath('userData'), LIBRARY_FILE);
const dataDir = instanceDataDir(app.getPath('userData'), file, defaultFile);
try {
  mkdirSync(dataDir, { recursive: true }); // setPath refuses a folder that does not exist
  app.setPath('userData', dataDir);
} catch {
  // cannot create it: keep the shared folder; the lock is then one window for all libraries
}
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', onSecondLaunch);
  void start(file);
} else {
  app.quit();
}
