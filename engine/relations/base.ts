// Base choice. The caller may name the base; otherwise the earliest publication date wins
// when every version has one (a date that is missing could be the earliest), and failing
// that the version that contains most of the others, measured with the same 4-gram
// coverage as derivation: an original contains its trimmed reprints, not the other way.

import { coverage } from './derivation.js';

/** The chosen base index and why it was chosen. */
export interface BaseChoice {
  base: number;
  reason: string;
}

/** Milliseconds since the epoch of an ISO 8601 date or date-time, or null. */
function parseDate(s: string | null | undefined): number | null {
  if (s === null || s === undefined || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

function byDate(published: ReadonlyArray<string | null | undefined>): BaseChoice | null {
  const times = published.map(parseDate);
  if (times.some((t) => t === null)) return null;
  let best = 0;
  times.forEach((t, i) => {
    if ((t ?? Infinity) < (times[best] ?? Infinity)) best = i;
  });
  const ties = times.filter((t) => t === times[best]).length;
  if (ties > 1) return null;
  return { base: best, reason: `earliest published date (${published[best] ?? ''})` };
}

/** True when version `i` was published before version `j` (both dates known). */
function earlier(
  published: ReadonlyArray<string | null | undefined>,
  i: number,
  j: number,
): boolean {
  const a = parseDate(published[i]);
  const b = parseDate(published[j]);
  return a !== null && b !== null && a < b;
}

function byContainment(
  words: readonly string[][],
  shingles: ReadonlyArray<ReadonlySet<string>>,
  published: ReadonlyArray<string | null | undefined>,
): BaseChoice {
  let best = 0;
  let bestScore = -1;
  shingles.forEach((set, i) => {
    let sum = 0;
    words.forEach((w, j) => {
      if (j !== i) sum += coverage(w, set);
    });
    const score = sum / Math.max(1, words.length - 1);
    // A reordered reprint contains exactly what its original does: on a tie, the earlier
    // publication wins, so the choice does not depend on the order the versions came in.
    const tie = Math.abs(score - bestScore) <= 1e-9;
    if (score > bestScore + 1e-9 || (tie && earlier(published, i, best))) {
      best = i;
      bestScore = score;
    }
  });
  const pct = Math.round(bestScore * 100);
  return {
    base: best,
    reason: `contains the most of the other versions (on average ${pct}% of their body words)`,
  };
}

/**
 * Chooses the base: the caller's choice, else the earliest date, else the most containing.
 * `words` and `shingles` are per version (see engine/derivation.ts).
 */
export function chooseBase(
  requested: number | undefined,
  published: ReadonlyArray<string | null | undefined>,
  words: () => string[][],
  shingles: () => Array<ReadonlySet<string>>,
): BaseChoice {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 0 || requested >= published.length) {
      throw new RangeError(
        `The base must be a version number from 0 to ${published.length - 1}; got ${requested}.`,
      );
    }
    return { base: requested, reason: 'named by the caller' };
  }
  return byDate(published) ?? byContainment(words(), shingles(), published);
}
