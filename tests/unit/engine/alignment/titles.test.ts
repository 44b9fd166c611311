// Headline pairing (engine/alignment/titles.ts): a reworded headline of a derived copy is
// linked to the base headline; an independent report's headline is not. Our own texts.
import { describe, expect, it } from 'vitest';
import { checkAccounting } from '../accounting.js';
import { P, pairOf, text } from '../fixtures.js';

const HEAD = 'Harbor authority approves dredging contract for north channel';

describe('pairTitles', () => {
  it('links a reworded headline of a derived copy, as reworded', () => {
    const { c, p } = pairOf(
      text([HEAD, ...P]),
      text(['Dredging deal for harbor channel approved', ...P]),
    );
    expect(c.versions[1]?.blocks[0]?.kind).toBe('title');
    const link = p.links.find((l) => l.base.includes(0));
    expect(link).toMatchObject({ base: [0], version: [0], relation: 'reworded' });
    expect(p.addedBlocks).toEqual([]);
    checkAccounting(c, p);
  });

  it('prefers the kicker that repeats the headline, and leaves a headline sharing one name alone', () => {
    const kicker = pairOf(
      text([`Silt war: ${HEAD}`, ...P]),
      text(['SILT WAR', 'Shipping firms cheer as dredging vote ends two-year fight', ...P]),
    );
    expect(kicker.p.links.find((l) => l.base.includes(0))?.version).toEqual([0]);
    const far = pairOf(text([HEAD, ...P]), text(['Storm closes harbor for a week', ...P]));
    expect(far.p.links.some((l) => l.base.includes(0))).toBe(false);
    expect(far.p.droppedBlocks).toEqual([0]);
    expect(far.p.addedBlocks).toEqual([0]);
  });

  it('does not pair the headlines of an independent report', () => {
    const other = [
      'Dredging contract for harbor north channel approved',
      'Port officials in the northern district voted to hire a firm that will clear mud from shipping lanes next spring.',
      'Fishermen told reporters they feared the noise would drive cod away from the bay.',
    ];
    const { p } = pairOf(text([HEAD, ...P]), text(other));
    expect(p.derivation.label).toBe('none');
    expect(p.links).toEqual([]);
  });
});
