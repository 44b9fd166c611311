// Pins what the engine finds on the real seed articles (read at run time, never copied).
// Washington Post story: 003 is the original; 002 a shortened republication; 004 a rewrite.
// Top10VPN story: 000 and 001 are two independent rewrites of the same report.
import { describe, expect, it } from 'vitest';
import { readSeed, seedsSkipReason } from '../../support/seeds.js';
import { compare } from '../../../engine/index.js';
import type { Comparison, Pair } from '../../../engine/types.js';
import { checkAccounting } from './accounting.js';
import { schemaErrors } from './schema.js';

const skip = seedsSkipReason() !== null;

function kindsExceptBody(c: Comparison, v: number): Record<number, string> {
  const out: Record<number, string> = {};
  c.versions[v]?.blocks.forEach((b, i) => {
    if (b.kind !== 'body') out[i] = b.kind;
  });
  return out;
}

const linksOf = (p: Pair) => p.links.map((l) => [l.base, l.version]);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe.skipIf(skip)('seeds: Washington Post story (003 base, 002, 004)', () => {
  const c = skip
    ? null
    : compare(
        ['003', '002', '004'].map((id) => ({ id, text: readSeed(id as '003') })),
        { base: 0 },
      );
  const p002 = c?.pairs[0] as Pair;
  const p004 = c?.pairs[1] as Pair;
  const text = (v: number) => c?.versions[v]?.text ?? '';

  it('is schema-valid and accounts for every body word', () => {
    expect(schemaErrors(c)).toBe('');
    for (const p of c?.pairs ?? []) checkAccounting(c as Comparison, p);
  });

  it('marks the furniture: captions in 003; title, byline, date line, ad in 002; share buttons and repeated titles in 004', () => {
    expect(kindsExceptBody(c as Comparison, 0)).toEqual({ 4: 'caption', 16: 'caption' });
    expect(kindsExceptBody(c as Comparison, 1)).toEqual({
      0: 'title',
      1: 'byline',
      2: 'dateline',
      21: 'boilerplate',
    });
    // the headline repeated twice next to the share buttons is furniture (issue 8)
    expect(kindsExceptBody(c as Comparison, 2)).toEqual({
      0: 'title',
      ...Object.fromEntries(range(1, 8).map((i) => [i, 'boilerplate'])),
    });
  });

  it('002 keeps, drops and adds these paragraphs, with the ASPI paragraph moved up and split', () => {
    expect(linksOf(p002)).toEqual([
      [[0], [4]],
      [[1], [7]],
      [[3], [5, 6]],
      [[5], [8, 9]],
      [[6], [10]],
      [[7], [11]],
      [[10], [12]],
      [[11], [13]],
      [[12], [15]],
      ...range(25, 29).map((b) => [[b], [b - 9]]),
    ]);
    expect(p002.links.filter((l) => l.moved).map((l) => l.base)).toEqual([[3]]);
    // every non-boilerplate block is judged (issue 8): 003's two photo captions are dropped,
    // and 002's own headline, byline and date line are added
    expect(p002.droppedBlocks).toEqual([
      2,
      4,
      8,
      9,
      13,
      14,
      15,
      16,
      ...range(17, 24),
      30,
      31,
      32,
      33,
    ]);
    // the rewritten intro and the "did not respond" line are new; the ad is not listed
    expect(p002.addedBlocks).toEqual([0, 1, 2, 3, 14]);
    expect(p002.derivation.label).toBe('wholly');
  });

  it('002 trims the ending: the last four paragraphs of 003 are a run of dropped blocks', () => {
    expect(p002.droppedBlocks.slice(-4)).toEqual([30, 31, 32, 33]);
    expect(p004.droppedBlocks.slice(-16)).toEqual(range(18, 33));
  });

  it('004 keeps, drops and adds these paragraphs', () => {
    expect(linksOf(p004)).toEqual([
      [[0], [9]],
      [[1], [10]],
      [[2], [11]],
      [[3], [12]],
      [[5], [13]],
      [[8], [14, 15]],
      [[12], [17]],
      [[13], [18]],
      [[14], [19]],
      [[15], [20]],
      [[17], [21]],
    ]);
    expect(p004.links.some((l) => l.moved)).toBe(false);
    expect(p004.droppedBlocks).toEqual([4, 6, 7, 9, 10, 11, 16, ...range(18, 33)]);
    expect(p004.addedBlocks).toEqual([0, 16]);
    expect(p004.derivation.label).toBe('wholly');
  });

  it('004 changes US spellings to British ones inside quotes', () => {
    const spelling = p004.links.flatMap((l) => l.changes.filter((ch) => ch.class === 'spelling'));
    const pairs = spelling.map((ch) => [
      text(0).slice(...(ch.base ?? [0, 0])),
      text(2).slice(...(ch.version ?? [0, 0])),
    ]);
    expect(pairs).toEqual([
      ['makeup', 'make-up'],
      ['behavior', 'behaviour'],
      ['organizations', 'organisations'],
      ['organizations', 'organisations'],
    ]);
    const quoted = p004.quotes
      .filter((q) => q.status === 'spelling')
      .map((q) => q.version?.text.slice(0, 20));
    expect(quoted).toEqual([
      'are engaged in deepl',
      'Douyin allows indivi',
      'This practice is com',
    ]);
    for (const ch of spelling.slice(1)) {
      const inside = p004.quotes.some(
        (q) =>
          q.version &&
          (ch.version?.[0] ?? 0) >= q.version.start &&
          (ch.version?.[1] ?? 0) <= q.version.end,
      );
      expect(inside).toBe(true);
    }
  });

  it('004 hedges the lead ("have been found") and changes the attribution style', () => {
    const lead = p004.links[0]?.changes.map((ch) => [
      ch.class,
      text(2).slice(...(ch.version ?? [0, 0])),
    ]);
    expect(lead).toContainEqual(['hedge', 'have been found']);
  });

  it('chooses 003 as the base on its own, as the version containing the others', () => {
    const auto = compare(['002', '004', '003'].map((id) => ({ id, text: readSeed(id as '003') })));
    expect(auto.base).toBe(2);
    expect(auto.baseReason).toMatch(/contains the most/);
  });
});

describe.skipIf(skip)('seeds: Top10VPN story (000 base, 001)', () => {
  const c = skip
    ? null
    : compare(
        ['000', '001'].map((id) => ({ id, text: readSeed(id as '000') })),
        { base: 0 },
      );
  const p = c?.pairs[0] as Pair;

  it('is schema-valid and accounts for every body word', () => {
    expect(schemaErrors(c)).toBe('');
    checkAccounting(c as Comparison, p);
  });

  it('marks the caption in 000 and the site furniture in 001', () => {
    expect(kindsExceptBody(c as Comparison, 0)).toEqual({ 6: 'caption', 7: 'caption' });
    expect(kindsExceptBody(c as Comparison, 1)).toEqual({
      0: 'boilerplate',
      1: 'title',
      3: 'boilerplate',
      ...Object.fromEntries(range(15, 20).map((i) => [i, 'boilerplate'])),
    });
  });

  it('finds two independent rewrites: not derived, nothing kept, every body paragraph dropped or added', () => {
    expect(p.derivation.label).toBe('none');
    expect(p.derivation.score).toBeLessThan(0.1);
    expect(p.links).toEqual([]);
    // the captions and 001's headline are judged too (issue 8)
    expect(p.droppedBlocks).toEqual(range(0, 7));
    expect(p.addedBlocks).toEqual([1, 2, ...range(4, 14)]);
  });
});
