// The per-story summaries behind the outlets view stay in step with the library: a slice at a
// time, every changed story (a version added or deleted, another base, a correction) summarised
// again and left out until it is, outlet renames shown at once, deleted stories gone, and the
// comparisons shared with the app through the comparison cache.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../backend/dispatch';
import { compareStory, storyComparisonKey } from '../../../../backend/export/story-comparison';
import { outletTotals } from '../../../../backend/outlets/aggregate';
import { currentRows } from '../../../../backend/outlets/handlers';
import {
  refreshAll,
  refreshOutletSummaries,
  summaryState,
} from '../../../../backend/outlets/refresh';
import { paste, tempLibrary, type TempLibrary } from '../export/library';
import { wireLibrary } from './fixtures';

let lib: TempLibrary;
let ids: number[];
beforeEach(async () => {
  lib = tempLibrary();
  ids = await wireLibrary(lib.ctx);
});
afterEach(() => lib.close());

const library = () => lib.ctx.library;
const pending = () => summaryState(library()).stale.length;
const courier = () =>
  outletTotals(currentRows(library()).rows).find((o) => o.outlet === 'Daily Courier');

describe('refreshing the outlet summaries', () => {
  it('summarises one story per call when out of time, and always advances', () => {
    expect(pending()).toBe(3);
    // A clock whose staleness check takes no time and whose budget is then gone at once: each
    // call still does one story.
    const late = (): (() => number) => {
      let calls = 0;
      return () => (calls++ < 2 ? 0 : 1e9);
    };
    expect(refreshOutletSummaries(library(), 1, late())).toEqual({ total: 3, pending: 2 });
    expect(currentRows(library()).rows.map((r) => r.storyId)).toHaveLength(2);
    expect(refreshOutletSummaries(library(), 1, late())).toEqual({ total: 3, pending: 1 });
    expect(refreshOutletSummaries(library(), 1, late())).toEqual({ total: 3, pending: 0 });
    expect(refreshOutletSummaries(library(), 1, late())).toEqual({ total: 3, pending: 0 });
  });

  it('compares for at least three times as long as its staleness check took', () => {
    // The check takes 100 ms; each later look at the clock is 50 ms on: a budget of 1 ms grows
    // to 300 ms, enough for all three stories in one call.
    let calls = 0;
    const clock = () => (calls++ === 0 ? 0 : 100 + 50 * (calls - 2));
    expect(refreshOutletSummaries(library(), 1, clock)).toEqual({ total: 3, pending: 0 });
  });

  it('stores each comparison in the cache the app reads, under the app’s key', () => {
    refreshAll(library());
    for (const id of ids) {
      const s = library().getStory(id);
      const { key } = storyComparisonKey(library().listVersions(id), s.baseVersionId);
      expect(library().getCachedComparison(key)).not.toBeNull();
    }
  });

  it('leaves a story out once a version is added, until it is summarised again', async () => {
    refreshAll(library());
    expect(courier()?.reprints).toBe(3);
    await paste(lib.ctx, ids[2] as number, 'A different text altogether about the ferry.\n', {
      outlet: 'Daily Courier',
    });
    expect(pending()).toBe(1);
    expect(courier()?.stories).toBe(2);
    refreshAll(library());
    expect(pending()).toBe(0);
    expect(courier()?.reprints).toBe(4);
  });

  it('summarises again after another base is chosen or a correction is made', async () => {
    refreshAll(library());
    const [first] = ids as [number];
    const versions = library().listVersions(first);
    const courierVersion = versions.find((v) => v.outlet === 'Daily Courier');
    library().updateStory(first, { baseVersionId: courierVersion?.id ?? null });
    expect(pending()).toBe(1);
    refreshAll(library());
    // The Courier is the base now: its trimmed ending is no longer a reprint's.
    expect(courier()?.reprints).toBe(2);
    expect(courier()?.counts.endingTrimmed).toBe(0);
  });

  it('summarises again after a correction: a dropped source corrected to kept is not counted', async () => {
    refreshAll(library());
    const times = () =>
      outletTotals(currentRows(library()).rows).find((o) => o.outlet === 'Valley Times');
    expect(times()?.counts.sourcesDropped).toBe(1);
    // The Valley Times dropped the librarian's quotation, and with it "said librarian Tom Brady".
    const sc = compareStory(library(), ids[1] as number);
    const pair = sc.comparison.pairs.find((p) => sc.versions[p.version]?.outlet === 'Valley Times');
    const dropped = pair?.attributions.find((a) => a.status === 'dropped' && a.base);
    const baseId = sc.versions[sc.comparison.base]?.id ?? 0;
    const r = await dispatch(lib.ctx, 'corrections.create', {
      kind: 'attribution-status',
      status: 'kept',
      anchor: { versionId: baseId, start: dropped?.base?.start ?? 0, end: dropped?.base?.end ?? 0 },
      otherVersionId: sc.versions[pair?.version ?? 0]?.id ?? 0,
    });
    expect(r.ok).toBe(true);
    expect(pending()).toBe(1);
    refreshAll(library());
    expect(times()?.counts.sourcesDropped).toBe(0);
  });

  it('shows an outlet renamed at once, and forgets deleted stories and versions', () => {
    refreshAll(library());
    const [first, second] = ids as [number, number];
    const v = library()
      .listVersions(first)
      .find((x) => x.outlet === 'Daily Courier');
    library().updateVersion(v?.id ?? 0, { outlet: 'Courier Weekly' });
    expect(pending()).toBe(0);
    expect(courier()?.reprints).toBe(2);
    const names = outletTotals(currentRows(library()).rows).map((o) => o.outlet);
    expect(names).toContain('Courier Weekly');
    library().deleteStory(second);
    expect(courier()?.reprints).toBe(1);
    for (const x of library()
      .listVersions(first)
      .filter((y) => y.outlet !== 'Associated Press'))
      library().deleteVersion(x.id);
    refreshOutletSummaries(library());
    expect(currentRows(library()).progress.total).toBe(1);
    expect(currentRows(library()).rows.every((r) => r.storyId === ids[2])).toBe(true);
  });
});
