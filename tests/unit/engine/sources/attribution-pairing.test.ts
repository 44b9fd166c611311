// Issue 8, failure kinds 9 and 10: attributions pair by position first (linked blocks, then
// credits in the same place), and a rewording with the same source and verb is `changed`
// with a minor kind. Stories written for this file.
import { describe, expect, it } from 'vitest';
import { pairOf, text } from '../fixtures.js';
import type { Pair } from '../../../../engine/types.js';

const rows = (p: Pair) =>
  p.attributions.map((a) => [
    a.status,
    a.change ?? null,
    a.base?.text ?? null,
    a.version?.text ?? null,
  ]);

describe('pairing by position (failure kind 9)', () => {
  it('an "originally appeared" end credit is added, not paired with caption credits', () => {
    const base = text([
      'The ferry to Lindau resumed service on Monday after a two-month repair of its hull.',
      'Passengers lined up before dawn at the pier. (The Harbor Daily)',
      'The operator said the repair cost more than expected and took longer than planned.',
      'A crane lifts the ferry out of the water in March. (The Harbor Daily)',
      'Tickets will cost the same as last year, the operator added in a statement.',
    ]);
    const version = text([
      'The ferry to Lindau resumed service on Monday after a two-month repair of its hull.',
      'The operator said the repair cost more than expected and took longer than planned.',
      'Tickets will cost the same as last year, the operator added in a statement.',
      'This article originally appeared in The Harbor Daily.',
    ]);
    const r = rows(pairOf(base, version).p);
    expect(r).toContainEqual([
      'added',
      null,
      null,
      'This article originally appeared in The Harbor Daily',
    ]);
    expect(r.filter((x) => x[2] === '(The Harbor Daily)')).toEqual([
      ['dropped', null, '(The Harbor Daily)', null],
      ['dropped', null, '(The Harbor Daily)', null],
    ]);
  });

  it('an attribution pairs first with one in the linked paragraph', () => {
    const base = text([
      'The council approved the budget on Monday, Ann Holt said.',
      'The mayor will sign it this week, Ann Holt said.',
    ]);
    const version = text([
      'The mayor will sign it this week, Ann Holt says.',
      'The council approved the budget on Monday, Ann Holt said.',
    ]);
    const r = rows(pairOf(base, version).p);
    expect(r).toContainEqual(['kept', null, 'Ann Holt said', 'Ann Holt said']);
    expect(r).toContainEqual(['changed', 'tense', 'Ann Holt said', 'Ann Holt says']);
  });

  it('a dateline credit replaced by another is a changed credit', () => {
    const r = rows(
      pairOf(
        'LINDAU (AP) — The ferry resumed service on Monday after a long repair.',
        '(Harbor Wire) – The ferry resumed service on Monday after a long repair.',
      ).p,
    );
    expect(r).toContainEqual(['changed', null, '(AP)', '(Harbor Wire) –']);
  });
});

describe('minor rewordings (failure kind 10)', () => {
  const story = (attribution: string, quoteFirst = true) =>
    text([
      'The ferry to Lindau resumed service on Monday after a two-month repair of its hull.',
      quoteFirst
        ? `“We are glad to be back on the water,” ${attribution}.`
        : `${attribution}: “We are glad to be back on the water.”`,
    ]);
  it.each([
    ['said Ann Holt', 'Ann Holt says', 'order'],
    ['Ann Holt said', 'Ann Holt says', 'tense'],
    ['Holt said', 'Ms. Holt said', 'honorific'],
    // The same person named more or less fully: a middle initial dropped or added.
    ['Mayor Ann B. Holt said', 'Mayor Ann Holt said', 'name-form'],
    ['Ann Holt said', 'Ann B. Holt said', 'name-form'],
  ])('%s → %s is changed: %s', (a, b, kind) => {
    const r = rows(pairOf(story(a), story(b)).p);
    expect(r).toEqual([['changed', kind, a, b]]);
  });

  it('an attribution moved in front of its quotation is changed: moved', () => {
    const r = rows(pairOf(story('Ann Holt said'), story('Ann Holt said', false)).p);
    expect(r).toEqual([['changed', 'moved', 'Ann Holt said', 'Ann Holt said']]);
  });

  it.each([
    ['Ann Holt said', 'Ann Holt claimed'],
    ['Ann Holt said', 'Ann Holt reportedly said'],
    ['Ann Holt said', 'Ann Holt, the operator, said'],
    // Another middle initial may be another person.
    ['Ann B. Holt said', 'Ann C. Holt said'],
  ])('a real change stays plain changed: %s → %s', (a, b) => {
    const r = rows(pairOf(story(a), story(b)).p);
    expect(r).toEqual([['changed', null, a, b]]);
  });

  it('the same words stay kept', () => {
    const r = rows(pairOf(story('Ann Holt said'), story('Ann Holt said')).p);
    expect(r).toEqual([['kept', null, 'Ann Holt said', 'Ann Holt said']]);
  });
});
