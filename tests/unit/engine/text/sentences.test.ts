import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../engine/text/sentences.js';
import { newswireCases } from '../newswire-cases.js';

const split = (s: string): string[] =>
  splitSentences(s, 0, s.length).map((x) => s.slice(x.start, x.end));

describe('splitSentences on newswire cases', () => {
  it.each(newswireCases.map((c) => [c.join(' '), c]))('%s', (text, expected) => {
    expect(split(text as string)).toEqual(expected);
  });

  it('works inside a larger text with offsets', () => {
    const text = 'xx Mr. Lee left. He said "no." yy';
    const spans = splitSentences(text, 3, text.length - 3);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Lee left.',
      'He said "no."',
    ]);
  });
});
