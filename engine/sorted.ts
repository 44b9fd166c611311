// Binary searches over lists sorted by a numeric key, and the count two sorted lists share. The
// engine keeps many such lists (attributions, quotations and sentences by offset, posting lists
// by index, n-gram hashes and ids); these serve them all instead of a hand-written loop in each
// module.

const self = (x: number): number => x;

/** Index of the first entry whose key is ≥ `x` (the list's length when there is none). */
export function lowerBound<T = number>(
  xs: readonly T[],
  x: number,
  key: (t: T) => number = self as unknown as (t: T) => number,
): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry whose key is > `x` (the list's length when there is none). */
export function upperBound<T>(xs: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid] as T) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values two ascending lists of distinct numbers share (one linear merge). */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return n;
}
