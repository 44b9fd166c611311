// The permission policy of the desktop shell: everything is refused, whoever asks.
import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../../electron/permissions';
import { APP_ORIGIN } from '../../../electron/security';

/** Every permission Electron 40 can ask a request or check handler about. */
const ELECTRON_PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'unknown',
  'usb',
  'window-management',
];

const OWN_PAGE = `${APP_ORIGIN}/index.html`;

describe('permission policy', () => {
  it('the interface needs no permission at all', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual([]);
  });

  it('refuses every permission, even to our own main frame', () => {
    for (const permission of ELECTRON_PERMISSIONS) {
      for (const requestingUrl of [
        OWN_PAGE,
        APP_ORIGIN,
        'https://example.com/',
        'file:///etc/passwd',
        '',
      ]) {
        for (const isMainFrame of [true, false]) {
          expect({
            permission,
            requestingUrl,
            isMainFrame,
            allowed: isPermissionAllowed({ permission, requestingUrl, isMainFrame }),
          }).toEqual({ permission, requestingUrl, isMainFrame, allowed: false });
        }
      }
    }
  });

  it('an allowlisted permission goes only to our own main frame', () => {
    const allowed = new Set(['clipboard-sanitized-write']);
    const ask = (
      requestingUrl: string,
      isMainFrame: boolean,
      permission = 'clipboard-sanitized-write',
    ) => isPermissionAllowed({ permission, requestingUrl, isMainFrame }, allowed);
    expect(ask(OWN_PAGE, true)).toBe(true);
    expect(ask(OWN_PAGE, false)).toBe(false);
    expect(ask('https://example.com/', true)).toBe(false);
    expect(ask('app://retold.evil.example/', true)).toBe(false);
    expect(ask('not a url', true)).toBe(false);
    expect(ask(OWN_PAGE, true, 'clipboard-read')).toBe(false);
  });
});
