// The rules' ASCII variants (rule-run.ts, asciiVariant): on text whose letters and digits are
// all ASCII they must find exactly what the Unicode rules find, match for match, group for
// group. Texts are built from pieces of attribution sentences written for this file, with
// the non-ASCII punctuation of real copy (curly quotes, dashes) but no non-ASCII letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../engine/sources/attribution-rules.js';
import { asciiVariant, asciiWords } from '../../../../engine/sources/attribution-patterns.js';
import { isWide, PRIME, ruleMatches } from '../../../../engine/sources/rule-run.js';

const PIECES = [
  'Ann Lee',
  'Paul Keller',
  'Dr. Ruth Ode',
  'U.S.',
  'the council',
  'officials',
  'rights groups',
  'said',
  'says',
  'told reporters',
  'is reporting',
  'also reportedly says',
  'according to',
  'per',
  'Per the agreement',
  'quoted',
  'as saying',
  'contributed to this report',
  'By',
  'Written by',
  'PARIS',
  'Port Ellis',
  '(AFP)',
  '(AP Photo/Jane Doe)',
  'Reuters',
  'AP',
  'Getty Images',
  'Photo:',
  'Credit:',
  'via',
  'writes the following:',
  'a biologist at',
  'Harbor Institute',
  'UCL',
  ', who chairs the board,',
  ', 36,',
  'named in',
  "Amnesty's report",
  'accused by',
  'in an interview with',
  '© 2024',
  'Copyright',
  'the',
  'a',
  'vote',
  'rushed',
  '1,100',
  '—',
  '–',
  '-',
  ':',
  ',',
  '.',
  '“',
  '”',
  '’',
  '"',
  "'",
  '(',
  ')',
  '/',
  '|',
  '\n',
  'Monday',
  'The Daily Courier',
  'Associated Press',
  'news services',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 24 })
  .map((ps) => ps.join(' ').replace(/ ([,.:])/g, '$1'));

/** Every match of a rule as [index, text, groups], from offset 0 on. */
function matches(re: RegExp, s: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push([m.index, m[0], { ...m.groups }]);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

describe('ASCII variants of the attribution rules', () => {
  const pairs = RULES.map((rule) => [rule, asciiVariant(rule.re)] as const);

  it('replace every Unicode class of every rule', () => {
    for (const [rule, ascii] of pairs) {
      expect(ascii).not.toBe(rule.re);
      expect(ascii.source).not.toMatch(/\\[pP]\{/);
      expect(ascii.flags).toBe(rule.re.flags);
    }
  });

  it('find what the Unicode rules find on text with ASCII letters only', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(asciiWords(s)).toBe(true);
        for (const [rule, ascii] of pairs) expect(matches(ascii, s)).toEqual(matches(rule.re, s));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('keep a rule with another class as it is', () => {
    const re = /\p{Sc}\d+/gu;
    expect(asciiVariant(re)).toBe(re);
    expect(asciiVariant(/[\p{Lu}\d]x/gu).source).toBe('[A-Z\\d]x');
  });
});

describe('asciiWords', () => {
  it('accepts curly quotes, dashes and emoji, and refuses letters and digits beyond ASCII', () => {
    expect(asciiWords('“Rushed,” said Ann Lee — 2024 😀')).toBe(true);
    expect(asciiWords('José Ortega said')).toBe(false);
    expect(asciiWords('Zürich')).toBe(false);
    expect(asciiWords('٣ votes')).toBe(false);
    expect(asciiWords('the 𝐀 team')).toBe(false);
  });
});

describe('priming a rule before its first run (PRIME)', () => {
  it('is long enough for V8 to compile straight to machine code, and no rule matches it', () => {
    // V8 skips its bytecode stage for a first subject of 1,000 characters or more.
    expect(PRIME.subjectLength).toBeGreaterThanOrEqual(1000);
    const blank = ' '.repeat(PRIME.subjectLength);
    // the blank for text stored two bytes per character ends in a curly apostrophe
    const wideBlank = `${' '.repeat(PRIME.subjectLength - 1)}\u2019`;
    for (const rule of RULES) {
      for (const re of [rule.re, asciiVariant(rule.re)]) {
        expect(matches(re, blank)).toEqual([]);
        expect(matches(re, wideBlank)).toEqual([]);
      }
    }
  });

  it('primes for the width the text is stored in (isWide)', () => {
    expect(isWide('plain ASCII, café and naïve')).toBe(false);
    expect(isWide('“Rushed,” she said')).toBe(true);
    expect(isWide('a dash — here')).toBe(true);
  });

  it('changes no match: a primed rule finds what a fresh copy finds', () => {
    const para =
      'Paul Keller, the group’s director, said the vote was rushed, according to officials.';
    const spans: Array<[number, number]> = [[0, para.length]];
    const wide = isWide(para);
    for (const rule of RULES) {
      const sc = { spans, texts: [para], passed: new Map(), ascii: false, wide };
      const fresh = { ...rule, re: new RegExp(rule.re.source, rule.re.flags) };
      const got = ruleMatches(rule, para, sc).map((m) => [m.index, m[0]]);
      const sc2 = { spans, texts: [para], passed: new Map(), ascii: false, wide };
      expect(got).toEqual(matches(fresh.re, para).map((m) => (m as unknown[]).slice(0, 2)));
      expect(ruleMatches(rule, para, sc2).map((m) => [m.index, m[0]])).toEqual(got);
    }
  });
});
