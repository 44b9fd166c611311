// Headline attributions: title case marks every word, so "X says" must not take a run of
// headline words for a speaker when the verb is followed by a short tail (the source).
// Texts written for this file.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import type { Block } from '../../../../engine/types.js';

function titleSources(title: string): string[] {
  const body = 'PORT ELLIS — The council met on Monday.';
  const text = `${title}\n\n${body}`;
  const blocks: Block[] = [
    { start: 0, end: title.length, kind: 'title' },
    { start: title.length + 2, end: text.length, kind: 'body' },
  ];
  return findAttributions(text, blocks)
    .filter((a) => a.block === 0)
    .map((a) => a.source ?? '');
}

describe('headline attributions', () => {
  it('credits the short tail after the verb, not the title-case words before it', () => {
    expect(titleSources('Harbour Firms Involved in Mass Data Abuse says Report')).toEqual([
      'Report',
    ]);
    expect(titleSources('Ferry Fares to Rise, says Port Authority')).toEqual(['Port Authority']);
  });

  it('keeps the source before the verb when a clause follows it', () => {
    expect(titleSources('Mayor Lind says the town will rebuild the quay')).toEqual(['Mayor Lind']);
  });

  it('leaves the same words in a body paragraph to the body rules', () => {
    const text = 'The ferry firm Harbor Lines said Monday it would add boats.';
    const got = findAttributions(text, [{ start: 0, end: text.length, kind: 'body' }]);
    expect(got.map((a) => a.source)).toEqual(['The ferry firm Harbor Lines']);
  });
});

describe('title-case headlines: capitalised reporting verbs', () => {
  it('credits the short tail after a capitalised verb', () => {
    expect(titleSources('Harbour Firms Involved in Mass Data Abuse Says Report')).toEqual([
      'Report',
    ]);
    expect(titleSources('Ferry Fares to Rise Next Year, Warns Port Authority')).toEqual([
      'Port Authority',
    ]);
  });

  it('credits the capitalised words that open the clause when a clause follows', () => {
    expect(titleSources('Mayor Lind Says Town Will Act on Flooding by Spring')).toEqual([
      'Mayor Lind',
    ]);
    expect(titleSources('Flood Update: Harbour Board Says Quay Will Reopen in May')).toEqual([
      'Harbour Board',
    ]);
  });

  it('finds no source in headlines where the capitalised word credits nobody', () => {
    expect(titleSources('Says Who')).toEqual([]);
    expect(titleSources('The Harbour Master Says Goodbye')).toEqual([]);
    expect(titleSources('Harbour Report Finds Nothing Wrong With the Quay')).toEqual([]);
    expect(titleSources('Police Reports Show Fewer Thefts at the Quay')).toEqual([]);
    expect(titleSources('What the Harbour Master Says')).toEqual([]);
  });

  it('leaves capitalised verbs in body text alone', () => {
    const text = 'The sign at the quay Says Welcome to Port Ellis in red letters.';
    const got = findAttributions(text, [{ start: 0, end: text.length, kind: 'body' }]);
    expect(got).toEqual([]);
  });
});
