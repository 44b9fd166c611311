// Figures and names side by side (engine/relations/facts/pair-facts.ts, fact-mentions.ts,
// story-facts.ts) on short texts written for these tests.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type PairFact } from '../../../../engine/index.js';

const BASE = [
  'Harbor Works said on Tuesday that 7 workers were hurt when a crane fell at the Port Ellis yard.',
  'The company, which runs the yard for the Port Ellis Council, said repairs would cost $2 million and take until March 2025.',
  'Mayor Ann Holt visited the yard. Holt said the council would review safety rules before the summer.',
  'The union, the Dockers Federation, asked for an inquiry into the crane’s maintenance records.',
].join('\n\n');

/** A reprint that changes the count of the hurt and the day, keeps the rest, adds a name. */
const REPRINT = [
  'Harbor Works said on Wednesday that 9 workers were hurt when a crane fell at the Port Ellis yard.',
  'The company, which runs the yard for the Port Ellis Council, said repairs would cost $2 million and take until March 2025.',
  'Mayor Ann Holt visited the yard. Holt said the council would review safety rules before the summer.',
  'The union, the Dockers Federation, asked for an inquiry into the crane’s maintenance records, its leader Omar Reyes said.',
].join('\n\n');

const facts = (c: Comparison, v = 0): PairFact[] => c.pairs[v]?.facts ?? [];
const find = (c: Comparison, value: string) => facts(c).find((f) => f.value === value);

describe('pair facts', () => {
  const c = compare(
    [
      { id: 'a', text: BASE },
      { id: 'b', text: REPRINT },
    ],
    { base: 0 },
  );

  it('pairs a changed count by its unit noun inside linked paragraphs', () => {
    const f = find(c, '7');
    expect(f).toMatchObject({ kind: 'number', status: 'changed' });
    expect(f?.base?.text).toBe('7');
    expect(f?.version?.text).toBe('9');
    expect(facts(c).some((x) => x.value === '9')).toBe(false);
  });

  it('pairs a changed weekday', () => {
    expect(find(c, 'tuesday')).toMatchObject({ kind: 'date', status: 'changed' });
    expect(find(c, 'tuesday')?.version?.text).toBe('Wednesday');
  });

  it('keeps amounts and dates both give as shared', () => {
    expect(find(c, '$2 million')).toMatchObject({ kind: 'amount', status: 'shared' });
    expect(find(c, 'march 2025')).toMatchObject({ kind: 'date', status: 'shared' });
  });

  it('counts a person named in full and by surname once, and tells organisations', () => {
    expect(facts(c).filter((f) => f.value.includes('holt'))).toEqual([
      expect.objectContaining({ kind: 'person', status: 'shared', value: 'ann holt' }),
    ]);
    expect(find(c, 'port ellis council')?.kind).toBe('organisation');
    expect(find(c, 'dockers federation')).toMatchObject({ kind: 'organisation' });
  });

  it('lists a name only the version gives as version-only, at its words', () => {
    const f = find(c, 'omar reyes');
    expect(f).toMatchObject({ status: 'version-only', base: null });
    expect(REPRINT.slice(f?.version?.start, f?.version?.end)).toBe('Omar Reyes');
  });

  it('claims no change between two figures of different units', () => {
    const a =
      'Officials said 12 ships and 40 trucks were stuck at the border near Ellis on Monday.';
    const b =
      'Officials said 15 planes and 40 trucks were stuck at the border near Ellis on Monday.';
    const x = compare(
      [
        { id: 'a', text: `${a}\n\n${BASE}` },
        { id: 'b', text: `${b}\n\n${BASE}` },
      ],
      { base: 0 },
    );
    expect(find(x, '12')?.status).toBe('base-only');
    expect(find(x, '15')?.status).toBe('version-only');
    expect(find(x, '40')?.status).toBe('shared');
  });

  it('sums the story up: the base anchors each fact, a changed value disagrees', () => {
    const third = compare(
      [
        { id: 'a', text: BASE },
        { id: 'b', text: REPRINT },
        { id: 'c', text: BASE },
      ],
      { base: 0 },
    );
    const seven = third.storyFacts?.find((f) => f.value === '7');
    expect(seven?.disagree).toBe(true);
    expect(seven?.mentions.map((m) => [m.version, m.text])).toEqual([
      [0, '7'],
      [1, '9'],
      [2, '7'],
    ]);
    const reyes = third.storyFacts?.find((f) => f.value === 'omar reyes');
    expect(reyes?.mentions.map((m) => m.version)).toEqual([1]);
    expect(reyes?.disagree).toBe(false);
  });
});
