import { describe, expect, it } from 'vitest';
import { compare, countWords, ENGINE_VERSION } from '../../../engine/index.js';
import { checkAccounting } from './accounting.js';
import { P, pairOf, text } from './fixtures.js';
import { schemaErrors, undocumentedFields } from './schema.js';

const furnished = `Harbor deal approved\n\n • Facebook\n • Twitter\n\n${text(P.slice(0, 5))}\n\nIf you like this, subscribe to The Harbor Weekly.\n\nAlready a member? Login.`;

describe('compare', () => {
  it('returns a retold.comparison/2 object valid against contract/comparison.schema.json', () => {
    const c = compare([
      { id: 'a', text: text(P), outlet: 'Harbor Weekly', published: '2021-03-01', number: 4 },
      { id: 'b', text: furnished, published: '2021-03-02' },
    ]);
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
    expect(c.format).toBe('retold.comparison/2');
    expect(c.engineVersion).toBe(ENGINE_VERSION);
    expect(c.versions[1]?.title).toBe('Harbor deal approved');
    expect(c.versions.map((v) => v.number)).toEqual([4, undefined]);
  });

  it('documents every property it emits, attributions and quotes included', () => {
    const said = (verb: string) =>
      text([
        'Harbor deal approved',
        'By Ada Moss',
        `“The vote was close,” the mayor ${verb}. The council met on Tuesday.`,
        'According to the harbor authority, the cable will land in May.',
        '© 2021 Harbor Weekly',
      ]);
    const c = compare([
      { id: 'a', text: said('said') },
      { id: 'b', text: `${said('says')}\n\nThe Coast Agency contributed to this report.` },
    ]);
    expect(c.pairs[0]?.attributions.length).toBeGreaterThan(0);
    expect(c.pairs[0]?.quotes.length).toBeGreaterThan(0);
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });

  it('a coarse comparison (a limit hit) is valid and documented too', () => {
    const c = compare(
      [
        { id: 'a', text: text(P) },
        { id: 'b', text: furnished },
      ],
      { limits: { maxFullChars: 100 } },
    );
    expect(c.coarse?.reason).toBeTruthy();
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });

  it('the schema refuses the mistakes it is there to catch', () => {
    const c = compare([
      { id: 'a', text: text(P) },
      { id: 'b', text: furnished },
    ]);
    const broken = (edit: (x: Record<string, unknown>) => void): string => {
      const copy = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
      edit(copy);
      return schemaErrors(copy);
    };
    expect(broken((x) => (x.format = 'retold.comparison/1'))).not.toBe('');
    expect(broken((x) => delete x.base)).not.toBe('');
    const pairs = (x: Record<string, unknown>) => x.pairs as Record<string, unknown>[];
    expect(broken((x) => (pairs(x)[0]!.droppedBlocks = ['5']))).not.toBe('');
    expect(broken((x) => ((pairs(x)[0]!.derivation as { label: string }).label = 'some'))).not.toBe(
      '',
    );
    expect(broken((x) => ((x.versions as { number?: number }[])[0]!.number = 0))).not.toBe('');
    expect(undocumentedFields({ ...c, extra: 1 })).toMatch(/extra/);
  });

  it('refuses a version number that is not a whole number from 1', () => {
    expect(() =>
      compare([
        { id: 'a', text: 'One.', number: 0 },
        { id: 'b', text: 'Two.' },
      ]),
    ).toThrow(TypeError);
  });

  it('never reports furniture as added content, and keeps the text as given', () => {
    const { c, p } = pairOf(text(P), furnished);
    // the version's own headline is judged (added: the base has none); the furniture is not
    expect(p.addedBlocks).toEqual([0]);
    expect(c.versions[1]?.blocks[0]?.kind).toBe('title');
    expect(p.droppedBlocks).toEqual([5, 6]);
    expect(c.versions[1]?.text).toBe(furnished);
    expect(c.versions[1]?.blocks.filter((b) => b.kind === 'boilerplate')).toHaveLength(4);
    checkAccounting(c, p);
  });

  it('is deterministic', () => {
    const run = () =>
      JSON.stringify(
        compare([
          { id: 'a', text: text(P) },
          { id: 'b', text: furnished },
        ]),
      );
    expect(run()).toBe(run());
  });

  it('computes stats from body words', () => {
    const { p } = pairOf(text(P), text(P.slice(0, 3)));
    expect(p.stats.baseWords).toBe(countWords(text(P)));
    expect(p.stats.keptWords).toBe(countWords(text(P.slice(0, 3))));
    expect(p.stats.addedWords).toBe(0);
    expect(p.stats.similarity).toBeGreaterThan(0.5);
  });

  it('ignoreCase folds case-only differences into typography', () => {
    const b = text(P).replace('The harbor authority', 'THE HARBOR AUTHORITY');
    const { p } = pairOf(text(P), b, { ignoreCase: true });
    expect(p.links[0]?.changes.map((x) => x.class)).toEqual(['typography']);
    expect(p.links[0]?.relation).toBe('verbatim');
  });
});
