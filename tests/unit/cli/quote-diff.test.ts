import { describe, expect, it } from 'vitest';
import { quoteDiff } from '../../../cli/quote-diff.js';

const plain = { del: (s: string) => s, ins: (s: string) => s };

describe('quoteDiff', () => {
  it('marks substituted words in place', () => {
    expect(quoteDiff('the hardest vote I have taken', 'the toughest vote I have cast', plain)).toBe(
      'the [-hardest-]{+toughest+} vote I have [-taken-]{+cast+}',
    );
  });

  it('groups a run of cut words into one mark, spaces outside the marks', () => {
    expect(
      quoteDiff('safe and every ballot will be counted', 'safe and will be counted', plain),
    ).toBe('safe and [-every ballot-] will be counted');
  });

  it('shows inserted words, and a typography change as a changed word', () => {
    expect(quoteDiff("we don't stop", 'we don’t ever stop', plain)).toBe(
      "we [-don't-]{+don’t ever+} stop",
    );
  });

  it('is the text itself when nothing changed, whitespace normalised', () => {
    expect(quoteDiff('one  two\nthree', 'one two three', plain)).toBe('one two three');
  });
});
