import { describe, expect, it } from 'vitest';
import { parseUrls, urlState } from '../../../../../renderer/src/components/import/url-format';

const record = (outcome: 'imported' | 'duplicate' | 'not imported', reason = '') => ({
  source: 'https://news.example/a',
  outcome,
  reason,
  storyId: 1,
  storyTitle: 'Cable vote',
  versionNumber: 2,
});

describe('parseUrls', () => {
  it('keeps each address once, skips blanks and comments, and lists what is not an address', () => {
    const text =
      ' https://a.example/1 \n\n# notes\nhttps://a.example/1\nwww.b.example/2\nhttp://c.example/3\r\n';
    expect(parseUrls(text)).toEqual({
      urls: ['https://a.example/1', 'http://c.example/3'],
      bad: ['www.b.example/2'],
    });
  });
});

describe('urlState', () => {
  it('says where each address is', () => {
    expect(urlState(undefined)).toBe('Fetching…');
    expect(urlState(record('imported'))).toBe('Imported into “Cable vote”');
    expect(urlState(record('duplicate'))).toBe('Already in “Cable vote”');
    expect(urlState(record('not imported', 'HTTP 404.'))).toBe('Not imported: HTTP 404.');
  });
});
