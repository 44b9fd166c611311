import type { IpcMainInvokeEvent, WebContents } from 'electron';

/** The custom scheme the renderer is served from in the desktop shell. */
export const APP_SCHEME = 'app';
/** The renderer's origin in the desktop shell. */
export const APP_ORIGIN = `${APP_SCHEME}://retold`;

/** True for URLs inside our own renderer. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/** True only for http(s) URLs, the only ones we hand to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * IPC is answered only for our own window's main frame showing our own renderer: a subframe,
 * another window or a navigated-away page gets nothing.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, contents: WebContents | null): boolean {
  const frame = event.senderFrame;
  if (!contents || !frame || event.sender !== contents) return false;
  return frame === contents.mainFrame && isAppUrl(frame.url);
}
