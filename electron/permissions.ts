// Web permissions in the desktop shell. Retold's interface uses none of them: no camera,
// microphone, location, notifications, clipboard API (copy and paste go through the native Edit
// menu, which needs no permission), HTML fullscreen (View → Toggle Full Screen is a window
// call), MIDI, HID, USB, serial or external protocol links (http(s) links are opened by the
// window-open and navigation guards in main.ts, after `isExternalWebUrl`). So every request and
// every check is refused. Electron grants most permissions by default when no handler is set,
// which is why an explicit "no" matters even for an app that never asks: injected content
// would ask.
//
// Only `import type` from electron here, so the policy is testable under plain Node.
import type { Session } from 'electron';
import { isAppUrl } from './security';

/**
 * Permissions the interface needs, with why. Empty on purpose: add a name here (and a reason)
 * only with the feature that uses it, e.g. 'clipboard-sanitized-write' for a "Copy" button that
 * calls navigator.clipboard.writeText.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** What a permission request or check is about, as Electron reports it. */
export interface PermissionAsk {
  permission: string;
  /** The URL or origin of the frame that asks ('' when Electron does not say). */
  requestingUrl: string;
  /** False for subframes; only our own top frame may ever be granted anything. */
  isMainFrame: boolean;
}

/**
 * The one decision for requests and checks: granted only for a permission on the allowlist,
 * asked by our own renderer's main frame. With the allowlist empty this is always false.
 */
export function isPermissionAllowed(ask: PermissionAsk, allowed = ALLOWED_PERMISSIONS): boolean {
  return allowed.has(ask.permission) && ask.isMainFrame && isAppUrl(ask.requestingUrl);
}

/**
 * Installs the deny-by-default handlers on a session: permission requests and checks, device
 * access (WebHID, WebUSB, Web Serial), and the device pickers, which are cancelled.
 */
export function installPermissionHandlers(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const { requestingUrl, isMainFrame } = details;
    callback(isPermissionAllowed({ permission, requestingUrl, isMainFrame }));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      isMainFrame: details.isMainFrame,
    }),
  );
  ses.setDevicePermissionHandler(() => false);
  // No device id (or an empty one) answers a picker with "nothing chosen".
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}
