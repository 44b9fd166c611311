// Worst-case inputs of issue 8 at sizes that took from 18 seconds to over 5 minutes (or ran
// out of memory) before, each with a generous limit (30 s): a regression to quadratic work
// fails CI. bench/worst-case.bench.ts carries the real targets (under 5 s and 1 GB each).
// Identical inputs must always come out identical, and repeated lines pair in order.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Pair } from '../../../engine/index.js';
import { SENTENCES, splitSentences } from '../../../engine/text/sentences.js';
import * as W from '../../../bench/support/worst-inputs.js';
import { checkAccounting } from './accounting.js';
import { schemaErrors } from './schema.js';

const LIMIT = 30_000;

function self(text: string): Comparison {
  return compare(
    [
      { id: 'a', text },
      { id: 'b', text },
    ],
    { base: 0 },
  );
}

function pairOf(r: Comparison): Pair {
  const p = r.pairs[0];
  if (p === undefined) throw new Error('no pair');
  return p;
}

/** Every compared block is linked verbatim to its twin, in order, and similarity is 1. */
function expectIdentical(r: Comparison): void {
  const p = pairOf(r);
  expect(p.stats.similarity).toBe(1);
  expect(p.droppedBlocks).toEqual([]);
  expect(p.addedBlocks).toEqual([]);
  expect(p.links.every((l) => l.relation === 'verbatim' && !l.moved)).toBe(true);
  expect(p.links.every((l) => l.changes.length === 0)).toBe(true);
  expect(p.links.every((l) => l.base.join() === l.version.join())).toBe(true);
}

describe('worst-case inputs finish, and identical inputs come out identical', () => {
  it('16,000 lines of "word." (40 s before)', { timeout: LIMIT }, () => {
    const r = self(W.wordLines(16000));
    expectIdentical(r);
    expect(pairOf(r).links).toHaveLength(16000);
  });

  it(
    '400 KB with no sentence punctuation (111–136 s and 1.5 GB before)',
    { timeout: LIMIT },
    () => {
      expectIdentical(self(W.unpunctuated(400_000)));
    },
  );

  it('one paragraph of 1 MB (26–32 s before)', { timeout: LIMIT }, () => {
    const r = self(W.oneParagraph(1_000_000));
    expectIdentical(r);
    expect(pairOf(r).links).toHaveLength(1);
  });

  it(
    '4,000 copies of one attributed quotation (18 s and 2.8 GB before)',
    { timeout: LIMIT },
    () => {
      const r = self(W.repeatedQuotes(4000));
      expectIdentical(r);
      expect(pairOf(r).quotes.every((q) => q.status === 'identical')).toBe(true);
    },
  );

  it('10,000 lines made only of stopwords (out of memory before)', { timeout: LIMIT }, () => {
    expectIdentical(self(W.stopwordLines(10000)));
  });
});

