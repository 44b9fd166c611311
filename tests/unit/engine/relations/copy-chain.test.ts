// The copy chain (issue 13, item 4) on short stories written for this test, where the true
// chain is known: a linear chain, a star, a pair whose direction nothing decides (and the
// date that decides it), an independent report, and generated trees that must never loop.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type VersionInput } from '../../../../engine/index.js';
import { copyTreeStory } from '../../../../bench/support/copy-tree.js';
import { schemaErrors, undocumentedFields } from '../schema.js';

const BASE = [
  'The Port Ellis harbour board voted on Tuesday to sell the disused ferry terminal to a freight company for a little over four million dollars after two years of argument.',
  'Members who backed the sale said the building had cost the town more to heat and insure each winter than it ever earned from the few boats that still used the quay.',
  'Fishermen had asked the board to keep the old slipway open to small boats, and the final deal sets aside the northern end of the quay for their use until the end of the decade.',
  'The freight company plans to tear down the waiting hall in the spring and put up a warehouse for timber and grain that it expects will bring about forty jobs to the harbour.',
  'Residents living along the shore road worried at a public meeting last month that heavy lorries would rattle through the narrow streets at all hours of the night.',
  'The board promised to ask the county for a new access road that would take the lorries around the edge of the village instead of through its centre.',
];
const ADD_X =
  'A spokesman for the freight company declined to say how many lorries a day would use the new warehouse once it opened.';
const ADD_Y =
  'Several shopkeepers on the quay said they welcomed the plan because the empty terminal had become an eyesore that kept tourists away from the harbour.';
const ADD_Z =
  'The vote was five to two, with both members from the northern ward voting against the sale because of the traffic it would bring.';
const REWORD = (p: string) =>
  p.replace('tear down the waiting hall', 'demolish the old passenger hall');

const text = (paras: readonly string[]) => paras.join('\n\n');
const run = (versions: VersionInput[]): Comparison => compare(versions, { base: 0 });
const entry = (c: Comparison, v: number) => c.copyChain?.entries.find((e) => e.version === v);

describe('copy chain', () => {
  it('follows a linear chain: base → A → C', () => {
    const a = [...BASE.slice(0, 5), ADD_X];
    const cc = [a[0], a[2], REWORD(a[3] ?? ''), a[4], a[5], ADD_Y] as string[];
    const c = run([
      { id: 'base', text: text(BASE) },
      { id: 'C', text: text(cc) },
      { id: 'A', text: text([...a.slice(0, 3), REWORD(a[3] ?? ''), ...a.slice(4)]) },
    ]);
    expect(entry(c, 2)?.source).toBe(0);
    expect(entry(c, 1)?.source).toBe(2);
    expect(['high', 'medium']).toContain(entry(c, 1)?.confidence);
    expect(entry(c, 1)?.reason).toMatch(/shares \d+ four-word sequences with it/);
    expect(schemaErrors(c)).toBe('');
    expect(undocumentedFields(c)).toBe('');
  });

  it('draws a star when every copy edits the base on its own', () => {
    // each copy keeps base wording the others changed or cut, so none can be another's source
    // (a copy that only adds at the end would not do: a later trim of the ending removes it)
    const x = [BASE[0], BASE[1], ADD_X, BASE[2], REWORD(BASE[3] ?? ''), BASE[4], BASE[5]];
    const c = run([
      { id: 'base', text: text(BASE) },
      { id: 'x', text: text(x as string[]) },
      { id: 'y', text: text([...BASE.slice(0, 4), BASE[5] ?? '', ADD_Y]) },
      { id: 'z', text: text([BASE[0] ?? '', ADD_Z, ...BASE.slice(2)]) },
    ]);
    for (const v of [1, 2, 3]) {
      expect(entry(c, v)?.source).toBe(0);
      // one reworded phrase of x is all that rules x out for y and z: clear, not decisive
      expect(['high', 'medium']).toContain(entry(c, v)?.confidence);
    }
    expect(entry(c, 1)?.confidence).toBe('high');
  });

  it('calls the direction ambiguous when two versions share an addition and nothing orders them', () => {
    const versions = [
      { id: 'base', text: text(BASE) },
      { id: 'p', text: text([...BASE, ADD_X]) },
      { id: 'q', text: text([...BASE, ADD_X, ADD_Y]) },
    ];
    const c = run(versions);
    const [p, q] = [entry(c, 1), entry(c, 2)];
    // one of them is placed under the other (to draw a tree), and both say it could be reversed
    expect([p?.source, q?.source].sort()).toEqual([0, 1]);
    expect(p?.confidence).toBe('ambiguous');
    expect(q?.confidence).toBe('ambiguous');
    expect(q?.source === 1 ? q.alternatives : p?.alternatives).toContain(0);
    // a date settles it: q came first, so p copies q
    const dated = run([
      { ...versions[0], published: '2024-03-01' } as VersionInput,
      { ...versions[1], published: '2024-03-03' } as VersionInput,
      { ...versions[2], published: '2024-03-02' } as VersionInput,
    ]);
    expect(entry(dated, 1)?.source).toBe(2);
    expect(entry(dated, 1)?.evidence.dates).toBe('before');
    expect(entry(dated, 1)?.confidence).not.toBe('ambiguous');
  });

  it('gives an independent report no source', () => {
    const c = run([
      { id: 'base', text: text(BASE) },
      { id: 'copy', text: text(BASE.slice(0, 5)) },
      {
        id: 'own',
        text: text([
          'Dock workers in Port Ellis will lose their last ferry berth when a cargo firm takes over the terminal, under a plan approved this week by local officials.',
          'Critics say the plan ignores the needs of the island communities across the bay, whose residents relied on the ferry service until it ended three summers ago.',
        ]),
      },
    ]);
    expect(c.pairs.find((p) => p.version === 2)?.derivation.label).toBe('none');
    expect(entry(c, 2)).toMatchObject({ source: null, confidence: 'high', alternatives: [] });
    expect(entry(c, 1)?.source).toBe(0);
  });

  it('never makes a cycle, and every version but the base has one entry', () => {
    for (const seed of [3, 7, 11, 19]) {
      const story = copyTreeStory(seed, { versions: 12 });
      const c = run(story.map(({ id, text: t, published }) => ({ id, text: t, published })));
      const chain = c.copyChain;
      expect(chain?.root).toBe(0);
      expect(chain?.entries.map((e) => e.version)).toEqual(story.slice(1).map((_, i) => i + 1));
      const source = new Map(chain?.entries.map((e) => [e.version, e.source]));
      for (const e of chain?.entries ?? []) {
        expect(e.alternatives).not.toContain(e.source);
        const seen = new Set<number>();
        let at: number | null | undefined = e.version;
        while (at !== null && at !== undefined && at !== 0) {
          expect(seen.has(at)).toBe(false);
          seen.add(at);
          at = source.get(at);
        }
      }
      expect(schemaErrors(c)).toBe('');
    }
  });
});
