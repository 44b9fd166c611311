import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { usePrinting } from '../../hooks/usePrinting';
import type { Comparison, Pair } from '../../../../engine';
import type { Filters, Mark } from '../../compare/marks';
import type { PairRow } from '../../compare/rows';
import type { Item, PairLayout } from '../../compare/usePairLayout';
import { PairRowView } from './PairRowView';

/** A request to bring an item into view and focus something in it; `n` makes repeats new. */
export interface ScrollRequest {
  item: number;
  sel: string;
  n: number;
}

interface PairRowsProps {
  c: Comparison;
  pair: Pair;
  layout: PairLayout;
  baseMarks: Mark[];
  versionMarks: Mark[];
  filters: Filters;
  inline: boolean;
  label: string;
  /** Where the view opened (a matrix cell's paragraph). */
  landing: ScrollRequest | null;
  /** The latest navigation (next/previous, a source, a moved link). */
  request: ScrollRequest | null;
  goToRow: (r: number, sel: string) => void;
  onExpand: (what: 'furniture' | 'unchanged') => void;
}

const EMPTY_ROW: PairRow = { kind: 'linked', base: [], version: [], link: null, furniture: false };

/**
 * The virtualized rows. Kept apart from PairView so that scrolling re-renders only this list
 * (and only the rows whose props changed: PairRowView is memoized), not the toolbar, filters
 * and source panel.
 */
export function PairRows(props: PairRowsProps) {
  const { layout, request, landing } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are measured, not memoized
  const virtualizer = useVirtualizer({
    count: layout.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 110,
    overscan: 4,
  });

  // Scroll the requested item into view, then focus the target once the row is rendered.
  useEffect(
    () => (landing ? bringIntoView(virtualizer, scrollRef, landing) : undefined),
    [landing, virtualizer],
  );
  useEffect(
    () => (request ? bringIntoView(virtualizer, scrollRef, request) : undefined),
    [request, virtualizer],
  );

  const printing = usePrinting();
  const renderItem = (item: Item | undefined) =>
    !item ? null : item.type === 'collapsed' ? (
      <button
        type="button"
        className="collapsed-row link-button"
        onClick={() => props.onExpand(item.what)}
      >
        {item.count} {item.what === 'furniture' ? 'page furniture' : 'unchanged'} paragraph
        {item.count === 1 ? '' : 's'} hidden: show
      </button>
    ) : (
      <PairRowView
        c={props.c}
        pair={props.pair}
        row={layout.rows[item.r] ?? EMPTY_ROW}
        index={item.r}
        counterpart={layout.counterpart.get(item.r) ?? null}
        baseMarks={props.baseMarks}
        versionMarks={props.versionMarks}
        filters={props.filters}
        inline={props.inline}
        goToRow={props.goToRow}
      />
    );

  // On paper every row is printed, in flow: the virtualiser renders only the rows on screen.
  if (printing) {
    return (
      <div className="pair-scroll is-printing" role="region" aria-label={props.label}>
        {layout.items.map((item, i) => (
          <div key={i} className="vrow">
            {renderItem(item)}
          </div>
        ))}
      </div>
    );
  }

  return (
    <div
      className="pair-scroll"
      ref={scrollRef}
      tabIndex={0}
      aria-label={props.label}
      role="region"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((vi) => (
          <div
            key={vi.key}
            data-index={vi.index}
            ref={virtualizer.measureElement}
            className="vrow"
            style={{ transform: `translateY(${vi.start}px)` }}
          >
            {renderItem(layout.items[vi.index])}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Scrolls to an item and focuses `sel` inside the list once rendered; returns the cancel. */
function bringIntoView(
  virtualizer: { scrollToIndex: (i: number, o: { align: 'center' }) => void },
  scrollRef: RefObject<HTMLDivElement | null>,
  req: ScrollRequest,
): () => void {
  virtualizer.scrollToIndex(req.item, { align: 'center' });
  let frames = 0;
  let handle = 0;
  const tryFocus = (): void => {
    const el = scrollRef.current?.querySelector<HTMLElement>(req.sel);
    if (el) return el.focus();
    if (++frames < 30) handle = requestAnimationFrame(tryFocus);
  };
  handle = requestAnimationFrame(tryFocus);
  return () => cancelAnimationFrame(handle);
}
