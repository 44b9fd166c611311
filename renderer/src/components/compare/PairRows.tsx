import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { usePrinting } from '../../hooks/usePrinting';
import { useWheelToText } from '../../hooks/useWheelToText';
import type { Comparison, Pair } from '../../../../engine';
import type { Filters, Mark } from '../../compare/marks';
import type { PairRow } from '../../compare/rows';
import type { Item, PairLayout } from '../../compare/usePairLayout';
import { PairRowView } from './PairRowView';

/**
 * A request to bring a row into view and focus something in it; `n` makes repeats new. It names
 * the row, not its place in the list: a row that the filters fold away (page furniture, unchanged
 * paragraphs) has no place until it is unfolded, so the request waits for the new layout.
 */
export interface ScrollRequest {
  row: number;
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
  /** A requested row is folded away by the filters: unfold what hides it. */
  onReveal: (r: number) => void;
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

  // The one scroll of the pair view: the wheel anywhere in the main area moves the text.
  useWheelToText(scrollRef);
  // Scroll the requested row into view (unfolding it first), then focus the target in it.
  useScrollRequest(landing, layout, virtualizer, scrollRef, props.onReveal);
  useScrollRequest(request, layout, virtualizer, scrollRef, props.onReveal);

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

interface Scroller {
  scrollToIndex: (i: number, o: { align: 'center' }) => void;
}

/**
 * Serves a scroll request once: when its row is in the list, scrolls to it; when the filters
 * fold it away, asks once to unfold it and serves it when the new layout has it.
 */
function useScrollRequest(
  req: ScrollRequest | null,
  layout: PairLayout,
  virtualizer: Scroller,
  scrollRef: RefObject<HTMLDivElement | null>,
  onReveal: (r: number) => void,
): void {
  const served = useRef<ScrollRequest | null>(null);
  const asked = useRef<ScrollRequest | null>(null);
  const reveal = useRef(onReveal);
  useEffect(() => {
    reveal.current = onReveal;
  });
  useEffect(() => {
    if (!req || served.current === req) return;
    const item = layout.itemOfRow.get(req.row);
    if (item === undefined) {
      // Asked once only: if unfolding cannot show the row, do not loop on new layouts.
      if (asked.current !== req && layout.rows[req.row]) reveal.current(req.row);
      asked.current = req;
      return;
    }
    served.current = req;
    return bringIntoView(virtualizer, scrollRef, item, req.sel);
  }, [req, layout, virtualizer, scrollRef]);
}

/** Scrolls to an item and focuses `sel` inside the list once rendered; returns the cancel. */
function bringIntoView(
  virtualizer: Scroller,
  scrollRef: RefObject<HTMLDivElement | null>,
  item: number,
  sel: string,
): () => void {
  virtualizer.scrollToIndex(item, { align: 'center' });
  let frames = 0;
  let handle = 0;
  const tryFocus = (): void => {
    const el = scrollRef.current?.querySelector<HTMLElement>(sel);
    if (el) return el.focus();
    if (++frames < 30) handle = requestAnimationFrame(tryFocus);
  };
  handle = requestAnimationFrame(tryFocus);
  return () => cancelAnimationFrame(handle);
}
