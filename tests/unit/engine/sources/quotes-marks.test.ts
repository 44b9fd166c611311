// Issue 8, quotes: mixed quotation marks close where they should, quotations that differ
// only in punctuation or marks are unchanged, changed ones are found, and many copies of
// one attributed quotation pair in near-linear time. Texts written for this file.
import { describe, expect, it } from 'vitest';
import { pairOf, text } from '../fixtures.js';

const LEAD = 'The ferry to Lindau resumed service on Monday after a two-month repair of its hull.';
const story = (quote: string) => text([LEAD, quote, 'Tickets will cost the same as last year.']);
const quotes = (a: string, b: string) =>
  pairOf(story(a), story(b)).p.quotes.map((q) => [
    q.status,
    q.base?.text ?? null,
    q.version?.text ?? null,
  ]);

describe('mixed quotation marks (failure kind 8)', () => {
  it.each([
    ['"We are glad to be back,” Ann Holt said. Then she left.', 'We are glad to be back,'],
    ['“We are glad to be back," Ann Holt said. Then she left.', 'We are glad to be back,'],
    ['"We are glad to be back,″ Ann Holt said. Then she left.', 'We are glad to be back,'],
  ])('%s', (p, inner) => {
    const [q] = pairOf(story(p), story(p)).p.quotes;
    expect(q?.base?.text).toBe(inner);
    expect(q?.base?.speaker).toBe('Ann Holt');
  });
});

describe('quotations that differ only in punctuation are unchanged', () => {
  it.each([
    ['“We are glad to be back,” Ann Holt said.', '"We are glad to be back," Ann Holt said.'],
    ['“We are glad to be back,” Ann Holt said.', '“We are glad to be back”, Ann Holt said.'],
    ['“We are back — and glad,” Ann Holt said.', '“We are back - and glad,” Ann Holt said.'],
    ['“We’re glad to be back.”', '"We\'re glad to be back."'],
  ])('%s / %s', (a, b) => {
    const [q] = quotes(a, b);
    expect(['identical', 'typography']).toContain(q?.[0]);
  });

  it('a changed word is still found', () => {
    const [q] = quotes(
      '“We are glad to be back,” Ann Holt said.',
      '“We are happy to be back,” Ann Holt said.',
    );
    expect(q?.[0]).toBe('altered');
  });

  it('a quotation over two paragraphs is one quotation', () => {
    const a = text([
      LEAD,
      '“We are glad to be back,” Ann Holt said. “The repair took long.',
      '“But the hull is sound now.”',
    ]);
    const b = text([LEAD, '“We are glad to be back,” Ann Holt said.']);
    const got = pairOf(a, b).p.quotes.map((q) => [q.status, q.base?.text ?? null]);
    expect(got).toContainEqual(['dropped', 'The repair took long.\n\n“But the hull is sound now.']);
  });
});

describe('many copies of one attributed quotation', () => {
  it('pair one to one, identical, in near-linear time', () => {
    const t = Array.from({ length: 1500 }, () => '“We will rebuild,” Mayor Ann Lee said.').join(
      '\n\n',
    );
    const { p } = pairOf(t, t);
    expect(p.quotes).toHaveLength(1500);
    expect(
      p.quotes.every((q) => q.status === 'identical' && q.base?.start === q.version?.start),
    ).toBe(true);
    expect(
      p.attributions.every((a) => a.status === 'kept' && a.base?.start === a.version?.start),
    ).toBe(true);
  }, 30_000);
});
