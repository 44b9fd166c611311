// The guided tour and the worksheet, computed from a small invented story compared by the real
// engine (story.ts): the steps come in order of what matters most to a reader, quote the text
// exactly with the right paragraph numbers, and point the pair view at rows that exist.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../../engine';
import { pairRows } from '../../../../renderer/src/compare/rows';
import type { Quoted } from '../../../../renderer/src/teach/excerpt';
import { pairExamples } from '../../../../renderer/src/teach/pair-findings';
import { spotlightRow } from '../../../../renderer/src/teach/spotlight';
import { pairSteps, STEP_ORDER, tourSteps, TOUR } from '../../../../renderer/src/teach/tour';
import { worksheetQuestions } from '../../../../renderer/src/teach/worksheet';
import { ORIGINAL, REPRINT, storyComparison } from './story';

const c: Comparison = storyComparison();
const paragraphs = (text: string) => text.split('\n\n');

/** The quoted words are the text's own, in the paragraph the number names. */
function expectExact(q: Quoted | null, text: string): void {
  expect(q).not.toBeNull();
  const quoted = q as Quoted;
  expect(text.slice(quoted.range[0], quoted.range[1])).toBe(quoted.words);
  expect(paragraphs(text)[quoted.para - 1]).toContain(`${quoted.before}${quoted.words}`);
}

describe('the guided tour', () => {
  const steps = tourSteps(c);
  const reprint = steps.filter((s) => s.pairIndex === 0);

  it('starts with the stripped agency credit, then the only dissenting source', () => {
    expect(reprint[0]?.lesson).toBe('credit-stripped');
    expect(reprint[0]?.example?.base?.words).toBe('(Valley Press Agency)');
    expect(reprint[1]?.lesson).toBe('source-dropped');
    expect(reprint[1]?.title).toBe('This reprint removed the only dissenting source: Tom Avery');
    expect(reprint[1]?.example?.base?.para).toBe(3);
  });

  it('then the altered quote, the hedge and the number, in the order of STEP_ORDER', () => {
    const lessons = reprint.map((s) => s.lesson);
    expect(lessons).toEqual([
      'credit-stripped',
      'source-dropped',
      'quote-altered',
      'hedge',
      'number',
    ]);
    const rank = lessons.map((l) => STEP_ORDER.indexOf(l as (typeof STEP_ORDER)[number]));
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
    expect(reprint.length).toBeLessThanOrEqual(TOUR.stepsPerPair);
    const number = reprint.find((s) => s.lesson === 'number');
    expect(number?.example?.base?.words).toBe('$1.2 million');
    expect(number?.example?.version?.words).toBe('$1 million');
  });

  it('quotes every step exactly and points at a row of the pair view', () => {
    const rows = pairRows(c, c.pairs[0]!);
    for (const s of reprint) {
      const ex = s.example;
      expect(ex, s.title).not.toBeNull();
      if (ex?.base) expectExact(ex.base, ORIGINAL);
      if (ex?.version) expectExact(ex.version, REPRINT);
      const spot = {
        pairIndex: 0,
        base: ex?.base?.range ?? null,
        version: ex?.version?.range ?? null,
        n: 1,
      };
      expect(spotlightRow(c, c.pairs[0]!.version, rows, spot), s.title).toBeGreaterThanOrEqual(0);
    }
  });

  it('says that a word-for-word copy kept every word, with nothing to point at', () => {
    const copy = steps.filter((s) => s.pairIndex === 1);
    expect(copy).toHaveLength(1);
    expect(copy[0]?.lesson).toBeNull();
    expect(copy[0]?.example).toBeNull();
    expect(pairExamples(c, c.pairs[1]!).size).toBe(0);
  });

  it('gives each lesson present an example from the pair', () => {
    const ex = pairExamples(c, c.pairs[0]!);
    for (const lesson of [
      'credit-stripped',
      'source-dropped',
      'quote-altered',
      'hedge',
      'number',
      'paragraph-dropped',
    ] as const) {
      expect(ex.has(lesson), lesson).toBe(true);
    }
    expectExact(ex.get('quote-altered')?.base ?? null, ORIGINAL);
    expect(ex.get('paragraph-dropped')?.base?.para).toBe(3);
  });

  it('limits a republication to its most telling steps', () => {
    expect(pairSteps(c, 0, 2).map((s) => s.lesson)).toEqual(['credit-stripped', 'source-dropped']);
    expect(pairSteps(c, 9, 5)).toEqual([]);
  });
});

describe('the worksheet', () => {
  const qs = worksheetQuestions(c, 0, 'Valley Daily');

  it('numbers its questions and shows exact paragraphs of both versions', () => {
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs.map((q) => q.n)).toEqual(qs.map((_, i) => i + 1));
    for (const q of qs) {
      for (const e of q.base) expect(paragraphs(ORIGINAL)[e.para - 1]).toBe(e.text);
      for (const e of q.version) expect(paragraphs(REPRINT)[e.para - 1]).toBe(e.text);
      expect(q.base.length + q.version.length).toBeGreaterThan(0);
      expect(q.prompt).toMatch(/[.?]$/);
    }
  });

  it('asks about a dropped paragraph without showing a counterpart, and answers with the words', () => {
    const source = qs.find((q) => q.lesson === 'source-dropped');
    expect(source?.version).toEqual([]);
    expect(source?.prompt).toContain('no counterpart in Valley Daily');
    const quote = qs.find((q) => q.lesson === 'quote-altered');
    expect(quote?.answer).toContain('became');
    expect(quote?.answer).toContain('(¶2)');
    expect(quote?.base[0]?.para).toBe(2);
    expect(quote?.version[0]?.para).toBe(2);
  });
});
