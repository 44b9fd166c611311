// Issue 8, failure kinds 7 and 8 (claims): the attribution forms that were missed, and the
// false ones that were found, on sentences written for this file.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';

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

describe('attribution forms (failure kind 7)', () => {
  it.each([
    ['The ferry will resume in May, per Reuters.', ['Reuters', 'per']],
    ['Per the harbor authority, the ferry will resume.', ['the harbor authority', 'Per']],
    ['Per the agreement, the ferry will resume.', ['the agreement', 'Per']],
    [
      'The Harbor Daily is reporting that the ferry will resume.',
      ['The Harbor Daily', 'reporting'],
    ],
    ['Officials are now saying the ferry will resume.', ['Officials', 'saying']],
    [
      'The inspectors in their report have revealed that two cables rusted.',
      ['The inspectors', 'revealed'],
    ],
    ['Ann Holt also reportedly says the ferry will resume.', ['Ann Holt', 'says']],
    ['Harbor Works, which runs the yard, said the ferry would resume.', ['Harbor Works', 'said']],
    ['Rights groups have said the ferry is unsafe.', ['Rights groups', 'said']],
    [
      'County officials and proponents of the route say the ferry is safe.',
      ['County officials and proponents of the route', 'say'],
    ],
    ['The agreement says the ferry will resume.', ['The agreement', 'says']],
    ['The indictment alleges that the owner lied.', ['The indictment', 'alleges']],
    ['The owner was accused by the Harbor Union of lying.', ['the Harbor Union', 'accused']],
    ['The owner was named in the Harbor Union’s report.', ['Harbor Union’s', 'named in']],
    ['“It is safe,” Alon Tenzer, 36, told the Harbor Daily.', ['Alon Tenzer', 'told']],
    ['What Ann Holt said was clear: the ferry will resume.', ['Ann Holt', 'said']],
    ['The retailers also ruefully noted that sales fell.', ['The retailers', 'noted']],
  ] as const)('%s', (p, [source, cue]) => {
    expect(found(p)).toContainEqual([source, cue]);
  });

  it.each([
    'The said property was sold to the county in 1998.',
    'The repairs went according to plan.',
    'Prices rose 4 per cent, or 20 per day per person.',
    'What the law states',
    'What the agreement says?',
    'Here is what officials said: nothing at all.',
    'They found the boat near the pier.',
    'We found two cables had rusted.',
    'The offer said nothing about wages.',
  ])('no attribution in "%s"', (p) => {
    expect(found(p)).toEqual([]);
  });

  it('keeps "they found that"', () => {
    const p = 'Ann Holt and Tom Ware said the cables were old. They found that the cables rusted.';
    expect(found(p)).toEqual([
      ['Ann Holt and Tom Ware', 'said'],
      ['Ann Holt and Tom Ware', 'found'],
    ]);
  });
});

describe('pronouns (failure kind 8)', () => {
  it('a surname ending in "s" is one person: "he said" resolves to it', () => {
    const got = found('Tom Jones said the ferry was safe.', '“We checked,” he said.');
    expect(got).toEqual([
      ['Tom Jones', 'said'],
      ['Tom Jones', 'said'],
    ]);
  });

  it('a plural common noun is "they"', () => {
    const got = found('The inspectors said the ferry was safe.', '“We checked,” they said.');
    expect(got[1]).toEqual(['The inspectors', 'said']);
  });
});
