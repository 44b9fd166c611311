import { describe, expect, it } from 'vitest';
import { formatName, isPageType, parseContentType } from '../../../../backend/fetch/content-type';

describe('parseContentType', () => {
  it('reads the media type and a canonical charset, quoted or not', () => {
    expect(parseContentType('Text/HTML; Charset="Shift_JIS"')).toEqual({
      mediaType: 'text/html',
      charset: 'shift_jis',
    });
    expect(parseContentType('text/html;charset=latin1')).toEqual({
      mediaType: 'text/html',
      charset: 'windows-1252',
    });
  });

  it('ignores a charset it does not know, and a missing header', () => {
    expect(parseContentType('text/html; charset=klingon')).toEqual({
      mediaType: 'text/html',
      charset: null,
    });
    expect(parseContentType(undefined)).toEqual({ mediaType: null, charset: null });
  });
});

describe('isPageType and formatName', () => {
  it('reads HTML, XHTML and plain text, and sniffs a body without a type', () => {
    for (const t of ['text/html', 'application/xhtml+xml', 'text/plain', null])
      expect(isPageType(t)).toBe(true);
    for (const t of ['image/png', 'application/pdf', 'application/json', 'video/mp4'])
      expect(isPageType(t)).toBe(false);
    expect(formatName('text/plain')).toBe('page.txt');
    expect(formatName('application/xhtml+xml')).toBe('page.html');
    expect(formatName(null)).toBeUndefined();
  });
});
