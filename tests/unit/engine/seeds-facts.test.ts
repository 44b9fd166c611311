// Pins sources and figures side by side (issue 13, item 2) on the Top10VPN seed (read at run
// time, never copied): 000 and 001 are two outlets' own write-ups of one research report.
// Each expectation was checked by reading both texts. 000 names the U.S. government as the
// accuser ("accused by the U.S. government"; no "Commerce Department" appears in either
// text); only 001 brings in Laura Loomer ("Laura Loomer brought up"); both give "1.5 million"
// Muslims held in camps; 000 says the blacklisting was "as of October 2018", 001 "in October".
import { describe, expect, it } from 'vitest';
import { readSeed, seedsSkipReason } from '../../support/seeds.js';
import { compare, type Comparison, type Pair, type PairFact } from '../../../engine/index.js';
import { schemaErrors, undocumentedFields } from './schema.js';

const skip = seedsSkipReason() !== null;

const text = (c: Comparison, v: number, s: { start: number; end: number }) =>
  c.versions[v]?.text.slice(s.start, s.end);

describe.skipIf(skip)('seeds: sources and figures of the Top10VPN write-ups', () => {
  const c = skip
    ? null
    : compare(
        [
          { id: '000', text: readSeed('000') },
          { id: '001', text: readSeed('001') },
        ],
        { base: 0 },
      );
  const p = c?.pairs[0] as Pair;
  const facts = p?.facts ?? [];
  const fact = (value: string): PairFact | undefined => facts.find((f) => f.value === value);

  it('lists the sources shared and only in one: Migliano direct/reported, the U.S. government, Loomer', () => {
    const by = (word: string) => (p.sources ?? []).filter((s) => s.name.includes(word));
    expect(by('Migliano')).toEqual([
      expect.objectContaining({ status: 'shared', base: 'direct', version: 'reported' }),
    ]);
    expect(by('U.S')).toEqual([
      { name: 'U.S. government', status: 'base-only', base: 'reported', version: null },
    ]);
    expect(by('Loomer')).toEqual([
      { name: 'Laura Loomer', status: 'version-only', base: null, version: 'reported' },
    ]);
  });

  it('sums the sources up for the story: which version has each, and how', () => {
    const s = (c as Comparison).storySources ?? [];
    expect(s.find((x) => x.name.includes('Migliano'))?.versions).toEqual([
      { version: 0, use: 'direct' },
      { version: 1, use: 'reported' },
    ]);
    expect(s.find((x) => x.name.includes('Loomer'))?.versions).toEqual([
      { version: 1, use: 'reported' },
    ]);
  });

  it('gives 1.5 million as shared, pointing at the words in both texts', () => {
    const f = fact('1.5 million');
    expect(f).toMatchObject({ kind: 'number', status: 'shared' });
    expect(text(c as Comparison, 0, f?.base ?? { start: 0, end: 0 })).toBe('1.5 million');
    expect(text(c as Comparison, 1, f?.version ?? { start: 0, end: 0 })).toBe('1.5 million');
  });

  it('counts one name under two forms once, and tells the names only one text gives', () => {
    expect(facts.filter((f) => f.value.includes('migliano'))).toEqual([
      expect.objectContaining({ kind: 'person', status: 'shared' }),
    ]);
    expect(fact('xinjiang')?.status).toBe('shared');
    expect(fact('october 2018')).toMatchObject({ kind: 'date', status: 'shared' });
    expect(fact('laura loomer')).toMatchObject({ kind: 'person', status: 'version-only' });
    expect(fact('thursday')).toMatchObject({ kind: 'date', status: 'base-only' });
    expect(fact('godaddy')?.status).toBe('base-only');
    expect(fact('huawei')?.status).toBe('version-only');
    expect(fact('may 29')).toMatchObject({ kind: 'date', status: 'version-only' });
  });

  it('claims no changed figure: the two reports give no figure differently', () => {
    expect(facts.filter((f) => f.status === 'changed')).toEqual([]);
    expect(((c as Comparison).storyFacts ?? []).filter((f) => f.disagree)).toEqual([]);
  });

  it('points every finding at its exact words', () => {
    for (const f of facts) {
      if (f.base !== null) expect(text(c as Comparison, 0, f.base)).toBe(f.base.text);
      if (f.version !== null) expect(text(c as Comparison, 1, f.version)).toBe(f.version.text);
    }
  });

  it('validates against the schema, facts and story lists included', () => {
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });
});
