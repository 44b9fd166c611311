import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, kept up to date as the window is resized. The pair
 * view decides in script (not only in CSS) where its source panel goes, because a drawer needs a
 * toggle button and a focus target that plain CSS cannot add.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}
