import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine/index.js';

describe('sentence candidates', () => {
  // Found by the reconstruction property test: a paragraph made only of stopwords has no
  // content words, so the weighted index never proposed it and an unchanged paragraph came out
  // as dropped and added.
  it('matches unchanged sentences made only of stopwords', () => {
    const text =
      'To be or not to be.\n\nThe council voted on the cable at Gull Point on Tuesday night.\n\nSo it was.\n';
    const c = compare(
      [
        { id: 'a', text },
        { id: 'b', text: text.replace('Tuesday', 'Monday') },
      ],
      { base: 0 },
    );
    const p = c.pairs[0];
    expect(p?.droppedBlocks).toEqual([]);
    expect(p?.addedBlocks).toEqual([]);
    expect(p?.links.map((l) => [l.base, l.version])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});
