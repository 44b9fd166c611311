// Correspondences (issue 13) on short reports written for this test: two outlets telling
// the same harbour story in their own words, a copy, and paragraphs that share too little.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Pair } from '../../../../engine/index.js';
import { findCorrespondences } from '../../../../engine/relations/correspondence/correspondence.js';
import {
  blockItems,
  midSentenceNames,
} from '../../../../engine/relations/correspondence/correspondence-blocks.js';
import { foldWord } from '../../../../engine/relations/derivation/synonyms.js';
import { prepare } from '../../../../engine/text/prepare.js';
import { schemaErrors, undocumentedFields } from '../schema.js';

const A = [
  'Harbour board votes to sell the old ferry terminal',
  'The Port Ellis harbour board voted on Tuesday to sell the disused ferry terminal to Kestrel Logistics for $4.2 million, ending a dispute that has divided the town since March 2021.',
  '“We could not keep paying to heat an empty building,” said Mara Oduya, who chairs the board.',
  'Fishermen had asked the board to keep the slipway open to small boats, and the deal sets aside 300 metres of quay for them until 2030.',
  'Kestrel Logistics plans to turn the hall into a cold store for the salmon farms along the Brennan Sound.',
  'The weather was mild and a brass band played outside the council chamber.',
];
const B = [
  'Ferry terminal goes to logistics firm',
  'Kestrel Logistics will pay $4.2 million for Port Ellis’s empty ferry terminal after the harbour board agreed the sale this week. The quarrel over the building began in March 2021.',
  'Board chair Mara Oduya told reporters that heating a vacant hall had become unaffordable.',
  'The company wants a refrigerated warehouse there, serving fish farms on the Brennan Sound.',
  'Small-boat crews keep 300 metres of quay until 2030 under the agreement.',
  'Tickets for the summer regatta go on sale next month at the library.',
];

const text = (paras: readonly string[]) => paras.join('\n\n');
const pairOf = (c: Comparison): Pair => c.pairs[0] as Pair;
const paraText = (c: Comparison, v: number, b: number): string => {
  const block = c.versions[v]?.blocks[b];
  return block ? (c.versions[v]?.text.slice(block.start, block.end) ?? '') : '';
};
/** Correspondences as [base text start, version text start]. */
const starts = (c: Comparison) =>
  (pairOf(c).correspondences ?? []).map((x) => [
    paraText(c, c.base, x.base).slice(0, 20),
    paraText(c, pairOf(c).version, x.version).slice(0, 20),
  ]);

describe('correspondences of two independent reports', () => {
  const c = compare(
    [
      { id: 'a', text: text(A) },
      { id: 'b', text: text(B) },
    ],
    { base: 0 },
  );
  const p = pairOf(c);

  it('leaves the pair not derived and its paragraphs unlinked', () => {
    expect(p.derivation.label).toBe('none');
    expect(p.links).toEqual([]);
  });

  it('pairs the paragraphs that tell the same facts, and no others', () => {
    expect(starts(c)).toEqual([
      ['The Port Ellis harbo', 'Kestrel Logistics wi'],
      ['“We could not keep p', 'Board chair Mara Odu'],
      ['Fishermen had asked ', 'Small-boat crews kee'],
    ]);
    // Not the cold-store paragraphs: "the company" is not resolved to Kestrel Logistics, so
    // they share one fact (Brennan Sound) and one word (farms), under CORRESPONDENCE's floor.
    // Nor the brass band and the regatta, which share nothing.
  });

  it('gives the shared names, figures, dates and speaker as evidence', () => {
    const [lead, quote] = p.correspondences ?? [];
    expect(lead?.evidence.entities).toEqual(
      expect.arrayContaining(['Port Ellis', 'Kestrel Logistics']),
    );
    expect(lead?.evidence.numbers).toEqual(['4.2 million', 'March', '2021']);
    expect(quote?.evidence.speakers).toEqual(['Mara Oduya']);
    for (const x of p.correspondences ?? []) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('is described by the schema', () => {
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });

  it('is deterministic', () => {
    const again = compare(
      [
        { id: 'a', text: text(A) },
        { id: 'b', text: text(B) },
      ],
      { base: 0 },
    );
    expect(pairOf(again).correspondences).toEqual(p.correspondences);
  });
});

describe('correspondences change nothing else', () => {
  it('adds none to a copy, whose paragraphs are all linked', () => {
    const copy = [...A.slice(0, 4), 'Kestrel Logistics plans to turn the hall into a cold store.'];
    const c = compare(
      [
        { id: 'a', text: text(A) },
        { id: 'b', text: text(copy) },
      ],
      { base: 0 },
    );
    expect(pairOf(c).derivation.label).not.toBe('none');
    expect(pairOf(c).correspondences).toEqual([]);
  });

  it('leaves every other field of the pair as comparePair made it', () => {
    const fold = { ignoreCase: false, foldSpelling: true };
    const keys = new Map<string, string>();
    const base = prepare({ id: 'a', text: text(A) }, fold, keys);
    const ver = prepare({ id: 'b', text: text(B) }, fold, keys);
    const c = compare([base.input, ver.input], { base: 0 });
    const { correspondences, ...rest } = pairOf(c);
    const again = findCorrespondences(base, ver, { ...rest });
    expect(again.correspondences).toEqual(correspondences);
    expect(again.limited).toBe(false);
  });
});

describe('paragraphs that share too little', () => {
  it('are not paired on one shared name or on a shared dateline', () => {
    const c = compare(
      [
        {
          id: 'a',
          text: text([
            'PORT ELLIS (Coastal Press) — Snow closed the coast road north of the town for a day.',
            'Mara Oduya said the bakery on Quay Street would reopen after repairs to its oven.',
          ]),
        },
        {
          id: 'b',
          text: text([
            'PORT ELLIS (Coastal Press) — A lorry shed its load of timber across the bridge.',
            'Children from three schools planted oak saplings beside the river, Mara Oduya said.',
          ]),
        },
      ],
      { base: 0 },
    );
    expect(pairOf(c).derivation.label).toBe('none');
    expect(pairOf(c).correspondences).toEqual([]);
  });
});

describe('paragraph items', () => {
  const fold = { ignoreCase: false, foldSpelling: true };
  const itemsOf = (t: string) => {
    const p = prepare({ id: 'x', text: t }, fold, new Map());
    const names = midSentenceNames(p);
    const ctx = { isName: (k: string) => names.has(k), masked: () => false, memo: new Map() };
    return [...blockItems(p, 0, ctx).keys()];
  };

  it('splits hyphenated words, cuts possessives and reads dates and amounts', () => {
    const keys = itemsOf(
      'Reports say Top10VPN’s list names US-blacklisted firms, as of October 2018, with 1.5 million users and 12% growth.',
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'e:top10vpn',
        'e:us',
        'w:blacklist',
        'n:october',
        'n:2018',
        'n:1.5 million',
        'n:12%',
      ]),
    );
    // "Reports" opens the sentence and is no name: it counts as a word, WordNet-folded
    expect(keys).toContain(`w:${foldWord('reports')}`);
    expect(keys).not.toContain('e:report');
  });

  it('counts a sentence opener as a name when the text uses it mid-sentence too', () => {
    const keys = itemsOf('Kestrel bought the hall. The council sold it to Kestrel in May.');
    expect(keys).toEqual(expect.arrayContaining(['e:kestrel', 'n:may']));
    expect(keys).not.toContain('e:the');
  });
});
