import { describe, expect, it } from 'vitest';
import { compare, countWords, ENGINE_VERSION } from '../../../engine/index.js';
import { checkAccounting } from './accounting.js';
import { P, pairOf, text } from './fixtures.js';
import { schemaErrors, schemaSkipReason } from './schema.js';

const furnished = `Harbor deal approved\n\n • Facebook\n • Twitter\n\n${text(P.slice(0, 5))}\n\nIf you like this, subscribe to The Harbor Weekly.\n\nAlready a member? Login.`;

describe('compare', () => {
  it.skipIf(schemaSkipReason() !== null)(
    'returns a schema-valid retold.comparison/1 object',
    () => {
      const c = compare([
        { id: 'a', text: text(P), outlet: 'Harbor Weekly', published: '2021-03-01' },
        { id: 'b', text: furnished, published: '2021-03-02' },
      ]);
      expect(schemaErrors(c)).toBe('');
      expect(c.format).toBe('retold.comparison/1');
      expect(c.engineVersion).toBe(ENGINE_VERSION);
      expect(c.versions[1]?.title).toBe('Harbor deal approved');
    },
  );

  it('never reports furniture as added content, and keeps the text as given', () => {
    const { c, p } = pairOf(text(P), furnished);
    expect(p.addedBlocks).toEqual([]);
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
