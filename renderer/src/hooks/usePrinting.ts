// True while the page is being printed (or laid out for print), so views that render only
// what is on screen (the virtualised pair rows) can render everything for the paper. Both
// signals are watched: `beforeprint` comes first for Ctrl+P and window.print(), and is where
// the render must be synchronous (flushSync) because the browser lays the page out right
// after the event; `matchMedia('print')` also covers print emulation (tests, devtools).
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const PRINT_QUERY = 'print';

/** Whether the document is being printed now. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia(PRINT_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(PRINT_QUERY);
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(query.matches);
    const change = (e: MediaQueryListEvent): void => setPrinting(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
