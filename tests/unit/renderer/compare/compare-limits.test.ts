// The record of comparisons in progress that keeps a crash from repeating on every start.
import { beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

/** A fresh copy of the module: as a new page would load it, sharing the same storage. */
async function page() {
  vi.resetModules();
  return import('../../../../renderer/src/compare/compare-limits');
}

describe('unfinished comparisons', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
  });

  it('a comparison still running when the page died is reported to the next page', async () => {
    const first = await page();
    const hash = first.signatureHash('3|1:aa:null,2:bb:null');
    first.markRunning(3, hash);
    expect(first.unfinishedEarlier(3, hash)).toBe(false); // this page's own run
    const next = await page();
    expect(next.unfinishedEarlier(3, hash)).toBe(true);
    expect(next.unfinishedEarlier(3, next.signatureHash('3|1:aa:null'))).toBe(false);
    expect(next.unfinishedEarlier(4, hash)).toBe(false);
  });

  it('a comparison that ended leaves nothing behind', async () => {
    const first = await page();
    first.markRunning(3, 'h');
    first.markRunning(5, 'k');
    first.markEnded(3);
    const next = await page();
    expect(next.unfinishedEarlier(3, 'h')).toBe(false);
    expect(next.unfinishedEarlier(5, 'k')).toBe(true);
    // Comparing it again and finishing clears the earlier record too.
    next.markRunning(5, 'k');
    next.markEnded(5);
    expect((await page()).unfinishedEarlier(5, 'k')).toBe(false);
  });

  it('reads the test hook, and ignores a malformed one', async () => {
    const m = await page();
    localStorage.setItem('retold.test.slowCompare', '{"delayMs":5}');
    expect(m.slowCompareHook()).toEqual({ delayMs: 5 });
    localStorage.setItem('retold.test.slowCompare', '{oops');
    expect(m.slowCompareHook()).toEqual({});
  });
});
