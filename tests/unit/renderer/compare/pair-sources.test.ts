// Sources side by side and the overview line of an independent report
// (renderer/src/compare/pair-sources.ts), on the demo's radio report and made-up sources.
import { describe, expect, it } from 'vitest';
import { compare, type Pair, type PairSource } from '../../../../engine';
import { demoStory } from '../../../../backend/demo/demo-story';
import {
  figureGroups,
  sharedSummary,
  sourceGroups,
  sourceUse,
} from '../../../../renderer/src/compare/pair-sources';

const c = compare(
  demoStory.versions.map((v) => ({ id: v.outlet, text: v.text, published: v.published })),
  { base: 0 },
);
const radio = c.pairs.find((p) => c.versions[p.version]?.id === 'Harbor Light Radio') as Pair;
const src = (
  name: string,
  status: PairSource['status'],
  base: PairSource['base'],
  version: PairSource['version'],
): PairSource => ({ name, status, base, version });

describe('sharedSummary', () => {
  it('says what the radio report shares with the gazette and what it does not', () => {
    expect(sharedSummary(radio)).toEqual([
      '5 passages report the same facts',
      'shares 2 sources (Mayor Thomas J. Reardon quoted directly in the base, reported here)',
      '2 sources only here',
      '7 only in the base',
    ]);
  });

  it('says when nothing is shared, and nothing for an older comparison', () => {
    const none: Pair = {
      ...radio,
      correspondences: [],
      sources: [src('A', 'base-only', 'direct', null)],
    };
    expect(sharedSummary(none)).toEqual([
      'no passage reports the same facts',
      'shares no source',
      '1 only in the base',
    ]);
    const { correspondences: _c, sources: _s, ...older } = radio;
    expect(sharedSummary(older as Pair)).toEqual([]);
  });
});

describe('sourceGroups and sourceUse', () => {
  it('lists shared sources first, then the base’s, then the version’s', () => {
    expect(sourceGroups(radio).map((g) => [g.status, g.sources.length])).toEqual([
      ['shared', 2],
      ['base-only', 7],
      ['version-only', 2],
    ]);
    const osei = sourceGroups(radio)[2]?.sources.map((s) => s.name);
    expect(osei).toContain('Dr. Miriam Osei');
  });

  it('says how each text uses a source', () => {
    expect(sourceUse(src('R', 'shared', 'direct', 'reported'), '000', '001')).toBe(
      'quoted directly in 000, reported in 001',
    );
    expect(sourceUse(src('M', 'shared', 'direct', 'direct'), '000', '001')).toBe(
      'quoted directly in both',
    );
    expect(sourceUse(src('L', 'version-only', null, 'credit'), '000', '001')).toBe(
      'not in 000, credited in 001',
    );
  });
});

describe('figureGroups', () => {
  it('lists figures given differently first, then one side’s, then the shared ones', () => {
    const sea = c.pairs.find((p) => c.versions[p.version]?.id === 'Seaboard Post') as Pair;
    const groups = figureGroups(sea);
    expect(groups[0]?.status).toBe('changed');
    expect(groups[0]?.facts.map((f) => [f.base?.text, f.version?.text])).toContainEqual([
      '$4.2 million',
      '$4 million',
    ]);
    expect(groups.map((g) => g.status)).toEqual(
      ['changed', 'base-only', 'version-only', 'shared'].filter((s) =>
        groups.some((g) => g.status === s),
      ),
    );
    const only = figureGroups(radio).find((g) => g.status === 'version-only');
    expect(only?.facts.map((f) => f.version?.text)).toContain('Casco Bay Marine Laboratory');
    const { facts: _f, ...older } = radio;
    expect(figureGroups(older as Pair)).toEqual([]);
  });
});
