// Citations: plain and Markdown forms, quotes inside quotes, missing date, outlet, title or
// URL, hostile URLs and Markdown characters in article text; and citations built from a real
// comparison carry the app's ¶ numbers and the exact text.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine';
import {
  escapeMarkdown,
  markdownCitation,
  nestQuotes,
  plainCitation,
  type Citation,
} from '../../../../renderer/src/lib/citation';
import {
  entryCitation,
  rowTargets,
  type CiteData,
} from '../../../../renderer/src/components/export/cite-findings';
import type { VersionSummary } from '../../../../renderer/src/lib/types';

const full: Citation = {
  source: {
    outlet: 'The Coast Ledger',
    title: 'Council backs cable',
    published: '2024-03-12T06:00:00Z',
    url: 'https://example.com/ledger/vote',
    number: 3,
  },
  paragraphs: '¶7',
  text: 'The vote was 7–2, Reardon said.',
};

describe('plain citations', () => {
  it('holds the text, outlet, title, date, paragraph, version and URL', () => {
    expect(plainCitation(full)).toBe(
      '“The vote was 7–2, Reardon said.” — The Coast Ledger, “Council backs cable”, 2024-03-12, ¶7 (Retold version #3). https://example.com/ledger/vote',
    );
  });

  it('turns quotes inside the quotation into single quotes, and keeps the words', () => {
    const c = { ...full, text: '“We will appeal,” said Marsh. He called it "a travesty".' };
    expect(plainCitation(c)).toMatch(
      /^“‘We will appeal,’ said Marsh\. He called it ‘a travesty’\.” — /,
    );
    expect(nestQuotes('a “b” c "d" e')).toBe('a ‘b’ c ‘d’ e');
    const titled = { ...full, source: { ...full.source, title: 'Mayor: “No deal”' } };
    expect(plainCitation(titled)).toContain('“Mayor: ‘No deal’”');
  });

  it('says "undated" and leaves out what is missing', () => {
    const bare: Citation = {
      ...full,
      source: { outlet: null, title: null, published: null, url: null, number: 1 },
    };
    expect(plainCitation(bare)).toBe(
      '“The vote was 7–2, Reardon said.” — undated, ¶7 (Retold version #1).',
    );
    const noDate = { ...full, source: { ...full.source, published: 'March 2024' } };
    expect(plainCitation(noDate)).toContain('“Council backs cable”, undated, ¶7');
  });

  it('never writes a non-web address and puts the text on one line', () => {
    const c = {
      ...full,
      text: 'one\n\ntwo',
      source: { ...full.source, url: 'javascript:alert(1)' },
    };
    expect(plainCitation(c)).toBe(
      '“one two” — The Coast Ledger, “Council backs cable”, 2024-03-12, ¶7 (Retold version #3).',
    );
  });

  it('names the finding when there is one', () => {
    expect(plainCitation({ ...full, finding: 'attribution dropped' })).toMatch(
      /\[attribution dropped\]$/,
    );
  });
});

describe('Markdown citations', () => {
  it('quotes the exact text and links the source', () => {
    const c = { ...full, text: '“We will appeal,” said Marsh.' };
    expect(markdownCitation(c)).toBe(
      '> “We will appeal,” said Marsh.\n>\n> — [The Coast Ledger, “Council backs cable”](https://example.com/ledger/vote), 2024-03-12, ¶7 (Retold version #3)',
    );
  });

  it('escapes Markdown in article text and in the link', () => {
    expect(escapeMarkdown('*bold* [x](y) <b> a_b `c`')).toBe(
      '\\*bold\\* \\[x\\](y) \\<b\\> a\\_b \\`c\\`',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    const c = {
      ...full,
      text: 'first\n\n- second',
      source: { ...full.source, outlet: '[Evil](x)', url: 'https://e.com/a (b)' },
    };
    const md = markdownCitation(c);
    expect(md).toContain('> first\n> \\- second');
    expect(md).toContain('[\\[Evil\\](x), “Council backs cable”](https://e.com/a%20%28b%29)');
  });

  it('cites without a link when there is no URL, and without a source when there is none', () => {
    const noUrl = { ...full, source: { ...full.source, url: null } };
    expect(markdownCitation(noUrl)).toContain('> — The Coast Ledger, “Council backs cable”, 2024');
    const bare = {
      ...full,
      source: { outlet: null, title: null, published: null, url: null, number: 2 },
    };
    expect(markdownCitation(bare)).toMatch(/> — undated, ¶7 \(Retold version #2\)$/);
  });
});

describe('citations of a comparison’s findings', () => {
  const base = [
    'Harbor vote passes',
    'The council approved the cable on Tuesday.',
    '“This is a good day for the harbor,” said Mayor Ann Reed.',
    '“We will appeal this decision,” said Tom Hale.',
  ].join('\n\n');
  const version = [
    'Harbor vote passes',
    'The council approved the cable on Wednesday.',
    '“This is a good day for the harbor,” said Mayor Ann Reed.',
  ].join('\n\n');
  const c = compare(
    [
      { id: 'a', text: base, published: '2024-03-12' },
      { id: 'b', text: version, published: '2024-03-13' },
    ],
    { base: 0 },
  );
  const lib = (n: number, outlet: string): VersionSummary =>
    ({
      number: n,
      outlet,
      title: 'Harbor vote',
      url: `https://ex.org/${n}`,
      published: null,
    }) as VersionSummary;
  const d: CiteData = { comparison: c, versions: [lib(1, 'Gazette'), lib(2, 'Ledger')] };
  const pair = c.pairs[0];
  if (!pair) throw new Error('no pair');

  it('cites a dropped attribution from the base, with its paragraph', () => {
    const dropped = pair.attributions.find((a) => a.status === 'dropped');
    expect(dropped).toBeDefined();
    const cite = entryCitation(d, pair, dropped!, 'attribution');
    expect(cite?.source.outlet).toBe('Gazette');
    expect(cite?.paragraphs).toBe('¶4');
    expect(base).toContain(cite?.text ?? '∅');
    expect(cite?.finding).toBe('attribution dropped');
  });

  it('cites a row’s paragraphs and its word change', () => {
    const link = pair.links.findIndex((l) => l.changes.length > 0);
    const l = pair.links[link]!;
    const targets = rowTargets(d, pair, { base: l.base, version: l.version, link }, 4);
    expect(targets[0]?.citation.text).toBe('The council approved the cable on Wednesday.');
    expect(targets[0]?.citation.paragraphs).toBe('¶2');
    expect(targets[1]?.label).toBe('Cite base ¶2');
    const change = targets.find((t) => t.citation.finding?.startsWith('word change'));
    expect(change?.citation.text).toBe('Wednesday');
    expect(change?.citation.finding).toBe('word change: “Tuesday” → “Wednesday”');
  });
});
