import { describe, expect, it } from 'vitest';
import {
  compare,
  paragraphAt,
  paragraphLabel,
  paragraphNumber,
  versionNumber,
  withVersionNumbers,
} from '../../../engine/index.js';
import { P, text } from './fixtures.js';

const furnished = `Harbor deal approved\n\n • Facebook\n\n • Twitter\n\n${text(P)}`;
const c = compare([
  { id: 'a', text: furnished },
  { id: 'b', text: text(P.slice(0, 3)), number: 7 },
]);
const base = c.versions[0]!;

describe('paragraph numbers', () => {
  it('count every block from 1, furniture included', () => {
    expect(base.blocks.length).toBe(3 + P.length);
    expect(base.blocks.map((_, i) => paragraphNumber(base, i))).toEqual(
      base.blocks.map((_, i) => i + 1),
    );
    const fourthBody = furnished.indexOf(P[3]!);
    expect(paragraphAt(base, fourthBody)).toBe(7);
    expect(paragraphAt(base, furnished.indexOf('\n\n'))).toBeNull();
    expect(paragraphLabel(base, [3, 4])).toBe('¶4+¶5');
  });

  it('refuse a block the version does not have', () => {
    expect(() => paragraphNumber(base, base.blocks.length)).toThrow(RangeError);
    expect(() => paragraphNumber(base, -1)).toThrow(RangeError);
    expect(() => paragraphNumber(base, 1.5)).toThrow(RangeError);
  });
});

describe('version numbers', () => {
  it('are the given number, else the position from 1', () => {
    expect(versionNumber(c, 0)).toBe(1);
    expect(versionNumber(c, 1)).toBe(7);
    expect(() => versionNumber(c, 2)).toThrow(RangeError);
  });

  it('can be set from the library without changing the comparison given', () => {
    const numbered = withVersionNumbers(c, [12, 3]);
    expect(numbered.versions.map((v) => v.number)).toEqual([12, 3]);
    expect(c.versions.map((v) => v.number)).toEqual([undefined, 7]);
    expect(numbered.pairs).toBe(c.pairs);
  });

  it('renumber the versions the copy chain names in its reasons', () => {
    // compared without numbers (as the library does), then given the library's
    const chain = compare([
      { id: 'a', text: text(P) },
      { id: 'b', text: text([...P, 'A new closing line that only the reprints carry today.']) },
      {
        id: 'c',
        text: text([...P.slice(0, -1), 'A new closing line that only the reprints carry today.']),
      },
    ]);
    const before = chain.copyChain?.entries.map((e) => e.reason).join(' ') ?? '';
    expect(before).toContain(`#${chain.base + 1} (the base)`);
    const numbered = withVersionNumbers(chain, [4, 9, 11]);
    const after = numbered.copyChain?.entries.map((e) => e.reason).join(' ') ?? '';
    expect(after).toContain(`#${[4, 9, 11][chain.base]} (the base)`);
    expect(after).not.toMatch(/#[123]\b/u);
    expect(after.replace(/#\d+/gu, '#')).toBe(before.replace(/#\d+/gu, '#'));
    expect(chain.copyChain?.entries.map((e) => e.reason).join(' ')).toBe(before);
  });
});
