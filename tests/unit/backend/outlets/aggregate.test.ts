// Sums by outlet on a small library built through the real import path (three wire stories,
// tests/unit/backend/outlets/fixtures.ts): the Daily Courier strips "(AP)" twice and trims one
// ending; the Valley Times (spelt two ways) drops one quotation; the CSV says the same.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  median,
  outletKey,
  outletTotals,
  outletsCsv,
  reprintsOf,
} from '../../../../backend/outlets/aggregate';
import { currentRows } from '../../../../backend/outlets/handlers';
import { refreshAll } from '../../../../backend/outlets/refresh';
import { tempLibrary, type TempLibrary } from '../export/library';
import { wireLibrary } from './fixtures';

let lib: TempLibrary;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.close());

async function totals() {
  await wireLibrary(lib.ctx);
  refreshAll(lib.ctx.library);
  const { rows } = currentRows(lib.ctx.library);
  return { rows, totals: outletTotals(rows) };
}

describe('median and outlet keys', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBe(0);
    expect(median([0.4])).toBe(0.4);
    expect(median([0.9, 0.1, 0.5])).toBe(0.5);
    expect(median([1, 0.2, 0.4, 0.8])).toBeCloseTo(0.6);
  });

  it('folds letter case and spacing, and puts no outlet under one key', () => {
    expect(outletKey(' Valley  Times ')).toBe(outletKey('valley times'));
    expect(outletKey(null)).toBe(outletKey('   '));
    expect(outletKey('Valley Times')).not.toBe(outletKey('Valley Time'));
  });
});

describe('outlet totals', () => {
  it('counts the Courier dropping the AP credit twice in three reprints', async () => {
    const { totals: t } = await totals();
    const courier = t.find((o) => o.outlet === 'Daily Courier');
    expect(courier).toMatchObject({ stories: 3, reprints: 3 });
    expect(courier?.counts.creditDropped).toBe(2);
    expect(courier?.counts.endingTrimmed).toBe(1);
    expect(courier?.counts.quotesDropped).toBe(0);
  });

  it('joins two spellings of one outlet under the commonest, and counts its dropped quote', async () => {
    const { totals: t } = await totals();
    expect(t.map((o) => o.outlet).sort()).toEqual(['Daily Courier', 'Valley Times']);
    const times = t.find((o) => o.outlet === 'Valley Times');
    expect(times).toMatchObject({ stories: 3, reprints: 3 });
    expect(times?.counts.creditDropped).toBe(0);
    expect(times?.counts.quotesDropped).toBe(1);
    expect(times?.counts.endingTrimmed).toBe(0);
    // The base (the wire) is never a reprint of itself.
    expect(t.some((o) => o.outlet === 'Associated Press')).toBe(false);
  });

  it('takes the median similarity, lower for the outlet that trims', async () => {
    const { totals: t } = await totals();
    const courier = t.find((o) => o.outlet === 'Daily Courier');
    const times = t.find((o) => o.outlet === 'Valley Times');
    expect(courier?.medianSimilarity).toBeGreaterThan(0.8);
    expect(courier?.medianSimilarity).toBeLessThanOrEqual(1);
    expect(times?.medianSimilarity).toBeGreaterThan(0.8);
  });

  it('lists the reprints behind a bar: the two stories whose credit the Courier dropped', async () => {
    const { rows } = await totals();
    const behind = reprintsOf(rows, 'daily courier', 'creditDropped');
    expect(behind.map((r) => r.storyTitle).sort()).toEqual([
      'Council approves harbour dredging',
      'Library reopens after flood repairs',
    ]);
    expect(behind.every((r) => r.version === 2 && r.baseVersion === 1)).toBe(true);
    expect(reprintsOf(rows, 'Daily Courier')).toHaveLength(3);
  });
});

describe('outlets CSV', () => {
  it('writes counts and shares per measure, one row per outlet', async () => {
    const { totals: t } = await totals();
    const csv = outletsCsv(t);
    expect(csv).toContain('\r\n');
    const [head, ...rows] = parse(csv) as string[][];
    expect(head?.slice(0, 5)).toEqual([
      'outlet',
      'stories',
      'reprints',
      'drops the agency or outlet credit (reprints)',
      'drops the agency or outlet credit (share)',
    ]);
    expect(head?.at(-1)).toBe('median similarity');
    const courier = rows.find((r) => r[0] === 'Daily Courier');
    expect(courier?.slice(1, 5)).toEqual(['3', '3', '2', '0.667']);
    expect(outletsCsv(t, { bom: true }).startsWith('\uFEFF')).toBe(true);
  });

  it('neutralises a formula-like outlet and names versions without one', () => {
    const zero = {
      creditDropped: 0,
      endingTrimmed: 0,
      quotesAltered: 0,
      quotesDropped: 0,
      sourcesAdded: 0,
      sourcesDropped: 0,
    };
    const row = (outlet: string | null) => ({
      storyId: 1,
      storyTitle: 's',
      versionId: 2,
      version: 2,
      baseVersion: 1,
      outlet,
      similarity: 0.5,
      ...zero,
    });
    const csv = outletsCsv(outletTotals([row('=HYPERLINK("x")'), row(null)]));
    const cells = (parse(csv) as string[][]).slice(1).map((r) => r[0]);
    expect(cells.sort()).toEqual(['\'=HYPERLINK("x")', '(no outlet)']);
  });
});
