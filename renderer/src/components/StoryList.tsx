import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { StoryPages } from '../hooks/useStoryPages';
import { formatDate, plural } from '../lib/format';
import { STORY_SORT_LABEL, type StorySort } from '../lib/story-sort';
import type { StorySummary } from '../lib/types';

interface StoryListProps {
  pages: StoryPages;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** The sidebar's scrolling box, which the list is virtualised in. */
  scrollRef: RefObject<HTMLDivElement | null>;
}

/** Tuning of the virtual list. */
const LIST = {
  /** A row's height before it is measured (one title line and the meta line). */
  estimatedRow: 62,
  /** Rows rendered beyond each edge of the view, so a fast scroll shows no blank rows. */
  overscan: 8,
  /** Frames to wait for a row reached by the keyboard to be rendered before giving up. */
  focusFrames: 30,
} as const;

/**
 * The library: stories in the order the person chose (last update, title, versions), sorted by
 * the backend and rendered as a virtual list (only the rows in view are in the page), fetched a
 * page at a time as it scrolls. Arrow keys, Home and End move between stories.
 */
export function StoryList({ pages, selectedId, onSelect, scrollRef }: StoryListProps) {
  const total = pages.summary?.total ?? 0;
  const { cache } = pages;
  // Re-render when a page arrives; the app around the list does not.
  useSyncExternalStore(cache.subscribe, cache.snapshot);
  const listRef = useRef<HTMLUListElement>(null);
  const pending = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are measured, not memoized
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LIST.estimatedRow,
    overscan: LIST.overscan,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    // Rows in the very first render, before the box is measured: the list shows with the app
    // (body[data-ready]) instead of one frame later.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { show } = pages;
  useEffect(() => show(first, last + 1), [show, first, last]);

  if (total === 0) {
    return <p className="sidebar-empty">No stories yet. Import an article to start.</p>;
  }

  // Focus follows the arrow keys: scroll the row in and focus it, at once when it is rendered
  // (overscan keeps the neighbours rendered), else once it is. `pending` is where a key press
  // already sent focus, so fast presses add up before the focus lands.
  const focusRow = (index: number): void => {
    const target = Math.max(0, Math.min(total - 1, index));
    pending.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (frames: number): void => {
      if (pending.current !== target) return;
      const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-row="${target}"]`);
      if (row) {
        row.focus();
        pending.current = null;
      } else if (frames > 0) requestAnimationFrame(() => tryFocus(frames - 1));
      else pending.current = null;
    };
    tryFocus(LIST.focusFrames);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const at = pending.current ?? Number((e.target as HTMLElement).dataset.row ?? NaN);
    if (Number.isNaN(at)) return;
    const to: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: total - 1,
      PageDown: at + 10,
      PageUp: at - 10,
    };
    const next = to[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusRow(next);
  };

  return (
    <nav aria-label="Stories">
      {total > 1 ? (
        <label className="story-sort">
          Sort by
          <select
            value={pages.sort}
            onChange={(e) => {
              pages.setSort(e.target.value as StorySort);
              virtualizer.scrollToOffset(0);
            }}
          >
            {(Object.keys(STORY_SORT_LABEL) as StorySort[]).map((k) => (
              <option key={k} value={k}>
                {STORY_SORT_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ul
        className="story-list"
        ref={listRef}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={total}
            aria-posinset={item.index + 1}
            className="story-row"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <StoryRow
              story={cache.rowAt(item.index)}
              index={item.index}
              selected={cache.rowAt(item.index)?.id === selectedId}
              onSelect={onSelect}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface StoryRowProps {
  story: StorySummary | undefined;
  index: number;
  selected: boolean;
  onSelect: (id: number) => void;
}

/**
 * One story, or a placeholder of the same height while its page is on its way. Memoised: a
 * scroll re-renders the list, and only the rows that came into view need rendering.
 */
const StoryRow = memo(function StoryRow({ story, index, selected, onSelect }: StoryRowProps) {
  if (!story) {
    return (
      <span className="story-item story-item-loading" aria-hidden="true">
        <span className="story-item-title">…</span>
        <span className="story-item-meta">&nbsp;</span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="story-item"
      data-row={index}
      aria-current={selected ? 'page' : undefined}
      onClick={() => onSelect(story.id)}
    >
      <span className="story-item-title">{story.title}</span>
      <span className="story-item-meta">
        {plural(story.versionCount, 'version')} · updated {formatDate(story.updatedAt)}
      </span>
    </button>
  );
});
