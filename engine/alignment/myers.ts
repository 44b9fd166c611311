// Myers' O(ND) diff of two integer lists, step for step the algorithm of jsdiff's
// `diffArrays` (diff 9, lib/diff/base.js: the same diagonal order, the same choice between an
// insertion and a deletion, the same pruning of diagonals past the edges of the edit graph),
// so it returns the same runs. It exists for speed: jsdiff allocates an object per path and
// per component and compares any values through a callback, which cost about 100 ms on the
// sentence lists of a 100,000-word pair; here paths and components live in arrays of integers
// and values are integers (sentence or word ids), compared with `===`.
// Like jsdiff with `maxEditLength`, it gives up (returns undefined) past the edit budget;
// there is no clock.

/** One run of the diff: `count` items kept, added (in `b` only) or removed (in `a` only). */
export interface DiffRun {
  added: boolean;
  removed: boolean;
  count: number;
}

const EQUAL = 0;
const ADDED = 1;
const REMOVED = 2;

/** Sizes of the shared component store, in components. */
const COMPONENTS = {
  /** At first: enough for the word diffs of ordinary sentences without growing. */
  initial: 1024,
  /** Largest kept for the next diff: a store a huge diff grew is replaced by a small one. */
  keep: 1 << 20,
};

/**
 * Components of the edit paths: a linked list per path, shared between paths as in jsdiff.
 * One growable set of typed arrays for the module, reused by every call (a diff never runs
 * inside another): a 100,000-word pair's sentence diff makes hundreds of thousands of
 * components, and pushing them onto three plain arrays per call was a good part of its time,
 * while allocating typed arrays for each of the many one-sentence diffs cost more than them.
 */
class Components {
  count = new Int32Array(COMPONENTS.initial);
  kind = new Uint8Array(COMPONENTS.initial);
  prev = new Int32Array(COMPONENTS.initial);
  length = 0;

  /** Forgets the components of the previous diff (and a store grown past COMPONENTS.keep). */
  reset(): void {
    this.length = 0;
    if (this.count.length > COMPONENTS.keep) {
      this.count = new Int32Array(COMPONENTS.initial);
      this.kind = new Uint8Array(COMPONENTS.initial);
      this.prev = new Int32Array(COMPONENTS.initial);
    }
  }

  push(count: number, kind: number, prev: number): number {
    if (this.length === this.count.length) this.grow();
    const at = this.length;
    this.count[at] = count;
    this.kind[at] = kind;
    this.prev[at] = prev;
    this.length += 1;
    return at;
  }

  private grow(): void {
    const size = this.count.length * 2;
    const count = new Int32Array(size);
    const kind = new Uint8Array(size);
    const prev = new Int32Array(size);
    count.set(this.count);
    kind.set(this.kind);
    prev.set(this.prev);
    [this.count, this.kind, this.prev] = [count, kind, prev];
  }

  /** The runs of the path ending in component `last`, in order. */
  runs(last: number): DiffRun[] {
    const out: DiffRun[] = [];
    for (let c = last; c >= 0; c = this.prev[c] ?? -1) {
      const kind = this.kind[c];
      out.push({ added: kind === ADDED, removed: kind === REMOVED, count: this.count[c] ?? 0 });
    }
    return out.reverse();
  }
}

const shared = new Components();

/**
 * The runs of a shortest edit script from `a` to `b`, as jsdiff's `diffArrays(a, b,
 * { maxEditLength })` returns them (its `count`, `added` and `removed`), or undefined when
 * more than `maxEditLength` edits would be needed.
 */
export function diffIds(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEditLength: number,
): DiffRun[] | undefined {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdits = Math.min(oldLen + newLen, maxEditLength);
  const comps = shared;
  comps.reset();
  // Paths by diagonal d (oldPos − newPos), stored at d + offset; `live` marks set entries.
  const offset = maxEdits + 2;
  const pathOld: number[] = new Array<number>(2 * offset + 1).fill(0);
  const pathLast: number[] = new Array<number>(2 * offset + 1).fill(0);
  const live: number[] = new Array<number>(2 * offset + 1).fill(0);
  /** Follows equal items from the path on diagonal d; returns its new newPos. */
  const extend = (at: number, d: number): number => {
    let oldPos = pathOld[at] ?? -1;
    let newPos = oldPos - d;
    const from = newPos;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
      newPos += 1;
      oldPos += 1;
    }
    if (newPos > from) pathLast[at] = comps.push(newPos - from, EQUAL, pathLast[at] ?? -1);
    pathOld[at] = oldPos;
    return newPos;
  };
  pathOld[offset] = -1;
  pathLast[offset] = -1;
  live[offset] = 1;
  let newPos = extend(offset, 0);
  if ((pathOld[offset] ?? 0) + 1 >= oldLen && newPos + 1 >= newLen) {
    return comps.runs(pathLast[offset] ?? -1);
  }
  let minD = -Infinity;
  let maxD = Infinity;
  for (let e = 1; e <= maxEdits; e += 1) {
    for (let d = Math.max(minD, -e); d <= Math.min(maxD, e); d += 2) {
      const at = d + offset;
      const hasRemove = live[at - 1] === 1;
      const hasAdd = live[at + 1] === 1;
      const removeOld = pathOld[at - 1] ?? 0;
      const removeLast = pathLast[at - 1] ?? -1;
      const addOld = pathOld[at + 1] ?? 0;
      if (hasRemove) live[at - 1] = 0;
      const canAdd = hasAdd && addOld - d >= 0 && addOld - d < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        live[at] = 0;
        continue;
      }
      const fromAdd = !canRemove || (canAdd && removeOld < addOld);
      const baseOld = fromAdd ? addOld : removeOld + 1;
      const baseLast = fromAdd ? (pathLast[at + 1] ?? -1) : removeLast;
      const kind = fromAdd ? ADDED : REMOVED;
      // jsdiff's addToPath: one more of the same kind extends the last component (as a copy,
      // since other paths may share it), another kind starts a new one.
      const last =
        baseLast >= 0 && comps.kind[baseLast] === kind
          ? comps.push((comps.count[baseLast] ?? 0) + 1, kind, comps.prev[baseLast] ?? -1)
          : comps.push(1, kind, baseLast);
      pathOld[at] = baseOld;
      pathLast[at] = last;
      live[at] = 1;
      newPos = extend(at, d);
      const oldEnd = (pathOld[at] ?? 0) + 1 >= oldLen;
      if (oldEnd && newPos + 1 >= newLen) return comps.runs(pathLast[at] ?? -1);
      if (oldEnd) maxD = Math.min(maxD, d - 1);
      if (newPos + 1 >= newLen) minD = Math.max(minD, d + 1);
    }
  }
  return undefined;
}
