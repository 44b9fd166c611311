// Pins shared edits (issue 13) on the Washington Post seed (read at run time, never copied):
// 002 and 004 both add "ByteDance did not respond to request for comment…", which the
// original, 003, does not have.
import { describe, expect, it } from 'vitest';
import { readSeed, seedsSkipReason } from '../../support/seeds.js';
import { compare } from '../../../engine/index.js';

const skip = seedsSkipReason() !== null;

describe.skipIf(skip)('seeds: shared edits of the Washington Post story', () => {
  const c = skip
    ? null
    : compare(
        (['003', '002', '004'] as const).map((id) => ({ id, text: readSeed(id) })),
        { base: 0 },
      );

  it('reports the ByteDance no-comment line as one addition of 002 and 004', () => {
    const hits = (c?.sharedEdits ?? []).filter(
      (e) => e.kind === 'added' && e.text.includes('ByteDance did not respond'),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.versions).toEqual([1, 2]);
    const texts = hits[0]?.spans.map((s) => c?.versions[s.version]?.text.slice(s.start, s.end));
    expect(texts?.[0]).toMatch(/^ByteDance did not respond/);
    expect(texts?.[1]).toMatch(/^A NDTV report said that ByteDance did not respond/);
  });

  it('reports only paragraphs both reprints add as shared additions', () => {
    for (const e of c?.sharedEdits ?? []) {
      if (e.kind !== 'added') continue;
      for (const s of e.spans) {
        const pair = c?.pairs.find((p) => p.version === s.version);
        expect(pair?.addedBlocks).toContain(s.block);
      }
    }
  });
});
