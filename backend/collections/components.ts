// Connected components of a graph given as edges between integer ids (union–find with path
// halving and union by size), in a fixed order: each component's ids ascending, components by
// their smallest id. Grouping depends on it twice: candidate components bound what is read
// into memory at once, verified components are the clusters before the original is chosen.

/** The components of the graph on `nodes` with `edges`; singletons included. */
export function components(
  nodes: Iterable<number>,
  edges: Iterable<readonly [number, number]>,
): number[][] {
  const parent = new Map<number, number>();
  const size = new Map<number, number>();
  const find = (x: number): number => {
    let p = parent.get(x) ?? x;
    while (p !== x) {
      const g = parent.get(p) ?? p;
      parent.set(x, g);
      x = p;
      p = g;
    }
    return x;
  };
  for (const n of nodes) {
    parent.set(n, n);
    size.set(n, 1);
  }
  for (const [a, b] of edges) {
    if (!parent.has(a) || !parent.has(b)) continue;
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if ((size.get(ra) ?? 1) < (size.get(rb) ?? 1)) [ra, rb] = [rb, ra];
    parent.set(rb, ra);
    size.set(ra, (size.get(ra) ?? 1) + (size.get(rb) ?? 1));
  }
  const groups = new Map<number, number[]>();
  for (const n of [...parent.keys()].sort((x, y) => x - y)) {
    const r = find(n);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(n);
  }
  return [...groups.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
