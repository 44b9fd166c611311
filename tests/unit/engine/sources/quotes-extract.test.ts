// Quotation rules on sentences written for this file: the four kinds of marks, apostrophes
// that must not open or close a quotation, titles that are not quotations, a quotation over
// several paragraphs, and the speaker of each quotation.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import { prepare } from '../../../../engine/text/prepare.js';
import { extractQuotes } from '../../../../engine/sources/quotes-extract.js';

/**
 * The quotations of a text of paragraphs, as [words inside the marks, speaker]. A headline
 * goes first, so the block classifier does not take a lone paragraph for the title.
 */
function quotes(...paras: string[]): Array<[string, string | null | undefined]> {
  const p = prepare(
    { id: 'q', text: ['Ferry service to end', ...paras].join('\n\n') },
    { ignoreCase: false, foldSpelling: false },
    new Map(),
  );
  const atts = findAttributions(p.input.text, p.blocks);
  return extractQuotes(p, atts).map((q) => {
    expect(p.input.text.slice(q.start, q.end)).toBe(q.text);
    return [q.text, q.speaker];
  });
}

const texts = (...paras: string[]): string[] => quotes(...paras).map(([t]) => t);

describe('quotation marks', () => {
  it('curly double quotes “…”', () => {
    expect(quotes('“The ferry will run all winter,” Nadia Osei said.')).toEqual([
      ['The ferry will run all winter,', 'Nadia Osei'],
    ]);
  });

  it('straight double quotes "…"', () => {
    expect(quotes('"The ferry will run all winter," Nadia Osei said.')).toEqual([
      ['The ferry will run all winter,', 'Nadia Osei'],
    ]);
  });

  it('curly single quotes ‘…’', () => {
    expect(quotes('‘The ferry will run all winter,’ Nadia Osei said.')).toEqual([
      ['The ferry will run all winter,', 'Nadia Osei'],
    ]);
  });

  it("straight single quotes '…'", () => {
    expect(quotes("'The ferry will run all winter,' Nadia Osei said.")).toEqual([
      ['The ferry will run all winter,', 'Nadia Osei'],
    ]);
  });

  it('a quotation inside a quotation belongs to the outer one', () => {
    expect(texts('“They told us ‘not this year’ again,” Osei said.')).toEqual([
      'They told us ‘not this year’ again,',
    ]);
  });
});

describe('apostrophes are not quotation marks', () => {
  it.each([
    "The council's vote on the ferry was close.",
    'The council’s vote on the ferry was close.',
    'Ferries of the ’90s were slower.',
    "Ferries of the '90s were slower.",
    "The band played rock 'n' roll on the deck.",
    'The band played rock ’n’ roll on the deck.',
    "The Smiths' house overlooks the pier.",
    'The Smiths’ house overlooks the pier, and the Joneses’ boat is moored below.',
    "Don't expect the ferry before noon, the captain's mate warned.",
  ])('no quotation in "%s"', (p) => {
    expect(quotes(p)).toEqual([]);
  });

  it('an apostrophe inside a quotation does not end it', () => {
    expect(texts("'The council's vote was wrong,' Osei said.")).toEqual([
      "The council's vote was wrong,",
    ]);
    expect(texts('“We won’t stop the ’90s ferries,” Osei said.')).toEqual([
      'We won’t stop the ’90s ferries,',
    ]);
  });

  it('a possessive plural before a real quotation leaves it whole', () => {
    expect(texts('The Smiths’ neighbour said: ‘We never heard a thing.’')).toEqual([
      'We never heard a thing.',
    ]);
  });
});

describe('titles are not quotations', () => {
  it.each([
    'She wrote the book “The Long Crossing Home” in 2019.',
    'The documentary "Ferries of the North Sea" aired last year.',
    'Osei starred in the film ‘Harbour Lights Forever’ as a child.',
  ])('no quotation in "%s"', (p) => {
    expect(quotes(p)).toEqual([]);
  });

  it('a quotation after a title cue that is not title case is still a quotation', () => {
    expect(texts('In her book she wrote: “the sea does not care about timetables.”')).toEqual([
      'the sea does not care about timetables.',
    ]);
  });
});

describe('quotations over several paragraphs', () => {
  it('repeats the opening mark at each paragraph start and closes only at the end', () => {
    const got = quotes(
      '“We have run this ferry for forty years,” Nadia Osei said. “Nobody warned us about the cuts.',
      '“The letter arrived on a Friday, after the office had closed.',
      '“We will keep sailing until the last day.”',
      'The ministry did not reply.',
    );
    expect(got.map(([t]) => t)).toEqual([
      'We have run this ferry for forty years,',
      'Nobody warned us about the cuts.\n\n“The letter arrived on a Friday, after the office had closed.\n\n“We will keep sailing until the last day.',
    ]);
    expect(got.map(([, s]) => s)).toEqual(['Nadia Osei', 'Nadia Osei']);
  });

  it('a paragraph left open with no continuation ends at its paragraph', () => {
    expect(texts('Osei said: “We will keep sailing.', 'The ministry did not reply.')).toEqual([
      'We will keep sailing.',
    ]);
  });
});

describe('speakers', () => {
  it('attaches a speaker to each quotation', () => {
    expect(
      quotes(
        '“The timetable is final,” said Nadia Osei, the ferry company’s director.',
        'Tom Reyes, a commuter, said: “I will drive instead.”',
        'According to Osei, “the ferry lost money every winter.”',
        '“It is a scandal,” he said.',
      ),
    ).toEqual([
      ['The timetable is final,', 'Nadia Osei'],
      ['I will drive instead.', 'Tom Reyes'],
      ['the ferry lost money every winter.', 'Osei'],
      ['It is a scandal,', 'Tom Reyes'],
    ]);
  });

  it('a quotation with nobody credited has no speaker', () => {
    expect(quotes('The sign on the pier read “No sailings today.”')).toEqual([
      ['No sailings today.', null],
    ]);
  });
});

describe('issue 13: quoted terms in the writer’s own sentence', () => {
  it('gives a quoted term no speaker from an earlier sentence, but a quotation that opens its sentence keeps it', () => {
    expect(
      quotes(
        'The yard was accused by the harbor board of cutting corners. Some of its cranes were even given “temporary” licences.',
      ),
    ).toEqual([['temporary', null]]);
    expect(quotes('“We will reopen,” said Mara Vell. “The cranes are safe.”')).toEqual([
      ['We will reopen,', 'Mara Vell'],
      ['The cranes are safe.', 'Mara Vell'],
    ]);
  });
});
