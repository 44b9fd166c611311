import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../../../engine/text/tokenize.js';

const raws = (s: string): string[] => tokenize(s).map((t) => t.raw);

describe('tokenize', () => {
  it('keeps numbers, money, percentages, times and dates whole', () => {
    expect(raws('paid $35,000,000 to 12% of 1.5 million people')).toEqual([
      'paid',
      '$35,000,000',
      'to',
      '12%',
      'of',
      '1.5 million',
      'people',
    ]);
    expect(raws('On Jan. 5, 2019, at 11:23 am')).toEqual([
      'On',
      'Jan. 5, 2019',
      ',',
      'at',
      '11:23 am',
    ]);
    expect(raws('29th Nov, 2019.')).toEqual(['29th Nov, 2019', '.']);
    expect(raws('US$5 billion and £1.5bn')).toEqual(['US$5 billion', 'and', '£1.5bn']);
    expect(tokenize('$35,000,000')[0]?.kind).toBe('number');
  });

  it('keeps in-word apostrophes, hyphens and dotted abbreviations', () => {
    expect(raws("China’s re-education 17-year-old 5G U.S. don't")).toEqual([
      'China’s',
      're-education',
      '17-year-old',
      '5G',
      'U.S.',
      "don't",
    ]);
  });

  it('never makes whitespace a token and counts only words', () => {
    expect(raws('  a \u00a0 b\n\n')).toEqual(['a', 'b']);
    expect(countWords('“Hello, world!” — she said…')).toBe(4);
    expect(countWords('   \n\t ')).toBe(0);
  });

  it('gives offsets into the text and covers every visible character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        let covered = '';
        let last = 0;
        for (const t of tokenize(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.raw);
          expect(t.start).toBeGreaterThanOrEqual(last);
          covered += s.slice(last, t.start).replace(/[\s\u200B-\u200D\u2060]/g, '');
          last = t.end;
        }
        covered += s.slice(last).replace(/[\s\u200B-\u200D\u2060]/g, '');
        expect(covered).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
