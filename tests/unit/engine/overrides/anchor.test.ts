import { describe, expect, it } from 'vitest';
import { anchorAt, reanchor } from '../../../../engine/overrides/anchor.js';
import { placeNotes } from '../../../../engine/overrides/notes.js';
import type { Comparison } from '../../../../engine/types.js';
import { P, pairOf, text } from '../fixtures.js';

const ORIGINAL = text(P);
const WORDS = 'Board chair Elena Marsh said';
const at = (t: string, w: string): [number, number] => {
  const i = t.indexOf(w);
  if (i < 0) throw new Error(`no “${w}”`);
  return [i, i + w.length];
};
const anchor = anchorAt(ORIGINAL, 'h1', ...at(ORIGINAL, WORDS));
const found = (t: string, hash = 'h2') => {
  const r = reanchor(anchor, t, hash);
  return r ? { how: r.how, text: t.slice(r.start, r.end) } : null;
};

describe('re-anchoring a note after its text changed', () => {
  it('keeps the offsets when the content hash is the same', () => {
    expect(reanchor(anchor, ORIGINAL, 'h1')).toEqual({
      start: anchor.start,
      end: anchor.end,
      how: 'same-text',
    });
  });

  it('follows the words when text is edited before the anchor', () => {
    const edited = `BREAKING: ${ORIGINAL.replace('two-year dispute', 'long, bitter dispute')}`;
    expect(found(edited)).toEqual({ how: 'exact', text: WORDS });
  });

  it('follows the words when text after the anchor is edited or cut', () => {
    expect(found(text(P.slice(0, 2)))).toEqual({ how: 'exact', text: WORDS });
  });

  it('finds words edited around and inside the anchor approximately', () => {
    const edited = ORIGINAL.replace(WORDS, 'Board chair, Elena Marsh says');
    expect(found(edited)).toEqual({ how: 'fuzzy', text: 'Board chair, Elena Marsh says' });
  });

  it('picks the occurrence whose context matches when the words repeat', () => {
    const a = anchorAt(ORIGINAL, 'h1', ...at(ORIGINAL, 'Marsh said.'));
    const doubled = `Marsh said. Marsh said it twice.\n\n${ORIGINAL}`;
    const r = reanchor(a, doubled, 'h2');
    expect(r?.how).toBe('exact');
    expect(r?.start).toBe(doubled.lastIndexOf('Marsh said.'));
  });

  it('is detached when the anchored words are deleted, and keeps them', () => {
    const cut = text([P[0] ?? '', ...P.slice(2)]);
    expect(reanchor(anchor, cut, 'h2')).toBeNull();
    expect(anchor.text).toBe(WORDS);
    expect(anchor.before.length).toBeGreaterThan(0);
  });

  it('refuses an empty or out-of-range anchor', () => {
    expect(() => anchorAt('abc', 'h', 2, 2)).toThrow(RangeError);
    expect(() => anchorAt('abc', 'h', 1, 9)).toThrow(RangeError);
  });
});

describe('notes after the engine changes', () => {
  const edited = text(P.map((p, i) => (i === 1 ? p.replace('said', 'says') : p)));
  const { c } = pairOf(ORIGINAL, edited);
  const ids = [10, 20];
  const attr = c.pairs[0]?.attributions.find((a) => a.version?.text.includes('Marsh')) ?? null;
  const span = attr?.version ?? { start: 0, end: 1 };
  const note = {
    id: 1,
    kind: 'attribution' as const,
    anchor: { ...anchorAt(edited, 'b', span.start, span.end), versionId: 20 },
    otherVersionId: 10,
    body: 'Tense changed',
  };

  it('is attached to the attribution it was written on', () => {
    expect(attr).not.toBeNull();
    const [placed] = placeNotes(c, ids, [note]);
    expect(placed?.status).toBe('attached');
    expect(placed?.findings[0]).toMatchObject({ pair: 0, kind: 'attribution', side: 'version' });
  });

  it('finds the attribution again when a new engine moves its offsets', () => {
    // A new engine version reports the attribution with a wider span: the note follows it.
    const wider: Comparison = structuredClone(c);
    const entry = wider.pairs[0]?.attributions.find((a) => a.version?.text.includes('Marsh'));
    if (!entry?.version) throw new Error('fixture');
    entry.version.start -= 6;
    wider.engineVersion = 'next';
    const [placed] = placeNotes(wider, ids, [note]);
    expect(placed?.status).toBe('attached');
  });

  it('keeps its words as "text" when the new engine no longer reports the finding', () => {
    const none: Comparison = structuredClone(c);
    if (none.pairs[0]) none.pairs[0].attributions = [];
    const [placed] = placeNotes(none, ids, [note]);
    expect(placed).toMatchObject({ status: 'text', findings: [] });
    expect(placed?.at).toMatchObject({ start: span.start, how: 'same-text' });
  });

  it('is detached, never lost, when its version was deleted', () => {
    const [placed] = placeNotes(c, ids, [
      { ...note, anchor: { ...note.anchor, versionId: null, hash: 'gone' } },
    ]);
    expect(placed).toEqual({ id: 1, status: 'detached', findings: [] });
  });
});
