import { describe, expect, it } from 'vitest';
import { P, pairOf, text } from '../fixtures.js';
import { INDEPENDENT, SPUN, SPUN_HEAVY, WIRE } from './derivation-texts.js';

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
    // shared topic phrases ("the harbor authority", "a paint factory") earn a little folded wording
    expect(p.derivation.score).toBeLessThan(0.1);
    expect(p.links).toEqual([]);
  });
});

// Issue 8, failure kind 2: spun copies against independent reports from the same release.
describe('derivation from several signals', () => {
  const wire = text(WIRE);

  it.each([
    ['a spun copy', SPUN],
    ['a heavily spun copy with spliced quotes', SPUN_HEAVY],
  ])('labels %s (synonyms swapped, same order of facts) as derived', (_name, spun) => {
    const { p } = pairOf(wire, text(spun));
    expect(p.derivation.label).toBe('partially');
    expect(p.derivation.signals?.folded).toBeGreaterThan(0.3);
    expect(p.derivation.signals?.order).toBeGreaterThan(0.9);
    expect(p.links.length).toBeGreaterThanOrEqual(4);
  });

  it('the heavily spun copy has the low 4-gram coverage that used to label it `none`', () => {
    const { p } = pairOf(wire, text(SPUN_HEAVY));
    expect(p.derivation.signals?.coverage).toBeLessThan(0.2);
  });

  it('labels an independent report quoting the same statement, names, codes and places as `none`, with no links', () => {
    const { c, p } = pairOf(wire, text(INDEPENDENT));
    // plain 4-gram coverage alone would have called it partially derived
    expect(p.derivation.signals?.coverage).toBeGreaterThan(0.2);
    expect(p.derivation.label).toBe('none');
    expect(p.derivation.score).toBeLessThan(0.1);
    // the statement quoted word for word in both is not a kept paragraph
    expect(p.links).toEqual([]);
    const quote = c.versions[0]?.blocks[2];
    expect(p.droppedBlocks).toContain(2);
    expect(quote?.kind).toBe('body');
  });

  it('labels a verbatim reprint `wholly` and a trimmed reprint `wholly`', () => {
    const same = pairOf(wire, wire).p.derivation;
    expect(same.label).toBe('wholly');
    expect(same.score).toBeGreaterThan(0.95);
    const trimmed = pairOf(wire, text(WIRE.slice(0, 4))).p.derivation;
    expect(trimmed.label).toBe('wholly');
    expect(trimmed.signals?.reverse).toBeLessThan(0.5);
  });

  it('keeps an independent report that restates one official statement `none`, with no links', () => {
    const restated =
      'The agency said no injuries had been confirmed, but it was concerned that some bags might still be sitting in home freezers.';
    const { p } = pairOf(wire, text([...INDEPENDENT, restated]));
    expect(p.derivation.label).toBe('none');
    expect(p.derivation.signals?.spread).toBeLessThan(0.3);
    expect(p.links).toEqual([]);
  });

  it('calls an otherwise independent text that copies one sentence of own wording partially derived, and links it', () => {
    const copied = WIRE[6] as string;
    const { p } = pairOf(wire, text([...INDEPENDENT.slice(0, 5), copied]));
    expect(p.derivation.label).toBe('partially');
    expect(p.links.map((l) => [l.base, l.version])).toContainEqual([[6], [5]]);
  });

  it('gives the same label and score whatever else is compared (deterministic)', () => {
    const a = pairOf(wire, text(SPUN)).p.derivation;
    const b = pairOf(wire, text(SPUN)).p.derivation;
    expect(a).toEqual(b);
  });
});
