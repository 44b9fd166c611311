import { describe, expect, it } from 'vitest';
import { P, pairOf, text } from '../fixtures.js';

const quotesOf = (b: string) => pairOf(text(P), b).p.quotes;

describe('quotes', () => {
  it('finds direct quotes with offsets of the words inside the marks and a speaker', () => {
    const [q] = quotesOf(text(P));
    const t = text(P);
    expect(q?.status).toBe('identical');
    expect(q?.base?.text).toBe(
      'We will monitor the city’s water every week, and we will publish the results,',
    );
    expect(t.slice(q?.base?.start, q?.base?.end)).toBe(q?.base?.text);
    expect(q?.base?.speaker).toBe('Marsh');
  });

  it.each([
    [
      'straight quotes and apostrophe',
      (t: string) => t.replace(/[“”]/g, '"').replace('city’s', "city's"),
      'typography',
    ],
    [
      'British spelling',
      (t: string) => t.replace('monitor the city’s water', 'monitor the city’s water colour'),
      'altered',
    ],
    [
      'trimmed',
      (t: string) => t.replace('every week, and we will publish the results,', 'every week,'),
      'trimmed',
    ],
    [
      'reattributed',
      (t: string) => t.replace('” Marsh said', '” Baltic Marine Works said'),
      'reattributed',
    ],
  ])('pairs a quote across versions: %s', (_name, edit, status) => {
    expect(quotesOf(edit(text(P)))[0]?.status).toBe(status);
  });

  it('reports spelling-only changes inside a quote', () => {
    const b = text(P).replace('“We will monitor', '“We will analyse and monitor');
    const a = text(P).replace('“We will monitor', '“We will analyze and monitor');
    const { p } = pairOf(a, b);
    expect(p.quotes[0]?.status).toBe('spelling');
  });

  it('lists dropped and added quotes', () => {
    const b = text([...P.slice(0, 3), ...P.slice(4), '“It is a good day,” a captain said.']);
    const q = quotesOf(b);
    expect(q.map((x) => x.status)).toEqual(['dropped', 'added']);
    expect(q[1]?.base).toBeNull();
  });
});

describe('quotes, US/UK spelling', () => {
  it.each([
    ['I’ll believe it when the check clears.', 'I’ll believe it when the cheque clears.'],
    ['The tires were bald and the curb was high.', 'The tyres were bald and the kerb was high.'],
  ])('“%s” → “%s” is spelling', (us, uk) => {
    const q = (s: string) => `“${s}” Dunmore said.`;
    const [got] = pairOf(q(us), q(uk)).p.quotes;
    expect(got?.status).toBe('spelling');
  });
});
