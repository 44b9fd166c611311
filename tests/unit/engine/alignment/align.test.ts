import { describe, expect, it } from 'vitest';
import { heaviestChain } from '../../../../engine/alignment/align.js';
import { checkAccounting } from '../accounting.js';
import type { Comparison, Pair } from '../../../../engine/types.js';
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

// Issue 8: every non-boilerplate block takes part, and one base paragraph may correspond to
// several version paragraphs. Texts are our own (fixtures.ts).
const kindOf = (c: Comparison, v: number, i: number) => c.versions[v]?.blocks[i]?.kind;
const linkOf = (p: Pair, baseBlock: number) => p.links.find((l) => l.base.includes(baseBlock));
const HEAD = 'Harbor authority backs dredging deal after long fight';
const CAPTION = 'Dredgers at work in the north channel on Monday. (AP Photo/Jane Doe)';

describe('every block is judged', () => {
  it('links a headline kept word for word, verbatim', () => {
    const { c, p } = pairOf(text([HEAD, ...P]), text([HEAD, ...P.slice(0, 5)]));
    expect(kindOf(c, 0, 0)).toBe('title');
    expect(linkOf(p, 0)).toMatchObject({ base: [0], version: [0], relation: 'verbatim' });
    checkAccounting(c, p);
  });

  it('lists a dropped caption in droppedBlocks and an added headline in addedBlocks', () => {
    const base = text([P[0], CAPTION, ...P.slice(1)] as string[]);
    const { c, p } = pairOf(base, text([HEAD, ...P]));
    expect(kindOf(c, 0, 1)).toBe('caption');
    expect(p.droppedBlocks).toEqual([1]);
    expect(p.addedBlocks).toEqual([0]);
    checkAccounting(c, p);
  });

  it('links a caption whose credit was reformatted, and one cut to its first words', () => {
    const base = text([P[0], CAPTION, ...P.slice(1)] as string[]);
    const reformatted = 'Dredgers at work in the north channel on Monday. Jane Doe/AP';
    const { c, p } = pairOf(base, text([P[0], reformatted, ...P.slice(1)] as string[]));
    expect(linkOf(p, 1)?.version).toEqual([1]);
    expect(p.droppedBlocks).toEqual([]);
    checkAccounting(c, p);
    const cut = pairOf(
      base,
      text([P[0], 'Dredgers at work in the north channel', ...P.slice(1)] as string[]),
    );
    expect(linkOf(cut.p, 1)?.version).toEqual([1]);
  });

  it('links a body paragraph that the version repeats as a caption', () => {
    const caption = `${P[4] as string} (Harbor Press photo)`;
    const { c, p } = pairOf(text(P), text([...P.slice(0, 6), caption, P[6]] as string[]));
    expect(kindOf(c, 1, 6)).toBe('caption');
    expect(linkOf(p, 4)?.version).toEqual([4, 6]);
    expect(p.addedBlocks).toEqual([]);
    checkAccounting(c, p);
  });

  it('compares a lead paragraph ending in a quotation as body, with its changed quote', () => {
    const lead =
      'PORT ELLIS (Harbor Press) — The harbor authority approved the dredging contract on Monday. “We will monitor the water every week,” Marsh said.”';
    const changed = lead.replace('every week', 'every month');
    const { c, p } = pairOf(text([lead, ...P.slice(1)]), text([changed, ...P.slice(1)]));
    expect(kindOf(c, 0, 0)).toBe('body');
    expect(kindOf(c, 1, 0)).toBe('body');
    expect(linkOf(p, 0)?.version).toEqual([0]);
    expect(p.quotes.some((q) => q.status === 'altered' || q.status === 'paraphrased')).toBe(true);
  });
  it('links a headline and a caption that the version merges into one multi-line block', () => {
    const base = text([HEAD, P[0], CAPTION, ...P.slice(1)] as string[]);
    // one chunk of lines, rejoined as a hard-wrapped paragraph (the second line starts in
    // lower case), so the version has a single block where the base has two
    const merged = `${HEAD}\nand dredgers at work in the north channel on Monday. (AP Photo/Jane Doe)`;
    const { c, p } = pairOf(base, text([merged, ...P]));
    expect(c.versions[1]?.blocks).toHaveLength(P.length + 1);
    expect(linkOf(p, 0)).toMatchObject({ base: [0, 2], version: [0] });
    checkAccounting(c, p);
  });
});

describe('one-to-many links', () => {
  it('links a standfirst that repeats the lead', () => {
    const { c, p } = pairOf(text([HEAD, ...P]), text([HEAD, P[0], ...P] as string[]));
    expect(linkOf(p, 1)?.version).toEqual([1, 2]);
    expect(p.addedBlocks).toEqual([]);
    checkAccounting(c, p);
  });

  it('links the second half of a split sentence that also adds material', () => {
    // the chain takes the heavier first half; the second half brings more new content than
    // old, but carries all of what the first half left out of the base sentence
    const base =
      'The council approved the harbor budget for the north channel dredging on Monday, and the mayor signed the new contract with Baltic Marine, officials said.';
    const first =
      'The council approved the harbor budget for the north channel dredging on Monday, officials said.';
    const second =
      'The mayor signed the new contract with Baltic Marine after a long dispute with unions over night shifts, wages and months of protests.';
    const { c, p } = pairOf(text([base, ...P.slice(1)]), text([first, second, ...P.slice(1)]));
    expect(linkOf(p, 0)?.version).toEqual([0, 1]);
    expect(p.addedBlocks).toEqual([]);
    checkAccounting(c, p);
  });

  it('links a clause moved into a sentence that is matched elsewhere', () => {
    const b1 = 'Board chair Elena Marsh said the dredging work would begin in March.';
    const b2 =
      'Environmental groups warned about contaminated sediment, and the paint factory that closed in 1987 left lead in the north channel.';
    const v1 =
      'Board chair Elena Marsh said the dredging work would begin in March, although the paint factory that closed in 1987 left lead in the north channel.';
    const v2 = 'Environmental groups warned about contaminated sediment.';
    const { c, p } = pairOf(
      text([P[0], b1, b2, ...P.slice(3)] as string[]),
      text([P[0], v1, v2, ...P.slice(3)] as string[]),
    );
    expect(linkOf(p, 1)?.base).toEqual([1, 2]);
    expect(linkOf(p, 1)?.version).toEqual([1, 2]);
    checkAccounting(c, p);
  });
});
