// Issue 8, failure kinds 3, 6 and 8 (credits): photo credits in wire formats, credit lines
// other than "By NAME", copyright lines, and the small header errors. Texts written for
// this file; block kinds are given where the classifier would give them.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import type { BlockKind } from '../../../../engine/types.js';

/** Attributions of paragraphs (body unless a kind is given) as [source, kind]. */
function found(...paras: Array<string | [BlockKind, string]>): Array<[string, string]> {
  const list = paras.map((p) => (typeof p === 'string' ? (['body', p] as const) : p));
  let at = 0;
  const blocks = list.map(([kind, p]) => {
    const b = { start: at, end: at + p.length, kind };
    at += p.length + 2;
    return b;
  });
  return findAttributions(list.map(([, p]) => p).join('\n\n'), blocks).map((a) => [
    a.source ?? '',
    a.kind,
  ]);
}

describe('photo credits in wire formats (failure kind 3)', () => {
  it.each([
    ['A ferry at the quay. (Tomas Berg/Harbor Daily via AP)', 'Tomas Berg/Harbor Daily via AP'],
    ['A ferry at the quay. (AP Photo/Tomas Berg)', 'AP Photo/Tomas Berg'],
    ['A ferry at the quay. (AP Photo/Tomas Berg, File)', 'AP Photo/Tomas Berg, File'],
    ['A ferry at the quay. (AFP file photo)', 'AFP file photo'],
    ['A ferry at the quay. (Reuters file photo by Ann Holt)', 'Reuters file photo by Ann Holt'],
    ['A ferry at the quay.\nCredit: Reuters/Ann Holt', 'Reuters/Ann Holt'],
    ['A ferry at the quay.\nCredit: REUTERS/Ann Holt', 'REUTERS/Ann Holt'],
    ['A ferry at the quay.\nPhoto: Ann Holt / Reuters', 'Ann Holt / Reuters'],
    ['A ferry at the quay.\nPhoto Credit: AFP/ Ann Holt', 'AFP/ Ann Holt'],
    ['A ferry at the quay. AFP / ANN HOLT', 'AFP / ANN HOLT'],
    ['A ferry at the quay.\nAnn Holt/Getty Images', 'Ann Holt/Getty Images'],
    ['A ferry at the quay.\nGetty Images', 'Getty Images'],
    ['A ferry at the quay. ANN HOLT AFP', 'ANN HOLT AFP'],
    ['A ferry at the quay.\nAnn Holt/Flickr, CC BY-SA', 'Ann Holt/Flickr, CC BY-SA'],
    [
      'A ferry at the quay. (image released by Coast Guard via AP)',
      'image released by Coast Guard via AP',
    ],
    ['A ferry at the quay, in an image released by Coast Guard via AP.', 'Coast Guard via AP'],
  ])('%s', (caption, source) => {
    expect(found(['caption', caption])).toContainEqual([source, 'credit']);
  });

  it('finds a credit line without parentheses inside a multi-line caption', () => {
    const got = found(['caption', 'Workers on the quay.\nTomas Berg/AP\nThe ferry left at noon.']);
    expect(got).toContainEqual(['Tomas Berg/AP', 'credit']);
  });

  it.each([
    'The tide rose (and fell) twice.',
    'Sales rose, and/or fell, the firm said nothing.',
    'The museum was designed by Frank Gehry.',
  ])('no photo credit in "%s"', (p) => {
    expect(found(p).filter(([, k]) => k === 'credit')).toEqual([]);
  });
});

type Para = string | [BlockKind, string];
const CREDIT_LINES: Array<[Para, [string, string]]> = [
  [
    ['byline', 'Written by Ann Holt'],
    ['Ann Holt', 'byline'],
  ],
  [
    ['byline', 'Associated Press'],
    ['Associated Press', 'credit'],
  ],
  [
    ['body', 'Reuters'],
    ['Reuters', 'credit'],
  ],
  ['This article originally appeared in The Harbor Daily.', ['The Harbor Daily', 'credit']],
  ['This story was first published by The Harbor Daily.', ['The Harbor Daily', 'credit']],
  ['Ann Holt contributed to this report.', ['Ann Holt', 'credit']],
  ['Reporting by Ann Holt; Editing by Tom Ware', ['Ann Holt', 'credit']],
  [
    ['byline', 'Updated: May 2, 2024, 9:10 AM ET news services'],
    ['news services', 'credit'],
  ],
  ['For the full story, see The Harbor Daily.', ['The Harbor Daily', 'credit']],
];

describe('credit lines other than "By NAME" (failure kind 6)', () => {
  it.each(CREDIT_LINES)('%s', (p, expected) => {
    expect(found(p)).toContainEqual(expected);
  });

  it('reports a copyright line as a copyright credit, in boilerplate too', () => {
    expect(found(['boilerplate', '© 2024 The Associated Press. All rights reserved.'])).toEqual([
      ['The Associated Press', 'copyright'],
    ]);
    expect(found(['boilerplate', 'Copyright 2024 Reuters'])).toEqual([['Reuters', 'copyright']]);
  });

  it('looks only for credits in boilerplate', () => {
    expect(found(['boilerplate', 'Share this story, Ann Holt said.'])).toEqual([]);
  });
});

describe('header details (failure kind 8)', () => {
  it('keeps a byline whole before "|"', () => {
    expect(found(['byline', 'By Ann Holt|Reuters'])).toContainEqual(['Ann Holt', 'byline']);
    expect(found(['byline', 'By Ann Holt | Reuters'])).toContainEqual(['Ann Holt', 'byline']);
  });

  it('finds a byline on the third line of a header block', () => {
    const got = found(['title', 'Ferry service resumes\nUpdated May 2\nBy Ann Holt']);
    expect(got).toContainEqual(['Ann Holt', 'byline']);
  });

  it('finds a byline that ends a headline line', () => {
    const got = found(['title', 'Ferry service resumes By ANN HOLT, Associated Press Writer']);
    expect(got.find(([, k]) => k === 'byline')?.[0]).toMatch(/^ANN HOLT\b/);
  });

  it('finds "(AGENCY) -" datelines with a hyphen, with and without a place', () => {
    expect(found('PORT ELLIS (AP) - The ferry resumed.')).toEqual([
      ['PORT ELLIS', 'dateline'],
      ['AP', 'credit'],
    ]);
    expect(found('(Harbor Wire) – The ferry resumed.')).toEqual([['Harbor Wire', 'credit']]);
    expect(found('SEOUL, South Korea (AP) — The ferry resumed.')).toContainEqual([
      'SEOUL, South Korea',
      'dateline',
    ]);
  });

  it('does not take a time for an author', () => {
    expect(found('By Monday the ferry had resumed.')).toEqual([]);
    expect(found('By March 4, Ann Holt said, the ferry had resumed.')).toEqual([
      ['Ann Holt', 'speech'],
    ]);
  });
});
