// The real-copy development set (bench/devset/) must stay well formed, so that a bad label
// fails CI instead of silently skewing bench/dev-eval.ts: versions with their source, truth
// phrases that occur in the texts they are said to be in, paragraph indexes in range.
import { describe, expect, it } from 'vitest';
import { baselinePairs } from '../../../bench/devset/baseline.js';
import {
  joinParagraphs,
  loadDevset,
  locate,
  type LoadedCluster,
} from '../../../bench/devset/load.js';
import { validateCluster } from '../../../bench/devset/validate.js';

const clusters = loadDevset();

describe('development set', () => {
  it('has at least 10 syndicated clusters, 3 control clusters and 25 derived pairs', () => {
    const kinds = clusters.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'syndicated').length).toBeGreaterThanOrEqual(10);
    expect(kinds.filter((k) => k === 'control').length).toBeGreaterThanOrEqual(3);
    const derived = clusters.flatMap((c) => c.pairs).filter((p) => p.derived);
    expect(derived.length).toBeGreaterThanOrEqual(25);
  });

  it.each(clusters.map((c) => [c.file, c] as const))('%s is well formed', (_file, c) => {
    expect(validateCluster(c)).toEqual([]);
  });

  it('catches a label that is not in the text and an index out of range', () => {
    const [first] = clusters;
    expect(first).toBeDefined();
    const c = structuredClone(first) as LoadedCluster;
    const pair = c.pairs.find((p) => p.derived);
    if (pair === undefined) throw new Error('no derived pair');
    pair.paragraphPairs = [...pair.paragraphPairs, [999, 0]];
    pair.attributions = { added: ['words that no version has'], dropped: [], changed: [] };
    const errors = validateCluster(c).join('\n');
    expect(errors).toMatch(/999,0 out of range/);
    expect(errors).toMatch(/words that no version has" not found/);
  });
});

describe('development-set helpers', () => {
  it('joins paragraphs with a blank line and records their offsets', () => {
    const { text, offsets } = joinParagraphs(['Head', 'Body text.']);
    expect(text).toBe('Head\n\nBody text.');
    expect(offsets.map(([s, e]) => text.slice(s, e))).toEqual(['Head', 'Body text.']);
  });

  it('locates a repeated phrase inside a unique context', () => {
    const text = 'Smith said one thing. Later Smith said another.';
    expect(locate(text, { text: 'Smith said', in: 'Later Smith said' })).toEqual([28, 38]);
    expect(locate(text, 'nowhere')).toBeNull();
  });

  it('the naive baseline pairs equal paragraphs, then leftovers by word overlap', () => {
    const base = ['Title', 'The council voted on Monday.', 'A dropped line here.'];
    const version = ['Title', 'The council voted Monday night.', 'Something new.'];
    expect(baselinePairs(base, version)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
