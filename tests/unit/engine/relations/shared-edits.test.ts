// Shared edits (issue 13) on a short story written for this test: a base and three reprints,
// two of which add the same sentence (one with a credit in front) and drop the same paragraph.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../engine/index.js';
import { schemaErrors, undocumentedFields } from '../schema.js';

const BASE = [
  'The Port Ellis harbour board voted on Tuesday to sell the disused ferry terminal to Kestrel Logistics for $4.2 million.',
  '“We could not keep paying to heat an empty building,” said Mara Oduya, who chairs the board.',
  'Fishermen had asked the board to keep the slipway open to small boats, and the deal sets aside part of the quay for them.',
  'The weather was mild and a brass band played outside the council chamber during the vote.',
];
const ADDED = 'Kestrel Logistics did not answer a request for comment on Wednesday morning.';
const text = (paras: readonly string[]) => paras.join('\n\n');
const story = compare(
  [
    { id: 'base', text: text(BASE) },
    // drops the brass band, adds the no-comment line
    { id: 'v1', text: text([...BASE.slice(0, 3), ADDED]) },
    // the same two edits, the line with a credit in front
    { id: 'v2', text: text([...BASE.slice(0, 3), `The Coastal Press said that ${ADDED}`]) },
    // another ending of its own
    { id: 'v3', text: text([...BASE, 'Tickets for the summer regatta go on sale next month.']) },
  ],
  { base: 0 },
);

describe('shared edits', () => {
  const edits = story.sharedEdits ?? [];

  it('lists the shared addition once, with both versions and where each has it', () => {
    const added = edits.filter((e) => e.kind === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]?.versions).toEqual([1, 2]);
    expect(added[0]?.text).toBe(ADDED);
    for (const s of added[0]?.spans ?? []) {
      const v = story.versions[s.version];
      expect(v?.text.slice(s.start, s.end)).toContain('did not answer a request for comment');
      expect(v?.blocks[s.block]).toMatchObject({ start: s.start, end: s.end });
    }
  });

  it('lists the shared omission once, with the base paragraph', () => {
    const dropped = edits.filter((e) => e.kind === 'dropped');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.versions).toEqual([1, 2]);
    expect(dropped[0]?.spans).toEqual([expect.objectContaining({ version: 0, block: 3 })]);
    expect(dropped[0]?.text).toBe(BASE[3]);
  });

  it('leaves out an addition only one version makes', () => {
    expect(edits.some((e) => e.text.includes('regatta'))).toBe(false);
  });

  it('is described by the schema', () => {
    expect(schemaErrors(story)).toBe('');
    expect(undocumentedFields(story)).toBe('');
  });
});
