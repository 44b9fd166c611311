import { describe, expect, it } from 'vitest';
import { checkAccounting } from '../accounting.js';
import { changesOf, P, pairOf, text } from '../fixtures.js';

describe('word changes', () => {
  it('reports a one-word substitution as one change with exact offsets', () => {
    const ver = text(P).replace('eighteen months', 'twenty months');
    const { c, p } = pairOf(text(P), ver);
    expect(changesOf(c, p)).toEqual([['replace', 'number', 'eighteen', 'twenty']]);
    const ch = p.links[1]?.changes[0];
    expect(ch?.base).toEqual([text(P).indexOf('eighteen'), text(P).indexOf('eighteen') + 8]);
  });

  it('does not light up the page for a small edit', () => {
    const ver = text(P).replace('Critics on the city council', 'Critics on the council');
    const { c, p } = pairOf(text(P), ver);
    expect(changesOf(c, p)).toEqual([['delete', 'wording', 'city', '']]);
    expect(p.links.filter((l) => l.relation !== 'verbatim')).toHaveLength(1);
  });

  it('reports curly versus straight quotes as typography only', () => {
    const ver = text(P).replace(/[“”]/g, '"');
    const { c, p } = pairOf(text(P), ver);
    expect(changesOf(c, p).map((x) => x[1])).toEqual(['typography', 'typography']);
    expect(p.links.every((l) => l.relation === 'verbatim')).toBe(true);
    expect(p.stats.keptWords).toBe(p.stats.baseWords);
  });

  it('keeps numbers whole', () => {
    const ver = text(P).replace('$35,000,000', '$38,000,000');
    const { c, p } = pairOf(text(P), ver);
    expect(changesOf(c, p)).toEqual([['replace', 'number', '$35,000,000', '$38,000,000']]);
  });

  it('gives empty ranges at the insertion point for inserts and deletes', () => {
    const ver = text(P).replace('approved a', 'quietly approved a');
    const { p } = pairOf(text(P), ver);
    const ch = p.links[0]?.changes[0];
    expect(ch?.op).toBe('insert');
    const at = text(P).indexOf(' approved');
    expect(ch?.base).toEqual([at, at]);
  });

  it('says the comparison is coarse when a diff exceeds maxEditLength, and still accounts for everything', () => {
    const a = text(P);
    const b = a
      .replace('harbor authority', 'port authority')
      .replace('on Monday', 'on Tuesday')
      .replace('ending a', 'closing a')
      .replace('dispute with', 'quarrel with');
    const { c, p } = pairOf(a, b, { limits: { maxEditLength: 3 } });
    expect(p.coarse?.links).toEqual([0]);
    expect(p.coarse?.reason).toMatch(/maxEditLength/);
    expect(p.links[0]?.coarse).toBe(true);
    expect(p.links[0]?.changes).toHaveLength(1);
    expect(pairOf(a, b).p.coarse).toBeUndefined();
    checkAccounting(c, p);
  });
});
