// A version's figures and names reuse those another version of the same compare() call found
// in a paragraph they both have word for word: the reuse must give exactly what the
// version's own reading gives, at its own offsets, and must not be taken when the version
// knows a sentence opener as a name and the other did not.
import { describe, expect, it } from 'vitest';
import { versionMentions } from '../../../../engine/relations/facts/fact-mentions.js';
import { prepare } from '../../../../engine/text/prepare.js';

const fold = { ignoreCase: false, foldSpelling: true };
const SAME =
  'Harbor Works said 1,200 workers at the Brennan Sound farms lost $4 million on Tuesday.';

/** Mentions of `text` read in a compare() call of its own. */
function alone(text: string) {
  return versionMentions(prepare({ id: 'x', text }, fold, new Map()));
}

/** Mentions of `text` read after `other` in one compare() call. */
function after(other: string, text: string) {
  const session = new Map<string, string>();
  versionMentions(prepare({ id: 'o', text: other }, fold, session));
  return versionMentions(prepare({ id: 'x', text }, fold, session));
}

describe('mentions shared by repeated paragraphs', () => {
  it('gives a repeated paragraph the mentions its own reading gives, at its own offsets', () => {
    const text = `A longer first line, from Sandra Cole.\n\n${SAME}\n\nMore from Cole on 3 May.`;
    const got = after(`Short lead.\n\n${SAME}`, text);
    expect(got).toEqual(alone(text));
    const money = got.find((m) => m.kind === 'amount');
    expect(text.slice(money?.start, money?.end)).toBe('$4 million');
    expect(money?.block).toBe(1);
  });

  it('reads a paragraph afresh when this version knows its opener as a name', () => {
    // "Harbor" opens the shared sentence; only the second version also uses it mid-sentence
    const text = `The ferry left the Harbor at noon.\n\n${SAME}`;
    const other = `Short lead.\n\n${SAME}`;
    const got = after(other, text);
    expect(got).toEqual(alone(text));
    // the other version reads "Harbor" as a tentative opener; this one knows it as a name
    const opener = (m: { key: string; context: string }) =>
      m.key === 'harbor' && m.context === 'opener';
    expect(alone(other).some(opener)).toBe(true);
    expect(got.some(opener)).toBe(false);
  });

  it('reads a paragraph that does not end in punctuation afresh (its last figure has a unit after it)', () => {
    const other = 'Lead.\n\nThe farms counted 1,200\nworkers came back.';
    const text = 'Lead.\n\nThe farms counted 1,200\nboats came back.';
    expect(after(other, text)).toEqual(alone(text));
  });
});
