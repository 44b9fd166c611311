// The base reason in words (issue 11 item 7): a readable date without nested brackets, the
// same as data in `baseBasis`, and a containment choice on little shared text called weak.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine/index.js';
import { BASE, readableDate } from '../../../../engine/relations/derivation/base.js';
import { P, text } from '../fixtures.js';

const full = text(P);
const unrelated = text([
  'The county fair opened on Saturday with a record number of prize pumpkins on display in the main barn.',
  'Organisers said the weather had helped the growers, and that ticket sales were up on last year.',
  'A brass band played through the afternoon while children queued for the carousel by the gate.',
  'The fair runs until Wednesday, when the judges will announce the winners of the baking contest.',
]);

describe('base reason', () => {
  it('reads a date as the outlet wrote it, with no brackets and no raw timestamp', () => {
    expect(readableDate('2024-03-12T06:15:00-04:00')).toBe('12 March 2024 at 06:15');
    expect(readableDate('2021-03-01')).toBe('1 March 2021');
    expect(readableDate('last Tuesday')).toBe('last Tuesday');
    const c = compare([
      { id: 'a', text: full, published: '2024-03-12T06:15:00-04:00' },
      { id: 'b', text: text(P.slice(0, 3)), published: '2024-03-13' },
    ]);
    expect(c.baseReason).toBe('earliest published date, 12 March 2024 at 06:15');
    expect(c.baseBasis).toEqual({ by: 'date', published: '2024-03-12T06:15:00-04:00' });
  });

  it('gives the containment share as data, not weak when the versions share their text', () => {
    const c = compare([
      { id: 'a', text: text(P.slice(0, 4)) },
      { id: 'b', text: full },
    ]);
    expect(c.baseBasis?.by).toBe('containment');
    if (c.baseBasis?.by !== 'containment') return;
    expect(c.baseBasis.share).toBeGreaterThanOrEqual(BASE.weakContainment);
    expect(c.baseBasis.weak).toBe(false);
    expect(c.baseReason).toMatch(/^contains the most of the other versions: on average \d+%/);
    expect(c.baseReason).not.toMatch(/[()]/);
  });

  it('calls a choice weak when the versions share little text', () => {
    const c = compare([
      { id: 'a', text: full },
      { id: 'b', text: unrelated },
    ]);
    expect(c.baseBasis).toMatchObject({ by: 'containment', weak: true });
    if (c.baseBasis?.by === 'containment') expect(c.baseBasis.share).toBeLessThan(0.2);
    expect(c.baseReason).toMatch(/a weak choice/);
  });

  it('has no basis when the caller named the base', () => {
    const c = compare(
      [
        { id: 'a', text: full },
        { id: 'b', text: unrelated },
      ],
      { base: 1 },
    );
    expect(c.baseReason).toBeUndefined();
    expect(c.baseBasis).toBeUndefined();
  });
});
