import { describe, expect, it } from 'vitest';
import { independentCandidates } from '../../../../engine/relations/derivation/independent.js';
import { prepare } from '../../../../engine/text/prepare.js';
import { text } from '../fixtures.js';
import { WIRE } from './derivation-texts.js';

const prep = (t: string) =>
  prepare({ id: t.slice(0, 8), text: t }, { ignoreCase: false, foldSpelling: true }, new Map());

describe('links in a pair that is not derived', () => {
  const base = prep(text(WIRE));
  const ver = prep(
    text([
      'The agency said no injuries had been confirmed, but it was concerned that some bags might still be sitting in home freezers.',
      WIRE[2] as string,
      WIRE[6] as string,
      WIRE[1] as string,
    ]),
  );
  // every pairing a similarity search could propose, at full Dice
  const cand = (b: number, v: number) => ({ b, v, dice: 1, shared: 1 });
  const kept = independentCandidates(base, ver, [cand(4, 0), cand(2, 1), cand(6, 2), cand(1, 3)]);

  it('keeps a sentence of own wording copied word for word', () => {
    expect(kept.map((c) => [c.b, c.v])).toEqual([[6, 2]]);
  });

  it('drops a restated statement, a shared quotation and a sentence of shared names and codes', () => {
    const dropped = [
      [4, 0],
      [2, 1],
      [1, 3],
    ];
    for (const d of dropped) expect(kept.map((c) => [c.b, c.v])).not.toContainEqual(d);
  });

  it('never passes a candidate under the alignment Dice bar', () => {
    expect(independentCandidates(base, ver, [{ b: 6, v: 2, dice: 0.5, shared: 1 }])).toEqual([]);
  });
});
