// Property tests for "nothing lost": random texts (with headlines, bylines and captions, which
// take part in the comparison like body text), random edit scripts, and the output must
// account for every token of the compared blocks of both versions exactly once and rebuild
// the version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../engine/index.js';
import { checkAccounting } from './accounting.js';
import { applyEdits, edit, render, story } from './generators.js';
import { schemaErrors } from './schema.js';

describe('reconstruction', () => {
  it('accounts for every token of both versions, for random edit scripts (1,000 cases)', () => {
    fc.assert(
      fc.property(
        story,
        fc.array(edit, { maxLength: 8 }),
        fc.array(edit, { maxLength: 8 }),
        fc.boolean(),
        (d, e1, e2, tight) => {
          const base = render(applyEdits(d, []));
          const v1 = render(applyEdits(d, e1), tight);
          const v2 = render(applyEdits(d, e2));
          const c = compare(
            [
              { id: 'base', text: base },
              { id: 'v1', text: v1 },
              { id: 'v2', text: v2 },
            ],
            { base: 0 },
          );
          for (const p of c.pairs) checkAccounting(c, p);
        },
      ),
      { numRuns: 1000 },
    );
    // about 6 s alone; the limit leaves room for a loaded machine
  }, 120_000);

  it('validates against the schema for random inputs', () => {
    fc.assert(
      fc.property(story, fc.array(edit, { maxLength: 6 }), (d, e) => {
        const c = compare([
          { id: 'a', text: render(applyEdits(d, [])) },
          { id: 'b', text: render(applyEdits(d, e)) },
        ]);
        expect(schemaErrors(c)).toBe('');
      }),
      { numRuns: 100 },
    );
  });

  it('reports typography-only edits as verbatim links with typography changes only', () => {
    fc.assert(
      fc.property(story, (d) => {
        const ps = applyEdits(d, []);
        const curly = ps.map((p) => ({ ...p, curly: true }));
        const c = compare(
          [
            { id: 'a', text: render(ps) },
            { id: 'b', text: render(curly) },
          ],
          { base: 0 },
        );
        const p = c.pairs[0];
        expect(p?.droppedBlocks).toEqual([]);
        expect(p?.addedBlocks).toEqual([]);
        for (const l of p?.links ?? []) {
          expect(l.relation).toBe('verbatim');
          for (const ch of l.changes) expect(ch.class).toBe('typography');
        }
      }),
      { numRuns: 200 },
    );
  });
});
