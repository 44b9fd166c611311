// Base choice. The caller may name the base; otherwise the earliest publication date wins
// when every version has one (a date that is missing could be the earliest), and failing
// that the version that contains most of the others, measured as 4-gram containment (the
// share of a version's distinct word 4-grams found in the other): an original contains its
// trimmed reprints, not the other way.
//
// Speed: this is the normal path for undated .txt imports, and a story may hold hundreds of
// versions. Each version's 4-grams are hashed once to a sorted array of distinct numbers
// (fingerprint.ts), so one pair of versions costs one linear merge of two number arrays, and
// both directions come from the same merge: V²/2 merges, no strings built per pair.

import type { BaseBasis } from '../../types.js';
import { NONE, type Fingerprint } from './fingerprint.js';
import { sharedCount } from '../../sorted.js';

/** Tuning of the base choice. */
export const BASE = {
  /**
   * Below this average containment the choice is called weak: the best version holds under a
   * fifth of the others' word 4-grams, so the versions share little wording (independent
   * reports, or heavy rewrites) and "contains the most" says little about which came first.
   * Measured: related seed pairs score 0.39–0.84 (all five seeds 0.41, the undated demo story
   * 0.94); unrelated seed pairs 0–0.03.
   */
  weakContainment: 0.2,
} as const;

/** The chosen base index and why it was chosen (`basis` is absent when the caller named it). */
export interface BaseChoice {
  base: number;
  reason: string;
  basis?: BaseBasis;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "12 March 2024 at 06:15" from "2024-03-12T06:15:00-04:00": the date and time as the outlet
 * wrote them (no time-zone conversion, no clock, no locale, so the engine stays deterministic).
 * Anything else is returned as given. A UI may reword it from `baseBasis` in its own locale.
 */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] !== undefined ? `${day} at ${m[4]}:${m[5]}` : day;
}

/** The containment reason in words, saying so when the choice is weak. */
function containmentReason(share: number, weak: boolean): string {
  const pct = Math.round(share * 100);
  return weak
    ? `contains the most of the other versions, but only ${pct}% of their wording on average: ` +
        'a weak choice, as these versions share little text'
    : `contains the most of the other versions: on average ${pct}% of their wording`;
}

/** Milliseconds since the epoch of an ISO 8601 date or date-time, or null. */
export function parseDate(s: string | null | undefined): number | null {
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
  const date = published[best] ?? '';
  return {
    base: best,
    reason: `earliest published date, ${readableDate(date)}`,
    basis: { by: 'date', published: date },
  };
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

/**
 * Each version's distinct 4-grams as sorted dense ids (Int32Array): a hash's id is its rank
 * among the story's distinct hashes, so the pairwise merges compare small integers. Sorting
 * typed arrays, no map: ranks keep each version's order, and only equal ids count.
 * Also used by the copy chain (copy-chain-grams.ts).
 */
export function gramIds(fps: readonly Fingerprint[]): Int32Array[] {
  const own = fps.map(distinctGrams);
  const story = unionSorted(own);
  return own.map((a) => {
    const ids = new Int32Array(a.length);
    // both sorted: one forward walk through the story's hashes
    let j = 0;
    for (let i = 0; i < a.length; i += 1) {
      while (story[j] !== a[i]) j += 1;
      ids[i] = j;
    }
    return ids;
  });
}

const distinct = new WeakMap<Fingerprint, Int32Array>();

/** A fingerprint's distinct raw 4-grams, sorted (cached: the base choice and the chain read them). */
function distinctGrams(fp: Fingerprint): Int32Array {
  let got = distinct.get(fp);
  if (got === undefined) distinct.set(fp, (got = distinctSorted(fp.raw)));
  return got;
}

/** The distinct values of `xs` but NONE, sorted (a new array). */
function distinctSorted(xs: Int32Array): Int32Array {
  const sorted = Int32Array.from(xs).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const x = sorted[i] as number;
    if (x !== NONE && (n === 0 || sorted[n - 1] !== x)) sorted[n++] = x;
  }
  return sorted.slice(0, n);
}

/** The distinct values of sorted arrays of distinct values, sorted: merged in pairs. */
function unionSorted(lists: readonly Int32Array[]): Int32Array {
  let level = [...lists];
  if (level.length === 0) return new Int32Array(0);
  while (level.length > 1) {
    const next: Int32Array[] = [];
    for (let k = 0; k < level.length; k += 2) {
      const a = level[k] as Int32Array;
      const b = level[k + 1];
      next.push(b === undefined ? a : union2(a, b));
    }
    level = next;
  }
  return level[0] as Int32Array;
}

/** The distinct values of two sorted arrays of distinct values (linear merge). */
function union2(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      out[n++] = x;
      i += 1;
      if (x === y) j += 1;
    } else {
      out[n++] = y;
      j += 1;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return out.slice(0, n);
}

/** contain[i] = summed share of every other version's 4-grams that version i contains. */
function containment(fps: readonly Fingerprint[]): number[] {
  const grams = gramIds(fps);
  const sums = new Array<number>(fps.length).fill(0);
  for (let i = 0; i < grams.length; i += 1) {
    for (let j = i + 1; j < grams.length; j += 1) {
      const gi = grams[i] as Int32Array;
      const gj = grams[j] as Int32Array;
      const n = sharedCount(gi, gj);
      // i contains n of j's grams; j contains n of i's grams
      sums[i] = (sums[i] ?? 0) + (gj.length === 0 ? 0 : n / gj.length);
      sums[j] = (sums[j] ?? 0) + (gi.length === 0 ? 0 : n / gi.length);
    }
  }
  return sums;
}

function byContainment(
  fps: readonly Fingerprint[],
  published: ReadonlyArray<string | null | undefined>,
): BaseChoice {
  const sums = containment(fps);
  let best = 0;
  let bestScore = -1;
  sums.forEach((sum, i) => {
    const score = sum / Math.max(1, fps.length - 1);
    // A reordered reprint contains nearly what its original does: on a tie, the earlier
    // publication wins, so the choice does not depend on the order the versions came in.
    const tie = Math.abs(score - bestScore) <= 1e-9;
    if (score > bestScore + 1e-9 || (tie && earlier(published, i, best))) {
      best = i;
      bestScore = score;
    }
  });
  const share = Math.max(0, bestScore);
  const weak = share < BASE.weakContainment;
  return {
    base: best,
    reason: containmentReason(share, weak),
    basis: { by: 'containment', share, weak },
  };
}

/**
 * Chooses the base: the caller's choice, else the earliest date, else the most containing.
 * `fingerprints` gives each version's fingerprint (called only when containment decides).
 */
export function chooseBase(
  requested: number | undefined,
  published: ReadonlyArray<string | null | undefined>,
  fingerprints: () => readonly Fingerprint[],
): BaseChoice {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 0 || requested >= published.length) {
      throw new RangeError(
        `The base must be a version number from 0 to ${published.length - 1}; got ${requested}.`,
      );
    }
    return { base: requested, reason: 'named by the caller' };
  }
  return byDate(published) ?? byContainment(fingerprints(), published);
}
