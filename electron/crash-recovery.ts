// Wires the crash policy (crash-policy.ts) to a window: when its renderer is gone, ask whether
// to reload or quit, and remember when we reloaded so a crash loop is noticed.
import { app, dialog, type BrowserWindow } from 'electron';
import { crashDialog, crashStreak, NO_CRASHES, type CrashHistory } from './crash-policy';

let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

/** Watches `win`'s renderer; `reload` loads the interface again in the same window. */
export function watchRendererCrashes(win: BrowserWindow, reload: () => void): void {
  let history: CrashHistory = NO_CRASHES;
  let asking = false;
  win.webContents.on('render-process-gone', (_event, details) => {
    // Quitting closes renderers too; and one dialog at a time.
    if (quitting || asking || win.isDestroyed()) return;
    const streak = crashStreak(history, Date.now());
    history = { ...history, streak };
    const d = crashDialog(details.reason, streak);
    asking = true;
    // A renderer that dies before its first paint leaves the window hidden (show: false until
    // ready-to-show); the dialog needs a visible parent, especially as a macOS sheet.
    if (!win.isVisible()) win.show();
    void dialog
      .showMessageBox(win, {
        type: 'error',
        title: d.title,
        message: d.message,
        detail: d.detail,
        buttons: d.buttons,
        defaultId: d.defaultId,
        cancelId: d.cancelId,
        noLink: true,
      })
      .then(({ response }) => {
        asking = false;
        if (win.isDestroyed()) return;
        if (d.actions[response] === 'reload') {
          history = { streak, lastReloadAt: Date.now() };
          reload();
        } else {
          app.quit();
        }
      });
  });
}
