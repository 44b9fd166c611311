// The copy-chain tree of the overview (issue 13, item 4): the engine's claims laid out as a
// tree rooted at the base, and their evidence in words. The story is written for this test;
// the claims are mostly set by hand here so every shape the view must draw is covered, and
// once as the engine makes them.
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type CopyChainEntry } from '../../../../engine';
import {
  chainEvidence,
  chainOrder,
  chainParents,
  chainTree,
  claimWords,
  clip,
  namedReason,
  type VersionLabel,
} from '../../../../renderer/src/compare/copy-chain';

const BASE = [
  'The Alder Creek water board voted on Thursday to raise rates by nine percent from July.',
  'Board chair Imelda Roos said the increase would pay for a new filter at the Hollin Road plant.',
];
const ADD_B = 'Residents can comment on the increase at a hearing in the library on June 3.';
const ADD_C = 'The board last raised its rates in 2019, by four percent, after a dry summer.';
const text = (paras: readonly string[]) => paras.join('\n\n');

/** base, B (adds a sentence), C (B's sentence and one more), D (B's sentence). */
const plain = compare(
  [
    { id: 'base', text: text(BASE) },
    { id: 'b', text: text([...BASE, ADD_B]) },
    { id: 'c', text: text([...BASE, ADD_B, ADD_C]) },
    { id: 'd', text: text([...BASE, ADD_B]) },
  ],
  { base: 0 },
);

const sharedB = (plain.sharedEdits ?? []).findIndex((e) => e.text.startsWith('Residents can'));
if (sharedB < 0) throw new Error('B and C (and D) share their addition: the test story needs it');

const entry = (e: Partial<CopyChainEntry> & Pick<CopyChainEntry, 'version'>): CopyChainEntry => ({
  source: 0,
  confidence: 'high',
  score: 0.9,
  alternatives: [],
  evidence: { sharedEdits: [], containment: 1, baseContainment: 1, dates: 'before' },
  reason: 'copies the base',
  ...e,
});

/** The comparison with a copy chain: B from the base, C from B, D ambiguous between B and C. */
function withChain(entries: CopyChainEntry[], c: Comparison = plain): Comparison {
  return { ...c, copyChain: { root: c.base, entries } };
}

const CHAIN = [
  entry({ version: 1 }),
  entry({
    version: 2,
    source: 1,
    evidence: { sharedEdits: [sharedB], containment: 1, baseContainment: 0.7, dates: 'before' },
    reason: 'copies B: shares 1 addition with it that the base lacks',
  }),
  entry({
    version: 3,
    source: 1,
    confidence: 'ambiguous',
    score: 0.5,
    alternatives: [2],
    evidence: { sharedEdits: [sharedB], containment: 1, baseContainment: 0.85, dates: 'unknown' },
    reason: 'copies B or C: both share its addition',
  }),
];

const LABELS: VersionLabel[] = [
  { name: '#1 Base', published: 'Mar 1, 2024' },
  { name: '#2 B', published: 'Mar 2, 2024' },
  { name: '#3 C', published: null },
  { name: '#4 D', published: null },
];
const label = (v: number): VersionLabel => LABELS[v] ?? { name: '?', published: null };
const name = (v: number): string => label(v).name;

