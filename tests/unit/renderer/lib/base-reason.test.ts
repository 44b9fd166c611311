// The overview's base reason (issue 11 item 7): human dates from the engine's data, the weak
// wording, and an older cached comparison's sentence shown as given.
import { describe, expect, it } from 'vitest';
import { baseReason } from '../../../../renderer/src/lib/base-reason';
import { formatPublished } from '../../../../renderer/src/lib/format';

describe('base reason in the overview', () => {
  it('words a date choice with a human date and the time as the outlet wrote it', () => {
    const r = baseReason(
      { baseBasis: { by: 'date', published: '2024-03-12T06:15:00-04:00' } },
      false,
    );
    expect(r.weak).toBe(false);
    expect(r.text).toMatch(/^published first, on /);
    expect(r.text).toContain('2024');
    expect(r.text).toContain('06:15');
    expect(r.text).not.toContain('2024-03-12');
    expect(r.text).not.toMatch(/[()]/);
  });

  it('keeps the calendar day of a date-only or zoned date, whatever the reader’s zone', () => {
    expect(formatPublished('2024-03-12T23:30:00-09:00')).toContain('12');
    expect(formatPublished('2024-03-12T23:30:00-09:00')).toContain('23:30');
    expect(formatPublished('2024-03-12')).not.toMatch(/:/);
    expect(formatPublished('spring 2024')).toBe('spring 2024');
  });

  it('says a containment choice on little shared text is weak', () => {
    const r = baseReason({ baseBasis: { by: 'containment', share: 0.09, weak: true } }, false);
    expect(r.weak).toBe(true);
    expect(r.text).toMatch(/^a weak choice/);
    expect(r.text).toContain('9%');
    const strong = baseReason(
      { baseBasis: { by: 'containment', share: 0.62, weak: false } },
      false,
    );
    expect(strong).toEqual({
      text: "it holds the most of the other versions' wording: 62% on average",
      weak: false,
    });
  });

  it('prefers the person’s choice, and shows an old sentence as given', () => {
    expect(baseReason({ baseBasis: { by: 'date', published: '2024-03-12' } }, true).text).toBe(
      'chosen by you',
    );
    expect(baseReason({ baseReason: 'the first version' }, false).text).toBe('the first version');
    expect(baseReason({}, false).text).toBe('chosen automatically');
    // A comparison cached by an older engine: its raw timestamp is not shown.
    const older = baseReason(
      { baseReason: 'earliest published date (2024-03-12T06:15:00-04:00)' },
      false,
      '2024-03-12T06:15:00-04:00',
    );
    expect(older.text).toMatch(/^published first, on .*06:15$/);
    expect(older.text).not.toContain('(');
  });
});
