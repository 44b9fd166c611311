// The quote panel's wording (issue 11 item 9): a paraphrase is not put in quotation marks.
import { describe, expect, it } from 'vitest';
import { quotePhrase } from '../../../../../renderer/src/components/compare/quote-phrase';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('quote phrase', () => {
  it('puts a quotation in quotation marks', () => {
    expect(
      quotePhrase({ status: 'identical', base: span('We will'), version: span('We will') }),
    ).toBe('“We will”');
    expect(quotePhrase({ status: 'dropped', base: span('Gone'), version: null })).toBe('“Gone”');
  });

  it('leaves a paraphrase, which is reported speech, without them', () => {
    expect(
      quotePhrase({
        status: 'paraphrased',
        base: span('We will build it'),
        version: span('The mayor said the town would build it.'),
      }),
    ).toBe('The mayor said the town would build it.');
  });
});
