// The app's address (lib/route.ts) as React state. Navigating pushes a history entry, so Back
// and Forward move between stories and pairs; the address bar, a reload and a pasted link all
// land where the route says. The last route is kept in localStorage so the desktop app (whose
// window starts without a hash) reopens where you left off; browser mode's origin changes with
// its port, so there it only helps a reload without a hash.
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, HOME, parseRoute, type Route } from '../lib/route';

const LAST_ROUTE_KEY = 'retold.lastRoute';

function remember(r: Route): void {
  try {
    localStorage.setItem(LAST_ROUTE_KEY, formatRoute(r));
  } catch {
    // storage unavailable: the app still works, it just opens on the library next time
  }
}

/** The route at start: the address's, else the last one used, else the library. */
function initialRoute(): Route {
  const fromHash = parseRoute(window.location.hash);
  if (fromHash && window.location.hash.length > 2) return fromHash;
  try {
    const last = localStorage.getItem(LAST_ROUTE_KEY);
    const r = last ? parseRoute(last) : null;
    if (r) {
      history.replaceState(null, '', formatRoute(r));
      return r;
    }
  } catch {
    // no storage: start on the library
  }
  return fromHash ?? HOME;
}

/** Navigation options. */
export interface NavigateOptions {
  /** Replace the current history entry (a correction of the address, not a move). */
  replace?: boolean;
}

/** The current route and how to move to another. */
export function useRoute(): {
  route: Route;
  navigate: (r: Route, o?: NavigateOptions) => void;
} {
  const [route, setRoute] = useState<Route>(initialRoute);

  useEffect(() => {
    const onChange = (): void => {
      const r = parseRoute(window.location.hash) ?? HOME;
      setRoute(r);
      remember(r);
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const navigate = useCallback((r: Route, o: NavigateOptions = {}): void => {
    const hash = formatRoute(r);
    if (hash !== window.location.hash) {
      if (o.replace) history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    }
    remember(r);
    setRoute(r);
  }, []);

  return { route, navigate };
}
