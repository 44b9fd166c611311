import { describe, expect, it } from 'vitest';
import { anchorAt } from '../../../../engine/overrides/anchor.js';
import { applyCorrections, type Correction } from '../../../../engine/overrides/apply.js';
import { compare } from '../../../../engine/index.js';
import type { Comparison } from '../../../../engine/types.js';
import { P, pairOf, text } from '../fixtures.js';

const BASE = text(P);
// The version keeps Marsh's attribution, drops the critics' paragraph and adds a credit line.
const VER = text([...P.slice(0, 6), 'Reporting by Ann Holt; editing by Tom Reed.']);
const { c } = pairOf(BASE, VER);
const IDS = [10, 20];

const span = (t: string, w: string): [number, number] => {
  const i = t.indexOf(w);
  if (i < 0) throw new Error(`no “${w}”`);
  return [i, i + w.length];
};
const anchor = (side: 'base' | 'version', w: string) => {
  const t = side === 'base' ? BASE : VER;
  return { ...anchorAt(t, side, ...span(t, w)), versionId: side === 'base' ? 10 : 20 };
};
const correction = (k: Partial<Correction> & Pick<Correction, 'kind' | 'anchor'>): Correction => ({
  id: 1,
  status: null,
  other: null,
  otherVersionId: k.anchor.versionId === 10 ? 20 : 10,
  ...k,
});
const marsh = (x: Comparison) =>
  x.pairs[0]?.attributions.filter((a) => (a.version ?? a.base)?.text.includes('Marsh said')) ?? [];

describe('corrections applied to a comparison', () => {
  it('the fixture has a kept attribution by Marsh', () => {
    expect(marsh(c).map((a) => a.status)).toContain('kept');
  });

  it('turns a wrong “kept” into “added”, keeping the engine’s entry as `was`', () => {
    const k = correction({
      kind: 'attribution-status',
      status: 'added',
      anchor: anchor('version', 'Marsh said'),
    });
    const out = applyCorrections(c, IDS, [k]);
    const [o] = out.outcomes;
    expect(o).toMatchObject({ status: 'applied', pair: 0, was: { status: 'kept' } });
    expect(o?.entry).toMatchObject({ status: 'added', base: null });
    expect(out.comparison.pairs[0]?.attributions).toContain(o?.entry);
    // The input is untouched: the cache keeps the engine's output.
    expect(marsh(c).map((a) => a.status)).toContain('kept');
  });

  it('removes a finding marked “not an attribution”', () => {
    const before = c.pairs[0]?.attributions.length ?? 0;
    const k = correction({ kind: 'not-attribution', anchor: anchor('version', 'Marsh said') });
    const out = applyCorrections(c, IDS, [k]);
    expect(out.outcomes[0]?.was?.version?.text).toContain('Marsh said');
    expect(out.comparison.pairs[0]?.attributions.length).toBe(before - 1);
  });

  it('adds a missed attribution from selected text', () => {
    const k = correction({
      kind: 'add-attribution',
      anchor: anchor('version', 'Reporting by Ann Holt'),
    });
    const out = applyCorrections(c, IDS, [k]);
    expect(out.outcomes[0]?.entry).toMatchObject({
      status: 'added',
      kind: 'other',
      base: null,
      version: { text: 'Reporting by Ann Holt' },
    });
  });

  it('links an added paragraph to a dropped one, and unlinks it again', () => {
    const pair = c.pairs[0];
    const dropped = pair?.droppedBlocks[0];
    const added = pair?.addedBlocks[0];
    expect(dropped).toBeDefined();
    expect(added).toBeDefined();
    const k = correction({
      kind: 'link',
      anchor: anchor('base', 'Critics on the city council'),
      other: anchor('version', 'Reporting by Ann Holt'),
    });
    const linked = applyCorrections(c, IDS, [k]);
    const lp = linked.comparison.pairs[0];
    expect(lp?.links).toContainEqual(
      expect.objectContaining({ base: [dropped], version: [added], relation: 'reworded' }),
    );
    expect(lp?.droppedBlocks).not.toContain(dropped);
    expect(lp?.addedBlocks).not.toContain(added);
    const undo = applyCorrections(c, IDS, [k, { ...k, id: 2, kind: 'unlink' }]);
    expect(undo.comparison.pairs[0]?.droppedBlocks).toContain(dropped);
    expect(undo.comparison.pairs[0]?.links.length).toBe(pair?.links.length);
  });

  it('unlinks two paragraphs the engine linked', () => {
    const k = correction({
      kind: 'unlink',
      anchor: anchor('base', 'The contract went'),
      other: anchor('version', 'The contract went'),
    });
    const out = applyCorrections(c, IDS, [k]);
    expect(out.outcomes[0]?.status).toBe('applied');
    expect(out.comparison.pairs[0]?.links.length).toBe((c.pairs[0]?.links.length ?? 0) - 1);
  });

  it('survives recomputation: the same correction applies to a fresh comparison with the other base', () => {
    const swapped = pairOf(VER, BASE).c; // version 0 is now VER (library id 20)
    const k = correction({
      kind: 'attribution-status',
      status: 'dropped',
      anchor: anchor('version', 'Marsh said'),
    });
    const out = applyCorrections(swapped, [20, 10], [k]);
    expect(out.outcomes[0]).toMatchObject({ status: 'applied', entry: { status: 'dropped' } });
  });

  it('is detached, changing nothing, when its words are gone', () => {
    const k = correction({
      kind: 'not-attribution',
      anchor: { ...anchor('version', 'Marsh said'), text: 'Nobody at all said', hash: 'x' },
    });
    const out = applyCorrections(c, IDS, [k]);
    expect(out.outcomes[0]?.status).toBe('detached');
    expect(out.comparison.pairs[0]?.attributions).toEqual(c.pairs[0]?.attributions);
  });
});

describe('a correction whose pair is not compared', () => {
  it('waits (inactive) when another base is chosen, and applies again when it is back', () => {
    // A third version becomes the base: the pair (10, 20) the correction was made on is gone.
    const three = compare(
      [
        { id: 'base', text: BASE },
        { id: 'version', text: VER },
        { id: 'third', text: text(P.slice(0, 3)) },
      ],
      { base: 2 },
    );
    const k = correction({ kind: 'not-attribution', anchor: anchor('version', 'Marsh said') });
    expect(applyCorrections(three, [10, 20, 30], [k]).outcomes[0]?.status).toBe('inactive');
    const back = compare(
      three.versions.map((v) => ({ id: v.id, text: v.text })),
      { base: 0 },
    );
    expect(applyCorrections(back, [10, 20, 30], [k]).outcomes[0]?.status).toBe('applied');
  });
});
