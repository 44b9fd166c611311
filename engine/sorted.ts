// Binary searches over lists sorted by a numeric key. The engine keeps many such lists
// (attributions, quotations and sentences by offset, posting lists by index); one pair of
// searches serves them all instead of a hand-written loop in each module.

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
