// The figures signal of derivation: a copy carries its source's figures, an independent report
// has its own ("6,825-ton" where the base says "6,800-ton"). Real fingerprints and the real
// score function; the signal values are the ones a weak, briefing-like overlap produces.
import { describe, expect, it } from 'vitest';
import { derivationScore } from '../../../../engine/relations/derivation/derivation.js';
import { FINGERPRINT, fingerprintOf } from '../../../../engine/relations/derivation/fingerprint.js';
import type { Signals } from '../../../../engine/relations/derivation/signals.js';
import { prepare } from '../../../../engine/text/prepare.js';

const figuresOf = (text: string): string[] => {
  const p = prepare({ id: 'a', text }, { ignoreCase: false, foldSpelling: true }, new Map());
  return [...fingerprintOf(p).figures].sort();
};

// Shared wording about a quarter of the version, in short runs, in the base's order.
const weak: Signals = {
  coverage: 0.23,
  own: 0.25,
  reverse: 0.16,
  folded: 0.29,
  longestRun: 5,
  order: 0.74,
  spread: 0.6,
  figures: 1,
  matches: 30,
  ownWords: 126,
  figureCount: 2,
  baseFigureCount: 6,
};
const score = (s: Partial<Signals>): number => derivationScore({ ...weak, ...s }, FINGERPRINT.own);

describe('figures of a version', () => {
  it('are bare values outside quotations, so "500m" is the base’s "500-meter"', () => {
    const text =
      'The 6,800-ton ferry sank on April 16, 2014, in a 500-meter channel. “We lost 300 people,” he said.';
    expect(figuresOf(text)).toEqual(['16', '2014', '500', '6800']);
  });
});

describe('derivation weighs the figures', () => {
  it('scales a weak overlap down when none of the version’s figures are the base’s', () => {
    expect(score({ figures: 0 })).toBeLessThan(score({ figures: 1 }) * 0.6);
    expect(score({ figures: 0 })).toBeLessThan(0.13);
    expect(score({ figures: 1 })).toBeGreaterThan(0.13);
  });

  it('counts half the figures shared as all: a copy may update a toll', () => {
    expect(score({ figures: 0.5 })).toBe(score({ figures: 1 }));
  });

  it('ignores figures when either side has fewer than two', () => {
    expect(score({ figures: 0, figureCount: 1 })).toBe(score({ figures: 1 }));
    expect(score({ figures: 0, baseFigureCount: 1 })).toBe(score({ figures: 1 }));
  });

  it('lets a long verbatim run vouch for the copy whatever its figures', () => {
    expect(score({ figures: 0, longestRun: 12 })).toBe(score({ figures: 1, longestRun: 12 }));
  });
});
