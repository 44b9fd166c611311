// The URL checks behind the window's guards: what counts as our own page, and which URLs may
// be handed to the operating system (the allowlist in security/ cites these tests).
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isExternalWebUrl } from '../../../electron/security';

describe('isAppUrl', () => {
  it('accepts our own renderer only', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/app.js?x=1#y`)).toBe(true);
    for (const url of [
      'app://retold.evil.example/index.html',
      'app://other/index.html',
      'https://retold/index.html',
      'file:///index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect({ url, own: isAppUrl(url) }).toEqual({ url, own: false });
    }
  });
});

describe('isExternalWebUrl', () => {
  it('hands only http(s) to the system browser', () => {
    expect(isExternalWebUrl('https://example.com/story')).toBe(true);
    expect(isExternalWebUrl('http://example.com/')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'smb://host/share',
      'ms-msdt:/id',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      `${APP_ORIGIN}/index.html`,
      'mailto:a@example.com',
      'https//missing-colon',
      '',
    ]) {
      expect({ url, external: isExternalWebUrl(url) }).toEqual({ url, external: false });
    }
  });
});
