// A set of n-gram hashes with the first position of each: open addressing over typed arrays.
// A JavaScript Set or Map of 100,000 numbers costs several times more per look-up and a
// garbage-collected entry per gram; derivation looks up every gram of every version, so this
// table keeps a 100,000-word pair well inside its time budget.

/** Hashes are never negative (see fingerprint.ts), so -1 marks an empty slot. */
const EMPTY = -1;

/** The n-gram hashes of one text and where each first occurs. */
export interface GramTable {
  keys: Int32Array;
  first: Int32Array;
  /** 32 − log2(capacity): the multiplicative hash's shift. */
  shift: number;
}

const slot = (t: GramTable, h: number) => Math.imul(h, 0x9e3779b1) >>> t.shift;

/** A table of the hashes in `grams` (entries equal to `none` are skipped). */
export function gramTable(grams: Int32Array, none: number): GramTable {
  let bits = 4;
  while (1 << bits < 2 * grams.length) bits += 1;
  const size = 1 << bits;
  const t: GramTable = {
    keys: new Int32Array(size).fill(EMPTY),
    first: new Int32Array(size),
    shift: 32 - bits,
  };
  const mask = size - 1;
  for (let i = 0; i < grams.length; i += 1) {
    const h = grams[i] ?? none;
    if (h === none) continue;
    let s = slot(t, h);
    while (t.keys[s] !== EMPTY && t.keys[s] !== h) s = (s + 1) & mask;
    if (t.keys[s] === EMPTY) {
      t.keys[s] = h;
      t.first[s] = i;
    }
  }
  return t;
}

/** First position of `h` in the table's text, or -1. */
export function firstAt(t: GramTable, h: number): number {
  const mask = t.keys.length - 1;
  let s = slot(t, h);
  for (;;) {
    const k = t.keys[s] ?? EMPTY;
    if (k === h) return t.first[s] ?? -1;
    if (k === EMPTY) return -1;
    s = (s + 1) & mask;
  }
}

/** True when the table holds `h`. */
export function hasGram(t: GramTable, h: number): boolean {
  return firstAt(t, h) >= 0;
}
