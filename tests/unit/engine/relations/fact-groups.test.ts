// "Same facts" rows and the paragraph counts every view and export gives (engine
// relations/correspondence/fact-groups.ts): paragraphs of a row are counted there, not as dropped and added,
// a row a link holds (after a correction) is moot, and a neighbouring paragraph joins a row.
import { describe, expect, it } from 'vitest';
import { factGroups, groupsByBase, paragraphCounts } from '../../../../engine/index.js';
import type { Correspondence, Link, Pair } from '../../../../engine/index.js';

const evidence = { entities: [], numbers: [], speakers: [], quotes: [], words: [] };
const k = (base: number, version: number, score: number): Correspondence => ({
  base,
  version,
  score,
  evidence,
});
const link = (base: number[], version: number[], relation: Link['relation'], moved = false) => ({
  base,
  version,
  relation,
  moved,
  changes: [],
});

/** A pair of the fields the counts read. */
function pair(p: Pick<Pair, 'links' | 'droppedBlocks' | 'addedBlocks' | 'correspondences'>) {
  return p as Pair;
}

describe('same facts rows and paragraph counts', () => {
  const p = pair({
    links: [
      link([0], [0], 'verbatim'),
      link([1], [2], 'reworded'),
      link([2], [1], 'verbatim', true),
    ],
    droppedBlocks: [3, 4, 5, 6],
    addedBlocks: [3, 4, 5],
    // base 3 and 4 (neighbours) both report what version 3 does; base 6 ↔ version 5
    correspondences: [k(3, 3, 0.9), k(4, 3, 0.6), k(6, 5, 0.5)],
  });

  it('groups neighbours into one row, strongest first, in base order', () => {
    expect(factGroups(p).map((g) => [g.base, g.version])).toEqual([
      [[3, 4], [3]],
      [[6], [5]],
    ]);
  });

  it('counts a row’s paragraphs as same facts, not as dropped and added', () => {
    expect(paragraphCounts(p)).toEqual({
      kept: 1,
      reworded: 1,
      moved: 1,
      dropped: 1, // base 5
      added: 1, // version 4
      sameFacts: 3, // base 3, 4 and 6
      sameFactsRows: 2,
    });
  });

  it('leaves out a row whose paragraph a link holds (a correction linked it)', () => {
    const corrected = pair({ ...p, links: [...p.links, link([6], [5], 'reworded')] });
    corrected.droppedBlocks = [3, 4, 5];
    corrected.addedBlocks = [3, 4];
    expect([...groupsByBase(corrected, factGroups(corrected)).keys()]).toEqual([3, 4]);
    expect(paragraphCounts(corrected)).toMatchObject({ dropped: 1, added: 1, sameFacts: 2 });
  });
});
