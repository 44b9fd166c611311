// Where the pair view's attributions and quotes panel sits: beside the text on wide windows, in
// a drawer over the text's right side on narrow ones (opened from the pair toolbar, so it is
// reachable without scrolling the page). It also owns the panel's tooltips' manners: a tooltip
// (the status explanation under an entry) goes away when the entry is clicked or the panel
// scrolls, instead of staying over the next entry until the pointer leaves.
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

interface PanelSlotProps {
  /** True on narrow windows: the panel is a drawer. */
  drawer: boolean;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The attribute that hides the tooltips inside an element (compare-panel.css). */
const TIP_OFF = 'data-tip-off';

/** The panel entry an event happened in. */
function itemOf(t: EventTarget): Element | null {
  return t instanceof Element ? t.closest('.source-item') : null;
}

/** Moves the dismissal mark to `el` (null: no tooltip is dismissed). */
function hush(quiet: RefObject<Element | null>, el: Element | null): void {
  if (quiet.current === el) return;
  quiet.current?.removeAttribute(TIP_OFF);
  el?.setAttribute(TIP_OFF, '');
  quiet.current = el;
}

/** The id of the drawer, for the toggle's aria-controls. */
export const SOURCE_DRAWER_ID = 'source-drawer';

/** The panel's place (beside the text, or a drawer) and its tooltip dismissal. */
export function PanelSlot({ drawer, open, onClose, children }: PanelSlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // The entry (or, after a scroll, the whole slot) whose tooltip is dismissed until the pointer
  // moves to another entry. Marked with a data attribute, not state: re-rendering the panel's
  // long list to hide one tooltip would be wasted work.
  const quiet = useRef<Element | null>(null);

  // Scroll events do not bubble: listen in the capture phase for the panel's own scroller.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = (): void => hush(quiet, el);
    el.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => el.removeEventListener('scroll', onScroll, { capture: true });
  }, []);

  // Opening the drawer moves the keyboard into it (its close button).
  useEffect(() => {
    if (drawer && open) closeRef.current?.focus();
  }, [drawer, open]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (drawer && e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={ref}
      id={SOURCE_DRAWER_ID}
      className={`panel-slot${drawer ? ' is-drawer' : ''}`}
      hidden={drawer && !open}
      onClickCapture={(e) => hush(quiet, itemOf(e.target))}
      onPointerOver={(e) => {
        if (quiet.current && itemOf(e.target) !== quiet.current) hush(quiet, null);
      }}
      onKeyDown={onKeyDown}
    >
      {drawer ? (
        <div className="drawer-head">
          <span className="drawer-title">Attributions and quotes</span>
          <button
            ref={closeRef}
            type="button"
            className="button drawer-close"
            onClick={onClose}
            aria-label="Close attributions and quotes"
          >
            ✕
          </button>
        </div>
      ) : null}
      {children}
    </div>
  );
}
