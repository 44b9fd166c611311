// Pronoun resolution (engine/sources/pronouns.ts): "he"/"she" stand for a person, never for
// an organisation; "it" for an organisation; "they" for a group or an organisation. Texts
// written for this file.
import { describe, expect, it } from 'vitest';
import { organisationLike } from '../../../../engine/sources/pronouns.js';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import { pairOf, text } from '../fixtures.js';

/** Attributions of body paragraphs as [source, cue]. */
function found(...paras: string[]): Array<[string, string]> {
  let at = 0;
  const blocks = paras.map((p) => {
    const b = { start: at, end: at + p.length, kind: 'body' as const };
    at += p.length + 2;
    return b;
  });
  return findAttributions(paras.join('\n\n'), blocks).map((a) => [a.source ?? '', a.cue ?? '']);
}

/** The speaker of each quotation of a text (compared with itself plus a paragraph). */
function speakers(...paras: string[]): Array<string | null> {
  const { p } = pairOf(text(paras), text([...paras, 'The meeting ended at nine.']));
  return p.quotes.map((q) => q.base?.speaker ?? null);
}

describe('organisationLike', () => {
  it.each([
    ['Port Ellis Fishermen’s Cooperative', true],
    ['the Harbor Agency', true],
    ['Westlake University', true],
    ['Baltic Marine Works Ltd', true],
    ['NOAA', true],
    ['Caleb Dunmore', false],
    ['Mayor Thomas J. Reardon', false],
    ['Greely', false],
  ])('%s → %s', (source, org) => {
    expect(organisationLike(source)).toBe(org);
  });
});

describe('he and she stand for a person', () => {
  it('skips an organisation credited in an apposition and takes the sentence’s subject', () => {
    const got = speakers(
      'Ruth Anselm said the plan was rushed.',
      'Caleb Dunmore, who sits on the board of the Harbor Fishermen’s Cooperative, a 60-member group, said the fund reassured him. “A promise is cheap,” he said.',
    );
    expect(got).toEqual(['Caleb Dunmore']);
  });

  it('skips an organisation and resolves to the person before it', () => {
    const got = found(
      'Ann Holt said the ferry was late.',
      'The Harbor Transit Agency said the engines were checked.',
      '“We waited an hour,” she said.',
    );
    expect(got[2]).toEqual(['Ann Holt', 'said']);
  });

  it('a person in the same paragraph wins over one further back', () => {
    const got = found(
      'Ann Holt said the ferry was late.',
      'Tom Ware said the engines were old. “They rattle,” he said.',
    );
    expect(got[2]).toEqual(['Tom Ware', 'said']);
  });
});

describe('an organisation inside a relative clause about a person', () => {
  it('credits the person the clause is about', () => {
    const got = found(
      'Caleb Dunmore, who sits on the board of the Harbor Fishermen’s Cooperative, a 60-member group, said the fund reassured him.',
    );
    expect(got).toEqual([['Caleb Dunmore', 'said']]);
  });

  it('keeps an organisation that is itself the subject', () => {
    const got = found('The Harbor Transit Agency, a state body, said the engines were checked.');
    expect(got).toEqual([['The Harbor Transit Agency', 'said']]);
  });
});

describe('it and they may stand for an organisation', () => {
  it('"it said" resolves to the organisation', () => {
    const got = found(
      'The Harbor Transit Agency said the engines were checked.',
      'The engines would be replaced next year, it said.',
    );
    expect(got[1]).toEqual(['The Harbor Transit Agency', 'said']);
  });

  it('"they said" resolves to the organisation (British usage)', () => {
    const got = found(
      'The Harbor Transit Agency said the engines were checked.',
      'The engines would be replaced next year, they said.',
    );
    expect(got[1]).toEqual(['The Harbor Transit Agency', 'said']);
  });

  it('"it" never stands for a person', () => {
    const got = found(
      'Ann Holt said the ferry was late.',
      'The engines would be replaced next year, it said.',
    );
    expect(got[1]?.[0]).not.toBe('Ann Holt');
  });
});
