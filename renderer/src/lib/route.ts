// Addresses inside the app (issue 10): every story, pair and paragraph has a hash route, so it
// can be bookmarked, reloaded and linked to.
//
//   #/                              the library (the most recently updated story)
//   #/story/12                      story 12 (overview, or the view last chosen)
//   #/story/12/matrix               its matrix
//   #/story/12/pair/3               the base against version #3
//   #/story/12/pair/3/p/7           …at the version's ¶7
//   #/story/12/pair/3/b/7           …at the base's ¶7
//   #/story/12/read/45              reading version 45 (a library id, as the Reader uses)
//   #/outlets                       the library as data: findings summed by outlet
//   #/grouping                      the review of story proposals for unsorted articles
//
// Version and paragraph numbers are the ones people cite (#n, ¶n: engine/numbering.ts), so a
// link says the same thing as a citation. Stories and read versions use library ids, which are
// stable too. The hash is the route: it is never sent to the server, and the browser-mode key
// never appears in it (api/client.ts takes it out of the address on the first load).

/** Where a link into a pair lands: a paragraph (¶n, from 1) of the base or of the version. */
export interface RouteParagraph {
  side: 'base' | 'version';
  n: number;
}

/** A place in the app. */
export type Route =
  | { kind: 'home' }
  | { kind: 'outlets' }
  | { kind: 'grouping' }
  | { kind: 'story'; storyId: number; tab?: 'overview' | 'matrix' }
  | { kind: 'pair'; storyId: number; version: number; para?: RouteParagraph }
  | { kind: 'read'; storyId: number; versionId: number };

export const HOME: Route = { kind: 'home' };

/** A route inside a story's comparison views (what CompareSection shows). */
export type StoryRoute = Extract<Route, { kind: 'story' | 'pair' }>;

/** A positive whole number written plainly ("12", not "012" or "1e3"), else null. */
function id(s: string | undefined): number | null {
  if (s === undefined || !/^[1-9]\d{0,12}$/.test(s)) return null;
  return Number(s);
}

/** The route of a location hash; null when the hash is not a route (or is malformed). */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return HOME;
  if (path === '/outlets') return { kind: 'outlets' };
  if (path === '/grouping') return { kind: 'grouping' };
  if (!path.startsWith('/')) return null;
  const [head, storyPart, kind, a, side, n, ...rest] = path.slice(1).split('/');
  const storyId = id(storyPart);
  if (head !== 'story' || storyId === null || rest.length > 0) return null;
  if (kind === undefined) return { kind: 'story', storyId };
  if (kind === 'matrix' && a === undefined) return { kind: 'story', storyId, tab: 'matrix' };
  if (kind === 'read') {
    const versionId = id(a);
    return versionId !== null && side === undefined ? { kind: 'read', storyId, versionId } : null;
  }
  const version = id(a);
  if (kind !== 'pair' || version === null) return null;
  if (side === undefined) return { kind: 'pair', storyId, version };
  const para = id(n);
  if ((side !== 'p' && side !== 'b') || para === null) return null;
  return {
    kind: 'pair',
    storyId,
    version,
    para: { side: side === 'b' ? 'base' : 'version', n: para },
  };
}

/** The hash of a route (`#/story/12/pair/3/p/7`). */
export function formatRoute(r: Route): string {
  switch (r.kind) {
    case 'home':
      return '#/';
    case 'outlets':
      return '#/outlets';
    case 'grouping':
      return '#/grouping';
    case 'story':
      return `#/story/${r.storyId}${r.tab === 'matrix' ? '/matrix' : ''}`;
    case 'read':
      return `#/story/${r.storyId}/read/${r.versionId}`;
    case 'pair': {
      const at = r.para ? `/${r.para.side === 'base' ? 'b' : 'p'}/${r.para.n}` : '';
      return `#/story/${r.storyId}/pair/${r.version}${at}`;
    }
  }
}

/** The story a route is about, if any. */
export function routeStoryId(r: Route): number | null {
  return r.kind === 'home' || r.kind === 'outlets' || r.kind === 'grouping' ? null : r.storyId;
}
