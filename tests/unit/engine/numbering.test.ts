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
});
