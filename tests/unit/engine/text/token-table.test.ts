// The flat token table (engine/text/tokenize.ts) and the token objects it replaced in
// Prepared must say the same thing: same offsets, same kinds, raw text recoverable by slicing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare, tokenAt, tokenRaw } from '../../../../engine/text/prepare.js';
import { TOKEN_KINDS, tokenTable, tokenize } from '../../../../engine/text/tokenize.js';

const fold = { ignoreCase: false, foldSpelling: true };
const SAMPLE =
  'PORT ELLIS, Maine (AP) — The U.S. council voted 5-2 on Jan. 5, 2019 to pay $3.5 million… ' +
  '“We waited 12 years,” Mayor Ann Lee said at 11:23 am.\n\nA second line -- with dashes.';

/** A table as token-like objects, for comparing with tokenize(). */
function rows(text: string, start: number, end: number, shift: number) {
  const t = tokenTable(text, start, end, shift);
  return Array.from({ length: t.length }, (_, k) => ({
    start: (t.start[k] ?? 0) + shift,
    end: (t.end[k] ?? 0) + shift,
    kind: TOKEN_KINDS[t.kind[k] ?? -1],
    raw: text.slice((t.start[k] ?? 0) + shift, (t.end[k] ?? 0) + shift),
  }));
}

describe('tokenTable', () => {
  it('gives the offsets and kinds tokenize gives, shifted as asked', () => {
    expect(rows(SAMPLE, 0, SAMPLE.length, 0)).toEqual(tokenize(SAMPLE));
    expect(rows(SAMPLE, 12, 80, 12)).toEqual(tokenize(SAMPLE, 12, 80));
  });

  it('agrees with tokenize on any text, including a growing scratch buffer', () => {
    const long = SAMPLE.repeat(200); // more tokens than the first scratch buffer holds
    expect(rows(long, 0, long.length, 0)).toEqual(tokenize(long));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(rows(s, 0, s.length, 0)).toEqual(tokenize(s));
      }),
    );
  });

  it('lets a prepared version read each token back as the text it covers', () => {
    const p = prepare({ id: 'a', text: SAMPLE }, fold, new Map());
    expect(p.tokens.length).toBeGreaterThan(20);
    for (let t = 0; t < p.tokens.length; t += 1) {
      const tok = tokenAt(p, t);
      expect(tok?.raw).toBe(tokenRaw(p, t));
      expect(tok?.raw).toBe(SAMPLE.slice(tok?.start, tok?.end));
    }
    expect(tokenAt(p, -1)).toBeUndefined();
    expect(tokenRaw(p, p.tokens.length)).toBe('');
  });
});