describe('the copy-chain tree', () => {
  it('puts the base at the root and each version under its source', () => {
    const tree = chainTree(withChain(CHAIN));
    expect(tree?.root.version).toBe(0);
    expect(tree?.root.children.map((n) => n.version)).toEqual([1]);
    expect(tree?.root.children[0]?.children.map((n) => n.version)).toEqual([2, 3]);
    expect(tree?.independent).toEqual([]);
    expect(tree?.unplaced).toEqual([]);
  });

  it('walks depth first, and knows each version’s parent', () => {
    const tree = chainTree(withChain(CHAIN));
    if (!tree) throw new Error('no tree');
    expect(chainOrder(tree).map((n) => n.version)).toEqual([0, 1, 2, 3]);
    expect([...chainParents(tree)]).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
  });

  it('lists a version that copies none of the others apart, as an independent report', () => {
    const tree = chainTree(withChain([...CHAIN.slice(0, 2), entry({ version: 3, source: null })]));
    expect(tree?.independent.map((n) => n.version)).toEqual([3]);
    expect(chainOrder(tree ?? fail()).map((n) => n.version)).toEqual([0, 1, 2, 3]);
  });

  it('never trusts a cycle or a source that is no version: those are unplaced, not lost', () => {
    const tree = chainTree(
      withChain([
        entry({ version: 1 }),
        entry({ version: 2, source: 3 }),
        entry({ version: 3, source: 2 }),
      ]),
    );
    expect(tree?.root.children.map((n) => n.version)).toEqual([1]);
    expect(tree?.unplaced.map((n) => n.version)).toEqual([2, 3]);
    const stray = chainTree(withChain([...CHAIN.slice(0, 2), entry({ version: 3, source: 9 })]));
    expect(stray?.unplaced.map((n) => n.version)).toEqual([3]);
  });

  it('is absent without a copy chain (older results, coarse comparisons)', () => {
    const { copyChain: _, ...older } = plain;
    expect(chainTree(older)).toBeNull();
  });

  it('draws the engine’s own chain: C under B under the base', () => {
    const dated = compare(
      [
        { id: 'base', text: text(BASE), published: '2024-05-01' },
        { id: 'b', text: text([...BASE, ADD_B]), published: '2024-05-02' },
        { id: 'c', text: text([...BASE, ADD_B, ADD_C]), published: '2024-05-03' },
      ],
      { base: 0 },
    );
    const tree = chainTree(dated);
    expect(tree?.root.children.map((n) => n.version)).toEqual([1]);
    expect(tree?.root.children[0]?.children.map((n) => n.version)).toEqual([2]);
    const c = tree?.root.children[0]?.children[0]?.entry;
    const names = ['the Courier', 'the News', 'the Record'];
    const ev = chainEvidence(dated, c ?? fail(), (v) => ({
      name: names[v] ?? '?',
      published: null,
    }));
    expect(ev.edits.map((e) => e.text)).toEqual([`added “${ADD_B}”`]);
    expect(ev.reason).toContain('copies the News');
    expect(ev.reason).not.toMatch(/#\d/);
  });

  it('is absent for a story of two versions: one possible source says nothing', () => {
    const two = compare(
      [
        { id: 'base', text: text(BASE) },
        { id: 'b', text: text([...BASE, ADD_B]) },
      ],
      { base: 0 },
    );
    expect(chainTree(withChain([entry({ version: 1 })], two))).toBeNull();
  });
});

describe('the claims in words', () => {
  it('writes the confidence in words, and an ambiguous source as a question', () => {
    expect(claimWords(CHAIN[0] ?? fail(), name)).toBe('high confidence');
    expect(claimWords(entry({ version: 1, confidence: 'low' }), name)).toBe('low confidence');
    expect(claimWords(CHAIN[2] ?? fail(), name)).toBe('ambiguous: #2 B or #3 C?');
    expect(claimWords(entry({ version: 3, source: null }), name)).toMatch(/^independent report/);
  });

  it('explains low confidence as weak evidence or evidence that also points elsewhere', () => {
    const low = entry({ version: 3, source: 1, confidence: 'low', alternatives: [2] });
    const ev = chainEvidence(withChain(CHAIN), low, label);
    expect(ev.confidence).toBe('low confidence');
    expect(ev.confidenceHelp).toMatch(/^only weak signals/);
    expect(ev.confidenceHelp).toContain('points elsewhere');
    expect(ev.confidenceHelp).toContain('shares an addition with another version');
    expect(ev.confidenceHelp).toContain('a version that is missing from this story');
  });

  it('gives the evidence: reason, shared edits with where they are, wording and dates', () => {
    const c = withChain(CHAIN);
    const ev = chainEvidence(c, CHAIN[1] ?? fail(), label);
    expect(ev.reason).toBe('copies B: shares 1 addition with it that the base lacks');
    expect(ev.confidence).toBe('high confidence');
    expect(ev.fromBase).toBe(false);
    expect(ev.edits).toHaveLength(1);
    const [edit] = ev.edits;
    expect(edit?.text).toBe(`added “${ADD_B}”`);
    // C's pair, at C's own added paragraph (its third block)
    expect(edit?.pairIndex).toBe(c.pairs.findIndex((p) => p.version === 2));
    expect(edit?.at).toEqual({ version: 2 });
    expect(ev.containment).toBe('100% of its 4-word phrases are in #2 B, 70% in the base.');
    expect(ev.dates).toBe('#2 B was published first (Mar 2, 2024; this version no date).');
  });

  it('lists the alternatives of an ambiguous claim, and says when dates do not tell', () => {
    const ev = chainEvidence(withChain(CHAIN), CHAIN[2] ?? fail(), label);
    expect(ev.candidates).toEqual([1, 2]);
    expect(ev.confidence).toBe('ambiguous');
    expect(ev.dates).toBe('The dates do not tell (Mar 2, 2024; this version no date).');
    const undated = entry({ version: 3, source: 2, confidence: 'ambiguous', alternatives: [1] });
    expect(chainEvidence(withChain(CHAIN), undated, label).dates).toBe(
      'Neither gives a publication date, so the dates do not tell.',
    );
  });

  it('says when a later source argues against the claim', () => {
    const late = entry({
      version: 1,
      evidence: { sharedEdits: [], containment: 0.9, baseContainment: 0.9, dates: 'after' },
    });
    const ev = chainEvidence(withChain(CHAIN), late, label);
    expect(ev.fromBase).toBe(true);
    expect(ev.containment).toBe('90% of its 4-word phrases are in the base.');
    expect(ev.dates).toContain('published later');
    expect(ev.dates).toContain('argues against');
  });

  it('points a shared omission at the base paragraph it drops', () => {
    const dropped = compare(
      [
        { id: 'base', text: text([...BASE, ADD_C]) },
        { id: 'b', text: text(BASE) },
        { id: 'c', text: text(BASE) },
      ],
      { base: 0 },
    );
    const k = (dropped.sharedEdits ?? []).findIndex((e) => e.kind === 'dropped');
    expect(k).toBeGreaterThanOrEqual(0);
    const e = entry({
      version: 2,
      source: 1,
      evidence: { sharedEdits: [k], containment: 1, baseContainment: 1, dates: 'before' },
    });
    const ev = chainEvidence(withChain([entry({ version: 1 }), e], dropped), e, label);
    expect(ev.edits[0]?.kind).toBe('dropped');
    expect(ev.edits[0]?.at).toEqual({ base: 2 });
  });

  it('names the versions of the engine’s reason as the overview does', () => {
    // "#n" is a version's citable number (the library's, once withVersionNumbers set them)
    const named = (v: number) => `[${v}]`;
    const four = { versions: [1, 2, 3, 4].map(() => ({ id: 'x', text: '', blocks: [] })) };
    expect(
      namedReason('copies #2: shares 3 additions; #1 (the base) lacks them', four, named),
    ).toBe('copies [1]: shares 3 additions; [0] (the base) lacks them');
    expect(namedReason('see #9', four, named)).toBe('see #9');
    const numbered = {
      versions: [7, 3, 12].map((number) => ({ id: 'x', text: '', blocks: [], number })),
    };
    expect(namedReason('copies #12, not #7 (the base)', numbered, named)).toBe(
      'copies [2], not [0] (the base)',
    );
    const ev = chainEvidence(
      withChain(CHAIN),
      { ...(CHAIN[1] ?? fail()), reason: 'copies #2' },
      label,
    );
    expect(ev.reason).toBe('copies #2 B');
  });

  it('clips long texts at a word', () => {
    expect(clip('short')).toBe('short');
    expect(clip('one two three four five', 12)).toBe('one two…');
  });
});

function fail(): never {
  throw new Error('missing test data');
}
