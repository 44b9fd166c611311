// The overview's figures count what the attributions panel and the matrix call a change: a
// credit reworded only (tense, honorific, order, position) and a quote changed only in
// typography or spelling are counted apart, as minor, never as changed sources or quotes.
import { describe, expect, it } from 'vitest';
import type { AttributionEntry, Pair, QuoteEntry, QuoteStatus } from '../../../../engine';
import {
  isMinorQuote,
  isRealAttributionChange,
  pairFigures,
} from '../../../../renderer/src/compare/model';

const span = (text: string) => ({ start: 0, end: text.length, text });

const attr = (status: AttributionEntry['status'], change?: AttributionEntry['change']) => ({
  status,
  ...(change ? { change } : {}),
  base: status === 'added' ? null : span('Quist said'),
  version: status === 'dropped' ? null : span('Quist says'),
});

const quote = (status: QuoteStatus): QuoteEntry => ({
  status,
  base: status === 'added' ? null : span('We will go on'),
  version: status === 'dropped' ? null : span('We will go on'),
});

const pairWith = (attributions: AttributionEntry[], quotes: QuoteEntry[]): Pair => ({
  version: 1,
  links: [],
  droppedBlocks: [],
  addedBlocks: [],
  attributions,
  quotes,
  stats: { baseWords: 10, versionWords: 10, keptWords: 10, addedWords: 0, droppedWords: 0 },
  derivation: { label: 'wholly', score: 1 },
});

describe('pairFigures: sources changed', () => {
  it('counts added, dropped and really changed credits, not kept or wording-only ones', () => {
    const f = pairFigures(
      pairWith(
        [
          attr('kept'),
          attr('added'),
          attr('dropped'),
          attr('changed'),
          attr('changed', 'tense'),
          attr('changed', 'honorific'),
          attr('changed', 'order'),
          attr('changed', 'moved'),
        ],
        [],
      ),
    );
    expect(f.attributionChanges).toBe(3);
    expect(f.attributionMinor).toBe(4);
  });

  it('agrees with the panel’s split between changed and changed in wording only', () => {
    expect(isRealAttributionChange(attr('changed'))).toBe(true);
    expect(isRealAttributionChange(attr('changed', 'tense'))).toBe(false);
    expect(isRealAttributionChange(attr('kept'))).toBe(false);
  });
});

describe('pairFigures: quotes changed', () => {
  it('counts altered, trimmed, paraphrased, reattributed, dropped and added quotes only', () => {
    const statuses: QuoteStatus[] = [
      'identical',
      'typography',
      'spelling',
      'trimmed',
      'altered',
      'paraphrased',
      'reattributed',
      'dropped',
      'added',
    ];
    const f = pairFigures(pairWith([], statuses.map(quote)));
    expect(f.quoteChanges).toBe(6);
    expect(f.quoteMinor).toBe(2);
  });

  it('calls typography and spelling minor, and identical neither', () => {
    expect(isMinorQuote(quote('typography'))).toBe(true);
    expect(isMinorQuote(quote('spelling'))).toBe(true);
    expect(isMinorQuote(quote('identical'))).toBe(false);
    expect(isMinorQuote(quote('altered'))).toBe(false);
  });

  it('gives zero for a pair with nothing changed', () => {
    const f = pairFigures(pairWith([attr('kept')], [quote('identical')]));
    expect(f).toMatchObject({
      attributionChanges: 0,
      attributionMinor: 0,
      quoteChanges: 0,
      quoteMinor: 0,
    });
  });
});
