import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../engine/alignment/align.js';
import { pairRewrites } from '../../../../engine/alignment/rewrites.js';
import { computeWeights, findCandidates } from '../../../../engine/alignment/similarity.js';
import { prepare, type Prepared } from '../../../../engine/text/prepare.js';
import { P, pairOf, text } from '../fixtures.js';

// P[2] rewritten by a spinner: "warned" → "cautioned", "sediment" → "mud", the factory
// reworded. Its weighted Dice with P[2] is under the candidate cutoff, but the folded wording
// and the phrasing ("had cautioned that dredging could disturb contaminated") are kept.
const SPUN =
  'Green campaigners had cautioned that dredging could disturb contaminated mud dumped by a shuttered dye works.';

const prep = (s: string, id: string): Prepared =>
  prepare({ id, text: s }, { ignoreCase: false, foldSpelling: true }, new Map());

function edgesOf(a: string, b: string, derived: boolean) {
  const base = prep(a, 'a');
  const ver = prep(b, 'b');
  const w = computeWeights(base, ver);
  const cands = findCandidates(base, ver, w, 24).candidates;
  return { cands, edges: alignSentences(cands, base, ver, w, { derived }) };
}

describe('rewrites between anchors', () => {
  const spunCopy = [...P];
  spunCopy[2] = SPUN;

  it('links a spun paragraph with synonym-swapped verbs in a derived copy', () => {
    const { p } = pairOf(text(P), text(spunCopy));
    expect(p.derivation.label).not.toBe('none');
    expect(p.links.find((l) => l.base.includes(2))?.version).toEqual([2]);
    expect(p.droppedBlocks).toEqual([]);
    expect(p.addedBlocks).toEqual([]);
  });

  it('owes that link to the rewrite step, not to the candidate search', () => {
    const strict = edgesOf(text(P), text(spunCopy), false);
    expect(strict.cands.some((c) => c.v === 2)).toBe(false);
    expect(strict.edges.some((e) => e.v === 2)).toBe(false);
    const derived = edgesOf(text(P), text(spunCopy), true);
    expect(derived.edges.filter((e) => e.v === 2).map((e) => e.b)).toEqual([2]);
  });

  it('leaves the same sentence unlinked in an independent report', () => {
    const report = [
      'Port officials voted on Monday to hire a contractor to clear the north channel, a decision shipping firms had sought for two years.',
      'The vote followed months of hearings in which residents raised questions about cost and timing.',
      SPUN,
      'A spokesman for the winning bidder did not return calls on Monday evening.',
    ];
    const { p } = pairOf(text(P), text(report));
    expect(p.derivation.label).toBe('none');
    expect(p.links).toEqual([]);
  });

  it('does not link an unrelated sentence that shares only names with its gap partner', () => {
    const copy = [...P];
    copy[2] =
      'Elena Marsh and Baltic Marine Works met on Tuesday about the north channel schedule.';
    const { edges } = edgesOf(text(P), text(copy), true);
    expect(edges.some((e) => e.v === 2 && e.b === 2)).toBe(false);
  });

  it('stays linear on a long text with no anchors at all', () => {
    const n = 4000;
    const lines = (f: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => f(i)).join('\n');
    const base = prep(
      lines((i) => `The crew checked pump ${i} and logged its pressure twice.`),
      'a',
    );
    const ver = prep(
      lines((i) => `The team inspected pump ${i} and recorded its level once.`),
      'b',
    );
    const w = computeWeights(base, ver);
    const t0 = performance.now();
    const pairs = pairRewrites([], { base, ver, w, freeB: () => true, freeV: () => true });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(pairs.length).toBeLessThanOrEqual(n);
  });
});
