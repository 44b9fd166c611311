// The pages of the story list the sidebar holds (hooks/useStoryPages.ts says why it is paged).
// Plain bookkeeping with no React and no fetching, so it is tested on its own: which pages the
// rows on screen need, which are being fetched, and what a change in the library drops.
import type { StorySort } from './story-sort';
import type { StorySummary } from './types';

interface Page {
  rows: StorySummary[];
  /** Shown until its reload arrives, after a change in the library. */
  stale: boolean;
}

/** The story list's pages, for one order at a time. */
export class StoryPageCache {
  /** Bumped by every reset or change: an answer to an older request is dropped. */
  generation = 0;
  private readonly pages = new Map<number, Page>();
  private readonly loading = new Set<number>();
  private view: [number, number] = [0, 1];
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(
    public sort: StorySort,
    readonly pageSize: number,
  ) {}

  /** Subscribes to held rows changing (for useSyncExternalStore); returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever the held rows do. */
  readonly snapshot = (): number => this.revision;

  private notify(): void {
    this.revision++;
    for (const l of this.listeners) l();
  }

  /** The page numbers that rows [start, end) fall in. */
  pagesOf(start: number, end: number): number[] {
    const first = Math.floor(start / this.pageSize);
    const last = Math.floor(Math.max(start, end - 1) / this.pageSize);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  /** Rows [start, end) are on screen: the pages to fetch (missing or stale, not yet asked). */
  show(start: number, end: number): number[] {
    this.view = [start, end];
    return this.pagesOf(start, end).filter((p) => this.pages.get(p)?.stale !== false);
  }

  /** Marks a page as asked for; false when it already is. */
  begin(page: number): boolean {
    if (this.loading.has(page)) return false;
    this.loading.add(page);
    return true;
  }

  /** Stores a page that arrived; false when it answers an older generation. */
  store(page: number, generation: number, rows: StorySummary[]): boolean {
    if (generation !== this.generation) return false;
    this.loading.delete(page);
    this.pages.set(page, { rows, stale: false });
    this.notify();
    return true;
  }

  /** A request failed: it may be asked again. */
  failed(page: number, generation: number): void {
    if (generation === this.generation) this.loading.delete(page);
  }

  /**
   * The library changed: pages on screen turn stale (still shown), the others are dropped.
   * Returns the pages to fetch again (page 0 when nothing is on screen, for the counts).
   */
  changed(): number[] {
    this.generation++;
    this.loading.clear();
    const inView = new Set(this.pagesOf(...this.view));
    for (const [p, page] of this.pages) {
      if (inView.has(p)) page.stale = true;
      else this.pages.delete(p);
    }
    return [...inView];
  }

  /** Another order: everything goes; the list starts at its top. */
  reset(sort: StorySort): void {
    this.sort = sort;
    this.generation++;
    this.loading.clear();
    this.pages.clear();
    this.view = [0, 1];
    this.notify();
  }

  /** The row at a position of the list, when its page is held. */
  rowAt(index: number): StorySummary | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.rows[index % this.pageSize];
  }

  /** A held row by story id. */
  find(id: number): StorySummary | undefined {
    for (const page of this.pages.values()) {
      const row = page.rows.find((r) => r.id === id);
      if (row) return row;
    }
    return undefined;
  }
}
