// Teach mode's findings of one pair follow the pair view: an independent report's paragraphs
// that give the base's facts in their own words are one "same facts" finding each, not a
// dropped and an added paragraph (the demo story's Harbor Light Radio, backend/demo).
import { describe, expect, it } from 'vitest';
import { compare, type Pair } from '../../../../engine';
import { demoStory } from '../../../../backend/demo/demo-story';
import { factGroups } from '../../../../renderer/src/compare/correspondence';
import { groupsByBase } from '../../../../renderer/src/compare/rows';
import { pairExamples, pairFindings } from '../../../../renderer/src/teach/pair-findings';

const c = compare(
  demoStory.versions.map((v) => ({ id: v.outlet, text: v.text, published: v.published })),
  { base: 0 },
);
const radio = c.pairs.find((p) => c.versions[p.version]?.id === 'Harbor Light Radio') as Pair;

describe('teach mode findings of an independent report', () => {
  const findings = pairFindings(c, radio);
  const groups = [...new Set(groupsByBase(radio, factGroups(radio)).values())];
  const blocks = (lesson: string, side: 'base' | 'version') =>
    findings.filter((f) => f.lesson === lesson).flatMap((f) => f.blocks?.[side] ?? []);

  it('gives one same-facts finding per same-facts row of the pair view', () => {
    expect(groups.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.lesson === 'same-facts')).toHaveLength(groups.length);
    expect(blocks('same-facts', 'base').sort((a, b) => a - b)).toEqual(
      groups.flatMap((g) => g.base).sort((a, b) => a - b),
    );
  });

  it('calls none of those paragraphs dropped or added, and the rest still are', () => {
    const sameBase = new Set(blocks('same-facts', 'base'));
    const sameVersion = new Set(blocks('same-facts', 'version'));
    const dropped = blocks('paragraph-dropped', 'base');
    const added = blocks('paragraph-added', 'version');
    expect(dropped.filter((b) => sameBase.has(b))).toEqual([]);
    expect(added.filter((v) => sameVersion.has(v))).toEqual([]);
    expect(dropped.length + sameBase.size).toBe(radio.droppedBlocks.length);
    expect(added.length + sameVersion.size).toBe(radio.addedBlocks.length);
  });

  it('quotes both paragraphs of a same-facts example', () => {
    const ex = pairExamples(c, radio).get('same-facts');
    expect(ex?.base?.words.length).toBeGreaterThan(20);
    expect(ex?.version?.words.length).toBeGreaterThan(20);
  });
});
