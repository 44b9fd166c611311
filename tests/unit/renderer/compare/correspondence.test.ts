// The pair view's "same facts, independent wording" rows (renderer/src/compare/correspondence.ts)
// on the demo's independent radio report, and the grouping rules on small made-up pairs.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Correspondence, type Pair } from '../../../../engine';
import { demoStory } from '../../../../backend/demo/demo-story';
import {
  factGroups,
  factMarks,
  groupFacts,
  groupNumbers,
  groupSummary,
} from '../../../../renderer/src/compare/correspondence';
import { summarize, counterDetail } from '../../../../renderer/src/compare/counter';
import { pairFindings } from '../../../../renderer/src/compare/findings';
import { navStops, type Filters } from '../../../../renderer/src/compare/marks';
import { pairRows } from '../../../../renderer/src/compare/rows';

const c: Comparison = compare(
  demoStory.versions.map((v) => ({ id: v.outlet, text: v.text, published: v.published })),
  { base: 0 },
);
const radio = c.pairs.find((p) => c.versions[p.version]?.id === 'Harbor Light Radio') as Pair;
const filters: Filters = {
  hidden: new Set(),
  dimMinor: true,
  changesOnly: false,
  showFurniture: false,
  sameFacts: true,
};

const k = (base: number, version: number, score: number): Correspondence => ({
  base,
  version,
  score,
  evidence: { entities: [], numbers: [], speakers: [], quotes: [], words: [] },
});
const pairWith = (correspondences: Correspondence[]): Pair => ({ ...radio, correspondences });

describe('factGroups', () => {
  it('puts the radio’s corresponding paragraphs on five rows, neighbours joined', () => {
    expect(radio.derivation.label).toBe('none');
    expect(factGroups(radio).map((g) => [g.base, g.version])).toEqual([
      [[0], [0]],
      [[1, 2], [1]], // the payment and the mayor, told in one paragraph
      [[7, 8], [2]], // Marchetti's two paragraphs
      [[10], [4]],
      [[15], [5]],
    ]);
  });

  it('takes the strongest first and gives each paragraph one row', () => {
    const gs = factGroups(pairWith([k(0, 3, 0.2), k(5, 3, 0.9), k(0, 1, 0.5)]));
    expect(gs.map((g) => [g.base, g.version])).toEqual([
      [[0], [1]],
      [[5], [3]],
    ]);
  });

  it('joins a neighbour, never a paragraph further away', () => {
    const gs = factGroups(pairWith([k(4, 2, 0.9), k(5, 2, 0.4), k(9, 2, 0.3), k(4, 3, 0.2)]));
    // base 5 joins (next to 4); base 9 does not; version 3 cannot join a row of two base paragraphs
    expect(gs.map((g) => [g.base, g.version])).toEqual([[[4, 5], [2]]]);
  });

  it('is empty for a copy and for an older comparison without correspondences', () => {
    const copy = c.pairs.find((p) => p.derivation.label === 'wholly') as Pair;
    expect(factGroups(copy)).toEqual([]);
    const { correspondences: _, ...older } = radio;
    expect(factGroups(older as Pair)).toEqual([]);
  });
});

describe('factMarks', () => {
  const text = (side: 'base' | 'version'): string[] => {
    const v = c.versions[side === 'base' ? c.base : radio.version];
    return factMarks(c, radio, side).map((m) => v?.text.slice(m.start, m.end) ?? '');
  };

  it('marks the shared names and figures in both texts, as each writes them', () => {
    for (const side of ['base', 'version'] as const) {
      const t = text(side);
      expect(t).toContain('Delia Marchetti');
      expect(t).toContain('Gull Point Neighbors Association');
      expect(t).toContain('1,100'); // the engine's "1100", found with its separator
      expect(t).toContain('4.2 million');
      expect(t).toContain('Calder Cove');
    }
    // the mayor's name is found without its middle initial in the version
    expect(text('base')).toContain('Mayor Thomas J. Reardon');
    expect(text('version')).toContain('Mayor Thomas Reardon');
  });

  it('marks only inside the rows’ paragraphs, never overlapping', () => {
    for (const side of ['base', 'version'] as const) {
      const v = c.versions[side === 'base' ? c.base : radio.version];
      const blocks = new Set(factGroups(radio).flatMap((g) => g[side]));
      const marks = factMarks(c, radio, side);
      for (const m of marks) {
        const b = v?.blocks.findIndex((x) => m.start >= x.start && m.end <= x.end) ?? -1;
        expect(blocks.has(b)).toBe(true);
        expect(m.kind).toBe('fact');
      }
      for (let i = 1; i < marks.length; i++)
        expect(marks[i]?.start ?? 0).toBeGreaterThanOrEqual(marks[i - 1]?.end ?? 0);
    }
  });
});

describe('the words of a row', () => {
  const marchetti = factGroups(radio)[2];
  it('numbers the paragraphs and says what they share, each item once', () => {
    if (!marchetti) throw new Error('no Marchetti row');
    expect(groupNumbers(c, radio, marchetti)).toBe('¶8–9 ↔ ¶3');
    expect(groupSummary(c, marchetti)).toBe(
      'shares Gull Point Neighbors Association, 1,100; same source Delia Marchetti',
    );
    // "Marchetti" (a speaker of ¶9) is inside "Delia Marchetti": listed once
    expect(groupFacts(marchetti).filter((f) => f.text.includes('Marchetti'))).toHaveLength(1);
  });
});

describe('rows, stops and the counter', () => {
  const groups = factGroups(radio);

  it('places every paragraph once, the corresponding ones side by side', () => {
    const rows = pairRows(c, radio, groups);
    const base = rows.flatMap((r) => r.base).sort((a, b) => a - b);
    const ver = rows.flatMap((r) => r.version).sort((a, b) => a - b);
    expect(base).toEqual(c.versions[c.base]?.blocks.map((_, i) => i));
    expect(ver).toEqual(c.versions[radio.version]?.blocks.map((_, i) => i));
    const same = rows.filter((r) => r.kind === 'corresponding');
    expect(same.map((r) => [r.base, r.version])).toEqual(groups.map((g) => [g.base, g.version]));
    // without groups (the chip unchecked) they are dropped and added, as before
    expect(pairRows(c, radio).some((r) => r.kind === 'corresponding')).toBe(false);
  });

  it('counts each row as one stop, and the rest as dropped and added', () => {
    const found = pairFindings(radio);
    const rows = pairRows(c, radio, groups);
    const s = summarize(navStops(c, radio, rows, filters, found), found, filters, 0);
    expect(s.corresponding).toBe(5);
    expect(s.dropped).toBe(radio.droppedBlocks.length - 7);
    expect(s.added).toBe(radio.addedBlocks.length - 5);
    expect(counterDetail(s)).toContain('5 passages with the same facts in independent wording');
    const split = pairRows(c, radio);
    const t = summarize(navStops(c, radio, split, filters, found), found, filters, 0);
    expect([t.corresponding, t.dropped, t.added]).toEqual([
      0,
      radio.droppedBlocks.length,
      radio.addedBlocks.length,
    ]);
  });
});