describe('repeated and near-identical lines pair in order', () => {
  it('identical texts of one repeated line score 1 (0.002 before)', () => {
    const r = self('The harbor will stay open.\n'.repeat(600));
    expectIdentical(r);
    pairOf(r).links.forEach((l, i) => {
      expect(l.base).toEqual([i]);
      expect(l.version).toEqual([i]);
    });
  });

  it('near-identical lines compared with themselves score 1 (0.6 at 2,000 lines before)', () => {
    expectIdentical(self(W.nearIdenticalLines(2000)));
  });

  it('a few lines inserted among repeated lines are the only additions', () => {
    const lines = Array.from({ length: 1000 }, () => 'The harbor will stay open.');
    const ver = [...lines];
    ver.splice(700, 0, 'A storm closed the pier for two days.');
    ver.splice(300, 0, 'Inspectors found silt in the channel.');
    const r = compare(
      [
        { id: 'a', text: lines.join('\n') },
        { id: 'b', text: ver.join('\n') },
      ],
      { base: 0 },
    );
    const p = pairOf(r);
    expect(p.droppedBlocks).toEqual([]);
    expect(p.addedBlocks).toEqual([300, 701]);
    expect(p.links).toHaveLength(1000);
    expect(p.links.every((l) => l.relation === 'verbatim' && !l.moved)).toBe(true);
    expect(p.stats.keptWords).toBe(p.stats.baseWords);
  });

  it('near-identical lines with one line reworded stay paired in order', () => {
    const text = W.nearIdenticalLines(3000);
    const lines = text.split('\n');
    lines[1500] = 'The harbor log was burned on Monday.';
    const r = compare(
      [
        { id: 'a', text },
        { id: 'b', text: lines.join('\n') },
      ],
      { base: 0 },
    );
    const p = pairOf(r);
    expect(p.stats.similarity).toBeGreaterThan(0.99);
    const off = p.links.filter((l) => l.base.join() !== l.version.join());
    expect(off).toEqual([]);
    expect(p.links.filter((l) => l.relation !== 'verbatim').length).toBeLessThanOrEqual(1);
  });

  it('two different files of near-identical lines link their near twins (0.55 before gap filling)', () => {
    const r = compare(
      [
        { id: 'a', text: W.nearIdenticalLines(1000, 5) },
        { id: 'b', text: W.nearIdenticalLines(1000, 6) },
      ],
      { base: 0 },
    );
    const p = pairOf(r);
    expect(p.stats.similarity).toBeGreaterThan(0.6);
    expect(p.addedBlocks.length).toBeLessThan(100);
  });

  it('is deterministic on repeated lines', () => {
    const text = W.nearIdenticalLines(500);
    const other = text.split('\n').reverse().join('\n');
    const run = () =>
      JSON.stringify(
        compare(
          [
            { id: 'a', text },
            { id: 'b', text: other },
          ],
          { base: 0 },
        ),
      );
    expect(run()).toBe(run());
  });
});

describe('long runs without sentence punctuation', () => {
  it('are cut into pseudo-sentences at line breaks or commas, covering every word', () => {
    const text = W.unpunctuated(5000);
    const spans = splitSentences(text, 0, text.length);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(SENTENCES.maxChars);
    const words = spans.flatMap((s) => text.slice(s.start, s.end).split(/\s+/));
    expect(words.join(' ')).toBe(text.split(/\s+/).join(' '));
  });

  it('leaves ordinary sentences whole', () => {
    const text = 'The council met on Tuesday, and the mayor spoke. Residents, however, left early.';
    expect(splitSentences(text, 0, text.length)).toHaveLength(2);
  });
});

describe('the coarse comparison of very large inputs', () => {
  const paras = W.storyParagraphs(1500, 3);
  const long = W.oneParagraph(5000, 4);
  const baseText = [...paras.slice(0, 20), long, ...paras.slice(20)].join('\n\n');
  const longEdited = long.replace(/\. ([A-Z][^.]*)\./, '. A storm closed the pier for two days.');
  const ver = [...paras.slice(0, 20), longEdited, ...paras.slice(20)];
  ver.splice(5, 1);
  ver.splice(12, 0, 'Inspectors found silt in the channel on Monday.');
  const coarse = compare(
    [
      { id: 'a', text: baseText },
      { id: 'b', text: ver.join('\n\n') },
    ],
    { base: 0, limits: { maxFullChars: 1000 } },
  );

  it('says it is coarse, on the comparison and on the pair', () => {
    expect(coarse.coarse?.reason).toMatch(/over the limit of 1000 for a full comparison/);
    expect(pairOf(coarse).coarse?.reason).toBe(coarse.coarse?.reason);
    expect(schemaErrors(coarse)).toBe('');
  });

  it('still accounts for every token, and finds what was dropped, added and changed', () => {
    const p = pairOf(coarse);
    checkAccounting(coarse, p);
    expect(p.droppedBlocks).toEqual([5]);
    expect(p.addedBlocks).toEqual([12]);
    const changed = p.links.filter((l) => l.relation !== 'verbatim');
    expect(changed.map((l) => l.base)).toEqual([[20]]);
    expect(changed[0]?.changes).toHaveLength(1);
    expect(p.coarse?.links).toEqual([p.links.indexOf(changed[0] as (typeof p.links)[number])]);
  });

  it('comes out identical for identical inputs (4 MB, over the default limit)', () => {
    const text = W.storyParagraphs(330_000, 8).join('\n\n');
    expect(text.length * 2).toBeGreaterThan(3_000_000);
    const r = self(text);
    expect(r.coarse).toBeDefined();
    expectIdentical(r);
  });
});
