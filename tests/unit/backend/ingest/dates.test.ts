import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../../backend/ingest/dates';

describe('normaliseDate', () => {
  it.each([
    ['2019-11-28', '2019-11-28'],
    ['2019-11-28T10:00:00-05:00', '2019-11-28T15:00:00Z'],
    ['2019-11-28T10:00:00.123+0530', '2019-11-28T04:30:00Z'],
    ['2019-11-28T10:00:00Z', '2019-11-28T10:00:00Z'],
    ['2019-11-28 10:00', '2019-11-28T10:00:00'],
    ['Thu, 28 Nov 2019 15:00:00 GMT', '2019-11-28T15:00:00Z'],
    ['November 28, 2019', '2019-11-28'],
    ['28 November 2019 10:30', '2019-11-28T10:30:00'],
    ['1574953200', '2019-11-28T15:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'Page 2', '2019-02-30', '2019-11-28T25:00', null, undefined])(
    'rejects %s',
    (input) => {
      expect(normaliseDate(input)).toBeNull();
    },
  );
});
