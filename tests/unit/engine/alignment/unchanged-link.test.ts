import { describe, expect, it } from 'vitest';
import { alignSentences, blockLinks, type BlockLink } from '../../../../engine/alignment/align.js';
import { computeWeights, findCandidates } from '../../../../engine/alignment/similarity.js';
import { unchangedLink } from '../../../../engine/alignment/unchanged-link.js';
import { keyIdsOfPair } from '../../../../engine/text/key-ids.js';
import { prepare, type Prepared } from '../../../../engine/text/prepare.js';
import { P, pairOf, text } from '../fixtures.js';

const fold = { ignoreCase: false, foldSpelling: true };

/** Both versions prepared in one session (as compare() does) and the links between them. */
function linksOf(a: string, b: string): { base: Prepared; ver: Prepared; links: BlockLink[] } {
  const session = new Map<string, string>();
  const base = prepare({ id: 'a', text: a }, fold, session);
  const ver = prepare({ id: 'b', text: b }, fold, session);
  const w = computeWeights(base, ver);
  const edges = alignSentences(findCandidates(base, ver, w, 24).candidates, base, ver, w, {
    derived: true,
  });
  return { base, ver, links: blockLinks(edges, base, ver) };
}

/** Which links of the pair the check calls unchanged, by their first base block. */
function unchangedBlocks(a: string, b: string): number[] {
  const { base, ver, links } = linksOf(a, b);
  const [bi, vi] = keyIdsOfPair(base, ver);
  return links.filter((l) => unchangedLink(base, ver, bi, vi, l)).map((l) => l.base[0] ?? -1);
}

describe('unchanged links (the word diff answered without running it)', () => {
  it('takes every paragraph reprinted word for word, and only those', () => {
    const ver = [...P];
    ver[1] = (ver[1] ?? '').replace('eighteen months', 'twenty months');
    expect(unchangedBlocks(text(P), text(ver))).toEqual([0, 2, 3, 4, 5, 6]);
  });

  it('leaves a difference in typography or spelling to the diff, which reports it', () => {
    const ver = [...P];
    ver[3] = (ver[3] ?? '').replace(/[“”]/g, '"');
    ver[6] = (ver[6] ?? '').replace('council', 'counsil');
    const blocks = unchangedBlocks(text(P), text(ver));
    expect(blocks).not.toContain(3);
    expect(blocks).not.toContain(6);
    expect(blocks).toContain(5); // untouched
    const { p } = pairOf(text(P), text(ver));
    const quoteLink = p.links.find((l) => l.base[0] === 3);
    expect(quoteLink?.changes.map((c) => c.class)).toEqual(['typography', 'typography']);
  });

  it('refuses a link whose edges pair sentences at different places', () => {
    const two = 'The vote passed. The vote passed again later that night.';
    const { base, ver, links } = linksOf(two, two);
    const [bi, vi] = keyIdsOfPair(base, ver);
    const link = links[0];
    expect(link && unchangedLink(base, ver, bi, vi, link)).toBe(true);
    // the first base sentence paired with the second version sentence: not in place
    const crossed = link && { ...link, edges: [{ b: 0, v: 1, shared: 1, moved: false }] };
    expect(crossed && unchangedLink(base, ver, bi, vi, crossed)).toBe(false);
  });

  it('gives a reprinted paragraph no change and every body word kept', () => {
    const { p } = pairOf(text(P), text(P));
    expect(p.links.every((l) => l.changes.length === 0 && l.relation === 'verbatim')).toBe(true);
    expect(p.stats.keptWords).toBe(p.stats.baseWords);
  });
});
