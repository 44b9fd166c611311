// The notes and corrections API through the one door (dispatch), on a real library: bad input
// gets a sentence a person can act on, nothing is written, and a good call round-trips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../backend/dispatch';
import { harborStory, tempLibrary, type TempLibrary } from './export/library';

let lib: TempLibrary;
let storyId: number;
let versionId: number;
beforeAll(async () => {
  lib = tempLibrary();
  storyId = await harborStory(lib.ctx);
  versionId = lib.ctx.library.listVersions(storyId)[0]?.id ?? 0;
});
afterAll(() => lib.close());

const send = (method: string, input: unknown) =>
  dispatch(lib.ctx, method as 'notes.create', input as never);

describe('notes and corrections through dispatch', () => {
  it('refuses bad input with a sentence, writing nothing', async () => {
    const anchor = { versionId, start: 0, end: 5 };
    const cases: [string, unknown, RegExp][] = [
      ['notes.create', { kind: 'quote', anchor, body: '   ' }, /A note cannot be empty/],
      [
        'notes.create',
        { kind: 'quote', anchor: { versionId, start: 5, end: 5 }, body: 'x' },
        /at least one character/,
      ],
      [
        'notes.create',
        { kind: 'quote', anchor: { versionId, start: 0, end: 9e6 }, body: 'x' },
        /not in this version’s text/,
      ],
      [
        'notes.create',
        { kind: 'quote', anchor: { versionId: 999, start: 0, end: 3 }, body: 'x' },
        /no version #999/,
      ],
      ['corrections.create', { kind: 'link', anchor }, /needs two paragraphs/],
      ['notes.delete', { id: 4242 }, /no longer in the library/],
    ];
    for (const [method, input, message] of cases) {
      const r = await send(method, input);
      expect(r.ok, method).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(message);
        expect(r.error.message).not.toMatch(/at .*\.ts|ZodError|\{/);
      }
    }
    expect(lib.ctx.library.notes.list(storyId)).toEqual([]);
    expect(lib.ctx.library.corrections.list(storyId)).toEqual([]);
  });

  it('writes, lists, finds and deletes a note, and says the library changed', async () => {
    const events: string[] = [];
    const off = lib.ctx.events.subscribe((name, payload) => {
      if (name === 'library:changed') events.push((payload as { reason: string }).reason);
    });
    const made = await send('notes.create', {
      kind: 'paragraph',
      anchor: { versionId, start: 0, end: 12 },
      body: 'Kraken lead',
    });
    expect(made.ok).toBe(true);
    const listed = await send('notes.list', { storyId });
    expect(listed).toMatchObject({ ok: true, value: { notes: [{ body: 'Kraken lead' }] } });
    const found = await send('search.query', { q: 'kraken' });
    expect(found).toMatchObject({
      ok: true,
      value: { hits: [], notes: [{ storyId, kind: 'paragraph' }] },
    });
    const id = made.ok ? (made.value as { id: number }).id : 0;
    expect((await send('notes.delete', { id })).ok).toBe(true);
    expect(events).toEqual(['note', 'note']);
    off();
  });
});
