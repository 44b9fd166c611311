// The Reader marks the words a search matched, compared as the library's search compares them.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../renderer/src/lib/format';
import { markLine, searchTerms } from '../../../../renderer/src/lib/search-marks';

const marked = (line: string, q: string): string[] => {
  const terms = searchTerms(q);
  if (!terms) return [];
  return markLine(line, terms)
    .filter((p) => p.match)
    .map((p) => p.text);
};

describe('search marks', () => {
  it('marks spelling variants, accents and case, and the last word as a prefix', () => {
    expect(marked('Their Behavior at the café, and the colors.', 'behaviour cafe colour')).toEqual([
      'Behavior',
      'café',
      'colors',
    ]);
    expect(marked('The organization organised it.', 'organisation')).toEqual(['organization']);
    expect(marked('No match here.', 'harbour')).toEqual([]);
    expect(searchTerms(' ;; ')).toBeNull();
  });

  it('keeps every character of the line, in order', () => {
    const terms = searchTerms('cable');
    const line = 'The cable, the “cable” and cables.';
    expect(
      terms &&
        markLine(line, terms)
          .map((p) => p.text)
          .join(''),
    ).toBe(line);
  });
});

describe('formatBytes', () => {
  it('says the size as it is, never "1 KB" for an empty file', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1229)).toBe('1.2 KB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(839_680)).toBe('820 KB');
    expect(formatBytes(24_536_678)).toBe('23.4 MB');
  });
});
