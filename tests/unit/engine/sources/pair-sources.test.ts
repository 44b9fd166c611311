// The sources of a pair side by side (issue 13, item 2) on short reports written for this
// test: one quotes the harbour chair directly, the other reports her words; each has a source
// of its own, and a source that names nobody.
import { describe, expect, it } from 'vitest';
import { compare, type Pair } from '../../../../engine/index.js';
import { schemaErrors, undocumentedFields } from '../schema.js';

const A = [
  'The Port Ellis harbour board voted on Tuesday to sell the disused ferry terminal to Kestrel Logistics.',
  '“We could not keep paying to heat an empty building,” said Mara Oduya, who chairs the board.',
  'Fisherman Tom Reyes said the deal left too little of the quay for small boats.',
  'A senior council official said the sale would close in the spring.',
];
const B = [
  'Kestrel Logistics will buy Port Ellis’s empty ferry terminal after a vote this week.',
  'Board chair Mara Oduya said heating the vacant hall had become unaffordable.',
  'According to the Coastal Trust, the hall is one of the oldest buildings on the harbour.',
];
const text = (paras: readonly string[]) => paras.join('\n\n');

describe('sources of a pair', () => {
  const c = compare(
    [
      { id: 'a', text: text(A) },
      { id: 'b', text: text(B) },
    ],
    { base: 0 },
  );
  const sources = (c.pairs[0] as Pair).sources ?? [];
  const row = (name: string) => sources.find((s) => s.name.includes(name));

  it('pairs the same speaker, quoted in one and reported in the other', () => {
    expect(row('Oduya')).toMatchObject({ status: 'shared', base: 'direct', version: 'reported' });
  });

  it('lists the sources only one text has', () => {
    expect(row('Reyes')).toMatchObject({ status: 'base-only', base: 'reported', version: null });
    expect(row('Coastal Trust')).toMatchObject({
      status: 'version-only',
      base: null,
      version: 'reported',
    });
  });

  it('leaves out a source that names nobody, and lists each source once', () => {
    expect(sources.some((s) => /official/i.test(s.name))).toBe(false);
    expect(sources.filter((s) => s.name.includes('Oduya'))).toHaveLength(1);
  });

  it('is described by the schema', () => {
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });
});
