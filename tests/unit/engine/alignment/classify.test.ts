import { describe, expect, it } from 'vitest';
import { changesOf, P, pairOf, text } from '../fixtures.js';

const classes = (from: string, to: string, options = {}): string[] => {
  const { c, p } = pairOf(text(P), text(P).replace(from, to), options);
  return changesOf(c, p).map((x) => x[1]);
};

describe('change classes', () => {
  it('typography: dashes, apostrophes, no-break spaces', () => {
    expect(classes('two-year', 'two–year')).toEqual(['typography']);
    expect(classes('by nearly 12%', 'by nearly\u00a012%')).toEqual([]);
  });

  it('spelling: US/UK variants, unless spelling folding is off', () => {
    expect(classes('harbor authority', 'harbour authority')).toEqual(['spelling']);
    expect(classes('harbor authority', 'harbour authority', { foldSpelling: false })).toEqual([
      'wording',
    ]);
  });

  it('spelling: British doubled l in a word the table does not list', () => {
    const { c, p } = pairOf(
      'The councilors approved the plan.\n\nThe work was labeled urgent.',
      'The councillors approved the plan.\n\nThe work was labelled urgent.',
    );
    expect(changesOf(c, p).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['spelling', 'councilors', 'councillors'],
      ['spelling', 'labeled', 'labelled'],
    ]);
  });

  it('a unit written another way around the same figure is spelling, not number', () => {
    expect(classes('nearly 12%', 'nearly 12 per cent')).toEqual(['spelling']);
    expect(classes('nearly 12%', 'nearly 12 percent')).toEqual(['spelling']);
    // The figure changed: a number, whatever the unit's spelling.
    expect(classes('nearly 12%', 'nearly 13 per cent')).toEqual(['number']);
    expect(classes('nearly 12%', 'nearly 12 percentage points')).toEqual(['number']);
    // With spelling folding off, a house-style variant is not folded either.
    expect(classes('nearly 12%', 'nearly 12 per cent', { foldSpelling: false })).not.toEqual([
      'spelling',
    ]);
  });

  it('a unit written another way, as separate words: spelling', () => {
    const { c, p } = pairOf(
      'Prices rose 6 percent in March, officials said.\n\nThe fund holds $4 billion.',
      'Prices rose 6 per cent in March, officials said.\n\nThe fund holds $4bn.',
    );
    expect(changesOf(c, p).map((x) => x[1])).toEqual(['spelling', 'spelling']);
  });

  it('number, name and wording', () => {
    expect(classes('in 1987', 'in 1978')).toEqual(['number']);
    expect(classes('Baltic Marine Works', 'Nordic Marine Works')).toEqual(['name']);
    expect(classes('welcomed the decision', 'praised the decision')).toEqual(['wording']);
  });

  it('name only when the differing words are names (function words aside)', () => {
    expect(classes('Baltic Marine Works', 'the Nordic Marine Works')).toEqual(['name']);
    expect(classes('went to Baltic Marine Works', 'went to Nordic Works')).toEqual(['name']);
  });

  it('wording when a reworded phrase merely contains a proper noun', () => {
    // The name changed, but so did the words around it: the phrase was reworded.
    expect(classes('to Baltic Marine Works, which', 'to a Gdansk shipyard, which')).toEqual([
      'wording',
    ]);
    // The same name on both sides of a rewritten clause is no name change either.
    expect(
      classes('Shipping companies welcomed', 'Shipping firms in Rotterdam warmly welcomed'),
    ).toEqual(['wording']);
  });

  it('hedge: "allegedly", "reportedly", "have been found"', () => {
    expect(classes('which underbid', 'which reportedly underbid')).toEqual(['hedge']);
    expect(
      classes('Critics on the city council called', 'Critics on the city council allegedly called'),
    ).toEqual(['hedge']);
    expect(classes('had warned', 'have been found to warn')).toEqual(['hedge']);
  });

  it('attribution: who says it', () => {
    expect(classes('Board chair Elena Marsh said', 'A port spokesman said')).toEqual([
      'attribution',
    ]);
    expect(classes('results,” Marsh said.', 'results,” Marsh told reporters.')).toEqual([
      'attribution',
    ]);
  });

  it('quote: words inside quotation marks', () => {
    expect(classes('every week', 'every month')).toEqual(['quote']);
  });
});
