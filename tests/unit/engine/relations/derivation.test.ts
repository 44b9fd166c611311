import { describe, expect, it } from 'vitest';
import { P, pairOf, text } from '../fixtures.js';

// An independent report of the same event: same names, numbers and facts, own wording.
const independent = text([
  'Baltic Marine Works will dredge the north channel after winning a $35,000,000 contract from the harbor authority on Monday.',
  'Elena Marsh, who chairs the board, expects the project to start in March and run for eighteen months.',
  'Silt in the channel has kept larger ships away, according to shipping companies who fought the authority for two years.',
  'Green groups fear the project will stir up toxic mud from a paint factory shut in 1987, and some council members want the bids audited.',
]);

describe('derivation', () => {
  it('labels a reprint as wholly derived', () => {
    const { p } = pairOf(text(P), text(P.slice(0, 6)));
    expect(p.derivation.label).toBe('wholly');
    expect(p.derivation.score).toBeGreaterThan(0.9);
  });

  it('labels a version that adds as much as it keeps as partially derived', () => {
    const { p } = pairOf(text(P), `${text(P.slice(0, 3))}\n\n${independent}`);
    expect(p.derivation.label).toBe('partially');
  });

  it('labels an independent report of the same event as not derived, despite shared names and numbers', () => {
    const { p } = pairOf(text(P), independent);
    expect(p.derivation.label).toBe('none');
    expect(p.derivation.score).toBeLessThan(0.05);
    expect(p.links).toEqual([]);
  });
});
