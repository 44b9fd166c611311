// Step (3) of the alignment on texts with no content words: lines made only of stopwords
// ("It was so.") have nothing for a clause join or an attach to be about, so every link stays
// small. Before the fix every coverage test read 0 >= 0 and such files came out as a handful
// of links spanning hundreds of blocks each.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine/index.js';
import { ATTACH } from '../../../../engine/alignment/attach.js';
import { prng } from '../../../../bench/support/prng.js';

const SHORT = [
  'It was so.',
  'He said it.',
  'They were there.',
  'It is not.',
  'We did.',
  'So it was.',
];
const LONG = [
  'It was so and then it was not.',
  'He said that it was all there for them.',
  'They were there and we were not with them.',
  'It is not what he said it was.',
];

/** `n` lines drawn at random (seeded) from `lines`, one paragraph each. */
function randomLines(lines: readonly string[], n: number, seed: number): string {
  const rnd = prng(seed);
  return Array.from({ length: n }, () => lines[Math.floor(rnd() * lines.length)] ?? '').join('\n');
}

/** Largest number of blocks (both sides) any link of the pair holds. */
function widestLink(lines: readonly string[], n: number): number {
  const r = compare(
    [
      { id: 'a', text: randomLines(lines, n, 1) },
      { id: 'b', text: randomLines(lines, n, 2) },
    ],
    { base: 0 },
  );
  const links = r.pairs[0]?.links ?? [];
  expect(links.length).toBeGreaterThan(n / 4);
  return Math.max(...links.map((l) => l.base.length + l.version.length));
}

describe('attach on stopword-only lines', () => {
  it('joins no two matched sentences that carry no content words', () => {
    expect(widestLink(SHORT, 600)).toBeLessThanOrEqual(2);
  });

  it('lets repeats of longer stopword lines span a few blocks at most', () => {
    expect(widestLink(LONG, 600)).toBeLessThanOrEqual(2 * (ATTACH.maxPartners + 1));
  });
});
