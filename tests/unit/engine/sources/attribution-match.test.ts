// The candidate cap of attribution pairing (attribution-match.ts) must be honest: a pairing
// that is not flagged coarse is exactly the pairing without a cap. Attributions here share
// a few source names and cue words, so index keys hold far more entries than the cap.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MATCH,
  matchAttributions,
  type MatchSpec,
} from '../../../../engine/sources/attribution-match.js';
import type { FoundAttribution } from '../../../../engine/sources/found.js';

const NAMES = ['Ann', 'Lee', 'Keller', 'Ode'];
const WORDS = ['vote', 'harbour', 'cable', 'rushed', 'council', 'fee'];

const attribution = fc
  .record({
    source: fc.constantFrom(...NAMES),
    cue: fc.constantFrom('said', 'says', 'told'),
    block: fc.nat(6),
    context: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 3 }),
  })
  .map((a): FoundAttribution => ({
    start: 0,
    end: 0,
    text: `${a.source} ${a.cue}`,
    source: a.source,
    cue: a.cue,
    kind: 'speech',
    rule: 'X said (name first)',
    block: a.block,
    context: new Set(a.context),
  }));

/** A spec in the shape of attributions.ts: keys by source, cue and content word. */
function specOf(links: ReadonlyArray<[number, number]>): MatchSpec {
  const linkedBlocks = (b: FoundAttribution) =>
    links.filter(([x]) => x === b.block).map(([, y]) => y);
  return {
    keys: (a) => [`src|${a.source}`, `cue|${a.cue}`, ...[...a.context].map((w) => `ctx|${w}`)],
    exact: (a) => `${a.text}|${[...a.context].join(' ')}`,
    score: (b, v) => {
      const common = [...b.context].filter((w) => v.context.has(w)).length;
      if (b.source === v.source) return (b.cue === v.cue ? 2 : 1) + common / 4;
      return common >= 2 ? common / 4 : -1;
    },
    linked: (b, v) => links.some(([x, y]) => x === b.block && y === v.block),
    linkedBlocks,
  };
}

describe('attribution pairing under the candidate cap', () => {
  const cap = MATCH.cap;
  afterEach(() => {
    MATCH.cap = cap;
  });

  it('is flagged coarse, or equals the uncapped pairing', () => {
    let proven = 0;
    fc.assert(
      fc.property(
        fc.array(attribution, { maxLength: 40 }),
        fc.array(attribution, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 6 }),
        fc.constantFrom(1, 2, 4),
        (base, ver, links, small) => {
          const spec = specOf(links);
          MATCH.cap = 1e9;
          const full = matchAttributions(base, ver, spec);
          MATCH.cap = small;
          const capped = matchAttributions(base, ver, spec);
          expect(full.coarse).toBe(false);
          if (capped.coarse) return;
          proven += 1;
          expect([...capped.pairs].sort()).toEqual([...full.pairs].sort());
        },
      ),
      { numRuns: 400, seed: 8 },
    );
    // The proof must succeed often, or the test would pass by flagging everything.
    expect(proven).toBeGreaterThan(100);
  });
});
