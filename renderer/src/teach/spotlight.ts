// Teach mode's pointer into the pair view: the words a tour step or a lesson's example is about.
// PairView draws them with the same `hit` marks as a picked source and brings their row into
// view; the tour card keeps the keyboard focus, so Next and Back stay one key press away.
import { useEffect, useMemo } from 'react';
import type { Comparison } from '../../../engine';
import type { Mark } from '../compare/marks';
import type { PairRow } from '../compare/rows';
import { blockOf, type Range } from './excerpt';

/** Words to point at in one pair; `n` makes pointing at the same words again a new request. */
export interface Spotlight {
  pairIndex: number;
  base: Range | null;
  version: Range | null;
  n: number;
}

// A selector that matches nothing: the pair view scrolls to the row without moving the focus
// away from the tour card (its scroll requests focus what the selector names).
const SCROLL_ONLY = '[data-teach-scroll-only]';

const marksOf = (r: Range | null): Mark[] =>
  r && r[1] > r[0] ? [{ start: r[0], end: r[1], kind: 'hit' }] : [];

/** The hit marks of a spotlight on each side of the pair at `pairIndex`. */
export function useSpotlightMarks(
  spot: Spotlight | null | undefined,
  pairIndex: number,
): { base: Mark[]; version: Mark[] } {
  return useMemo(
    () =>
      spot && spot.pairIndex === pairIndex
        ? { base: marksOf(spot.base), version: marksOf(spot.version) }
        : { base: [], version: [] },
    [spot, pairIndex],
  );
}

/** The row of the pair view holding a spotlight's words (the base side first), or -1. */
export function spotlightRow(
  c: Comparison,
  versionIndex: number,
  rows: PairRow[],
  spot: Spotlight,
): number {
  const base = c.versions[c.base];
  const ver = c.versions[versionIndex];
  if (spot.base && base) {
    const b = blockOf(base, spot.base[0]);
    const r = rows.findIndex((row) => row.base.includes(b));
    if (r >= 0) return r;
  }
  if (spot.version && ver) {
    const v = blockOf(ver, spot.version[0]);
    return rows.findIndex((row) => row.version.includes(v));
  }
  return -1;
}

/** Brings a new spotlight's row into view in the pair at `pairIndex`. */
export function useSpotlightLanding(
  c: Comparison,
  versionIndex: number,
  pairIndex: number,
  rows: PairRow[],
  spot: Spotlight | null | undefined,
  goToRow: (r: number, sel: string) => void,
): void {
  useEffect(() => {
    if (!spot || spot.pairIndex !== pairIndex) return;
    const r = spotlightRow(c, versionIndex, rows, spot);
    if (r >= 0) goToRow(r, SCROLL_ONLY);
    // only for a new spotlight or pair, not when filters re-lay the rows out
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spot, pairIndex]);
}
