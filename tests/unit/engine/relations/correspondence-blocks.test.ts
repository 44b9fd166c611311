// Paragraph items shared across the pairs and versions of one compare() call: the sharing
// must give exactly what each paragraph's own reading gives, and never lend one pair's
// reading of a sentence opener to a pair that reads it otherwise.
import { describe, expect, it } from 'vitest';
import {
  blockItems,
  sharedBlockItems,
} from '../../../../engine/relations/correspondence/correspondence-blocks.js';
import type { ItemContext } from '../../../../engine/relations/correspondence/correspondence-items.js';
import { prepare } from '../../../../engine/text/prepare.js';

const fold = { ignoreCase: false, foldSpelling: true };
const SAME = 'Harbor Works said the Brennan Sound farms lost 1.5 million fish in October.';

/** Two versions of one compare() call that repeat one paragraph at different offsets. */
function twoVersions() {
  const session = new Map<string, string>();
  const a = prepare({ id: 'a', text: `First line of a.\n\n${SAME}` }, fold, session);
  const b = prepare(
    { id: 'b', text: `A longer first line of b.\n\n${SAME}\n\nMore.` },
    fold,
    session,
  );
  return { a, b };
}

const ctxOf = (names: string[]): ItemContext => ({
  isName: (k) => names.includes(k),
  masked: () => false,
  memo: new Map(),
});

describe('shared paragraph items', () => {
  it('gives a repeated paragraph the items its own reading gives, once per call', () => {
    const { a, b } = twoVersions();
    const ctx = ctxOf([]);
    const fromA = sharedBlockItems(a, 1, ctx, false);
    const fromB = sharedBlockItems(b, 1, ctx, false);
    expect(fromB).toBe(fromA);
    // offsets count from the paragraph, so both versions read the same entries
    expect([...fromB]).toEqual([...blockItems(b, 1, ctx)]);
    expect(fromA.get('e:brennan')?.at).toBe(SAME.indexOf('Brennan'));
  });

  it('keeps apart the readings of a sentence opener that the pair knows as a name or not', () => {
    const { a, b } = twoVersions();
    const plain = sharedBlockItems(a, 1, ctxOf([]), false);
    const named = sharedBlockItems(b, 1, ctxOf(['harbor']), false);
    expect(named).not.toBe(plain);
    expect(plain.has('e:harbor')).toBe(false);
    expect(named.has('e:harbor')).toBe(true);
    expect([...named]).toEqual([...blockItems(b, 1, ctxOf(['harbor']))]);
  });

  it('reads a paragraph that page furniture touches afresh, with its mask', () => {
    const { a } = twoVersions();
    const start = a.blocks[1]?.start ?? 0;
    const ctx: ItemContext = { ...ctxOf([]), masked: (at) => at < start + 'Harbor Works'.length };
    const got = sharedBlockItems(a, 1, ctx, true);
    expect(got.has('e:work')).toBe(false);
    expect([...got]).toEqual([...blockItems(a, 1, ctx)]);
    const unmasked = sharedBlockItems(a, 1, ctxOf([]), false);
    expect(unmasked).not.toBe(got);
    expect(unmasked.has('e:work')).toBe(true);
  });
});
