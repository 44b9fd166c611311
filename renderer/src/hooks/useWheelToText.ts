// The pair view has one scroll: the text. A wheel turned anywhere in the main area (over the
// story header, the tabs, the toolbar, the column heads, the panel's margins) scrolls the text,
// unless the pointer is over something that can itself still scroll that way (the source panel's
// list, the notes field): that one scrolls first, as browsers chain scrolls, and the text takes
// over once it reaches its end. The sidebar and dialogs are left alone.
import { useEffect, type RefObject } from 'react';

/** Tuning of the forwarded wheel. */
const WHEEL = {
  /** Pixels per line, for mice that report lines (Firefox on some systems, deltaMode 1). */
  linePx: 40,
  /** Rounding slack when comparing scroll positions (fractional zoom gives fractional pixels). */
  slackPx: 1,
} as const;

/** Whether `el` or an ancestor up to `root` would scroll itself by `dy`. */
function scrollsItself(el: Element | null, root: Element, dy: number): boolean {
  for (let n = el; n; n = n.parentElement) {
    const oy = getComputedStyle(n).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && n.scrollHeight > n.clientHeight + WHEEL.slackPx) {
      const room =
        dy > 0 ? n.scrollHeight - n.clientHeight - n.scrollTop > WHEEL.slackPx : n.scrollTop > 0;
      if (room) return true;
    }
    if (n === root) return false;
  }
  return false;
}

/** Forwards wheel turns in the main area to `scrollRef` while the component is mounted. */
export function useWheelToText(scrollRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onWheel = (e: WheelEvent): void => {
      const text = scrollRef.current;
      const target = e.target instanceof Element ? e.target : null;
      if (!text || !target || e.defaultPrevented || e.ctrlKey) return;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) return; // sideways: tables scroll themselves
      const main = target.closest('.main');
      if (!main || text.contains(target) || target.closest('dialog, [role="dialog"]')) return;
      const dy =
        e.deltaMode === 1
          ? e.deltaY * WHEEL.linePx
          : e.deltaMode === 2
            ? e.deltaY * text.clientHeight
            : e.deltaY;
      if (dy === 0 || scrollsItself(target, main, dy)) return;
      e.preventDefault();
      text.scrollTop += dy;
    };
    // Not passive: preventDefault stops the page from trying to scroll as well.
    document.addEventListener('wheel', onWheel, { passive: false });
    return () => document.removeEventListener('wheel', onWheel);
  }, [scrollRef]);
}
