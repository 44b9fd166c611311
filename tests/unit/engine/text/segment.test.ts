import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../engine/text/segment.js';

const texts = (s: string): string[] => splitBlocks(s).map((b) => s.slice(b.start, b.end));

describe('splitBlocks', () => {
  it('splits on blank lines and trims each paragraph', () => {
    expect(texts('  One.\n\n\n Two.  \n \nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('treats single-newline layouts as one paragraph per line', () => {
    expect(texts('Headline here\n  • Facebook\n  • Twitter\nHeadline here')).toEqual([
      'Headline here',
      '• Facebook',
      '• Twitter',
      'Headline here',
    ]);
  });

  it('rejoins hard-wrapped paragraphs', () => {
    const wrapped =
      'The council met on Tuesday to discuss the\nbudget, which critics say is far too\nsmall for the city.';
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it('covers every non-blank character, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ a-zA-Z.\n]{0,120}$/), (s) => {
        let last = 0;
        let rest = '';
        for (const b of splitBlocks(s)) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          rest += s.slice(last, b.start);
          last = b.end;
        }
        rest += s.slice(last);
        expect(rest.trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
