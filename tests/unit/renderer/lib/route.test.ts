// The app's addresses: every route formats to a hash that parses back to it, and anything
// else (old fragments, zero or padded ids, extra parts) is not a route.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../../renderer/src/lib/route';

describe('routes', () => {
  it('parses each kind of address', () => {
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#/')).toEqual({ kind: 'home' });
    expect(parseRoute('#/story/12')).toEqual({ kind: 'story', storyId: 12 });
    expect(parseRoute('#/story/12/matrix')).toEqual({ kind: 'story', storyId: 12, tab: 'matrix' });
    expect(parseRoute('#/story/12/pair/3')).toEqual({ kind: 'pair', storyId: 12, version: 3 });
    expect(parseRoute('#/story/12/pair/3/p/7')).toEqual({
      kind: 'pair',
      storyId: 12,
      version: 3,
      para: { side: 'version', n: 7 },
    });
    expect(parseRoute('#/story/12/pair/3/b/1')?.kind).toBe('pair');
    expect(parseRoute('#/story/12/read/45')).toEqual({ kind: 'read', storyId: 12, versionId: 45 });
    expect(parseRoute('#/outlets')).toEqual({ kind: 'outlets' });
    expect(parseRoute('#/grouping')).toEqual({ kind: 'grouping' });
  });

  it('refuses what is not a route', () => {
    for (const hash of [
      '#token=abc',
      '#story/12',
      '#/story/0',
      '#/story/012',
      '#/story/1e3',
      '#/story/12/pair',
      '#/story/12/pair/3/x/7',
      '#/story/12/pair/3/p/0',
      '#/story/12/pair/3/p/7/extra',
      '#/story/12/matrix/2',
      '#/story/12/read/4/5',
      '#/stories/12',
      '#/story/99999999999999999',
      '#/outlets/2',
      '#outlets',
      '#/grouping/1',
    ]) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });

  it('formats every route to a hash that parses back to it', () => {
    const id = fc.integer({ min: 1, max: 1e9 });
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant<Route>({ kind: 'home' }),
      fc.constant<Route>({ kind: 'outlets' }),
      fc.constant<Route>({ kind: 'grouping' }),
      id.map((storyId): Route => ({ kind: 'story', storyId })),
      id.map((storyId): Route => ({ kind: 'story', storyId, tab: 'matrix' })),
      fc.tuple(id, id).map(([storyId, versionId]): Route => ({ kind: 'read', storyId, versionId })),
      fc.tuple(id, id).map(([storyId, version]): Route => ({ kind: 'pair', storyId, version })),
      fc
        .tuple(id, id, fc.constantFrom('base' as const, 'version' as const), id)
        .map(([storyId, version, side, n]): Route => ({
          kind: 'pair',
          storyId,
          version,
          para: { side, n },
        })),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
      }),
    );
  });
});
