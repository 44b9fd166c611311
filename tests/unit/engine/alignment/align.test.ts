import { describe, expect, it } from 'vitest';
import { heaviestChain } from '../../../../engine/alignment/align.js';
import { checkAccounting } from '../accounting.js';
import { P, pairOf, text } from '../fixtures.js';

describe('heaviestChain', () => {
  it('keeps the heaviest order-preserving subset of candidates', () => {
    const c = (b: number, v: number, shared: number) => ({ b, v, shared, dice: 1 });
    const chain = heaviestChain([c(0, 0, 1), c(1, 2, 1), c(2, 1, 5), c(3, 3, 1)], 4);
    expect(chain.map((x) => [x.b, x.v])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });
});

describe('alignment', () => {
  it('reports a moved paragraph as moved, not as a deletion plus an insertion', () => {
    const moved = [P[0], P[1], P[4], P[2], P[3], P[5], P[6]] as string[];
    const { c, p } = pairOf(text(P), text(moved));
    expect(p.droppedBlocks).toEqual([]);
    expect(p.addedBlocks).toEqual([]);
    const m = p.links.filter((l) => l.moved);
    expect(m.map((l) => [l.base, l.version])).toEqual([[[4], [2]]]);
    expect(p.links.every((l) => l.relation === 'verbatim')).toBe(true);
    checkAccounting(c, p);
  });

  it('links a split paragraph and a merged paragraph many-to-many', () => {
    const [s1, s2] = (P[1] as string).split(/(?<=said) /);
    void s1;
    void s2;
    const split = P[0]?.replace(', ending', '.\n\nThat ends') as string;
    const merged = `${P[2]} ${P[3]}`;
    const { c, p } = pairOf(text(P), text([split, P[1] as string, merged, ...P.slice(4)]));
    const link0 = p.links.find((l) => l.base.includes(0));
    expect(link0?.version).toEqual([0, 1]);
    const link23 = p.links.find((l) => l.base.includes(2));
    expect(link23?.base).toEqual([2, 3]);
    expect(link23?.version).toEqual([3]);
    checkAccounting(c, p);
  });

  it('does not count a repeated short phrase as a move', () => {
    const base = text([...P, 'The vote was close.']);
    const ver = text(['The vote was close.', ...P]);
    const { p } = pairOf(base, ver);
    expect(p.links.some((l) => l.moved)).toBe(false);
    expect(p.droppedBlocks).toEqual([7]);
    expect(p.addedBlocks).toEqual([0]);
  });

  it('shows a trimmed ending as a run of dropped blocks', () => {
    const { p } = pairOf(text(P), text(P.slice(0, 4)));
    expect(p.droppedBlocks).toEqual([4, 5, 6]);
    expect(p.links).toHaveLength(4);
  });
});
