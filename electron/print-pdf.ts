// The desktop app's PDF export: the HTML report (backend/export/html-report.ts) printed by
// Electron's own Chromium with webContents.printToPDF, so the desktop app needs neither
// Playwright nor a system Chromium (the CLI's path). The report is library text, so it is
// loaded like hostile content: a hidden window that is sandboxed, has JavaScript off, lives in
// an in-memory session of its own whose every request except the report file itself is
// cancelled, and is given no permission. The report's own CSP (default-src 'none') is a second
// wall. The file goes through a private temporary folder because a data: URL of a long story's
// report can exceed what loadURL accepts.
import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPermissionHandlers } from './permissions';

/** Page set-up of the PDF (the report's print stylesheet sets the margins). */
const PDF_OPTIONS: Electron.PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
};

/** The session every report is printed in: nothing but the report file loads. */
function printSession(fileUrl: string): Electron.Session {
  const ses = session.fromPartition('retold-print'); // no "persist:": in memory only
  installPermissionHandlers(ses);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.url !== fileUrl }),
  );
  return ses;
}

/** Prints a self-contained HTML document to an A4 PDF. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-print-'));
  const file = path.join(dir, 'report.html');
  const fileUrl = pathToFileURL(file).toString();
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(fileUrl),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      // Nobody clicks a hidden window, but a middle click must not open anything either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    writeFileSync(file, html, 'utf8');
    await win.loadURL(fileUrl);
    return await win.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
