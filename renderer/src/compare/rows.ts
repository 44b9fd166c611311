// The pair view's rows: base and version paragraphs aligned side by side. Links that keep
// their order share a row; a moved link appears twice (at its place in the base and at its
// place in the version) with a marker linking the two; dropped paragraphs stand alone on the
// base side, added ones on the version side, each where it stood in its own text. Unlinked
// paragraphs that report the same facts (correspondence.ts) share a "corresponding" row at
// the base's place, like a link, but in their own style.
import { groupsByBase, type Block, type Comparison, type Link, type Pair } from '../../../engine';
import type { FactGroup } from './correspondence';

export { groupsByBase };

/** The kind of one aligned row. */
export type RowKind =
  'linked' | 'moved-from' | 'moved-to' | 'dropped' | 'added' | 'corresponding' | 'furniture';

/** One aligned row of the pair view. */
export interface PairRow {
  kind: RowKind;
  base: number[];
  version: number[];
  /** Index into pair.links for linked and moved rows. */
  link: number | null;
  /** True when every block in the row is page furniture (collapsed by default). */
  furniture: boolean;
  /** For a corresponding row, what its paragraphs share. */
  facts?: FactGroup;
}

// Only boilerplate is furniture: headlines, bylines, datelines and captions are compared like
// body text (retold.comparison/2), so an unlinked one is a dropped or added paragraph.
const isFurniture = (blocks: Block[], idx: number[]): boolean =>
  idx.length > 0 && idx.every((i) => blocks[i] !== undefined && blocks[i].kind === 'boilerplate');

/** Aligns a pair's paragraphs into rows; `groups` (factGroups()) become corresponding rows. */
export function pairRows(c: Comparison, pair: Pair, groups: FactGroup[] = []): PairRow[] {
  const baseBlocks = c.versions[c.base]?.blocks ?? [];
  const verBlocks = c.versions[pair.version]?.blocks ?? [];
  const linkByBase = new Map<number, number>();
  pair.links.forEach((l: Link, i) => l.base.forEach((b) => linkByBase.set(b, i)));
  const groupOfBase = groupsByBase(pair, groups);
  const placedVersion = new Set<number>();
  const rows: PairRow[] = [];
  const done = new Set<number>();
  const doneGroups = new Set<FactGroup>();
  baseBlocks.forEach((_, b) => {
    const li = linkByBase.get(b);
    const g = groupOfBase.get(b);
    if (g) {
      if (doneGroups.has(g)) return;
      doneGroups.add(g);
      rows.push({
        kind: 'corresponding',
        base: g.base,
        version: g.version,
        link: null,
        furniture: false,
        facts: g,
      });
      return;
    }
    if (li === undefined) {
      const furniture = isFurniture(baseBlocks, [b]);
      rows.push({
        kind: furniture ? 'furniture' : 'dropped',
        base: [b],
        version: [],
        link: null,
        furniture,
      });
      return;
    }
    if (done.has(li)) return;
    done.add(li);
    const link = pair.links[li] as Link;
    if (link.moved) {
      rows.push({ kind: 'moved-from', base: link.base, version: [], link: li, furniture: false });
    } else {
      link.version.forEach((v) => placedVersion.add(v));
      rows.push({
        kind: 'linked',
        base: link.base,
        version: link.version,
        link: li,
        furniture: false,
      });
    }
  });
  // Version paragraphs not yet placed (added, moved, furniture) go after the row holding the
  // nearest earlier placed version paragraph, keeping the version's own order.
  const rowOfVersion = new Map<number, number>();
  rows.forEach((r, i) => r.version.forEach((v) => rowOfVersion.set(v, i)));
  const inserts = new Map<number, PairRow[]>();
  const movedByVersion = new Map<number, number>();
  pair.links.forEach((l, i) => {
    if (l.moved) l.version.forEach((v) => movedByVersion.set(v, i));
  });
  let anchor = -1;
  const movedDone = new Set<number>();
  verBlocks.forEach((_, v) => {
    const r = rowOfVersion.get(v);
    if (r !== undefined) {
      anchor = r;
      return;
    }
    let row: PairRow;
    const mi = movedByVersion.get(v);
    if (mi !== undefined) {
      if (movedDone.has(mi)) return;
      movedDone.add(mi);
      row = {
        kind: 'moved-to',
        base: [],
        version: (pair.links[mi] as Link).version,
        link: mi,
        furniture: false,
      };
    } else {
      const furniture = isFurniture(verBlocks, [v]);
      row = {
        kind: furniture ? 'furniture' : 'added',
        base: [],
        version: [v],
        link: null,
        furniture,
      };
    }
    const list = inserts.get(anchor) ?? [];
    list.push(row);
    inserts.set(anchor, list);
  });
  const out: PairRow[] = [...(inserts.get(-1) ?? [])];
  rows.forEach((r, i) => {
    out.push(r);
    out.push(...(inserts.get(i) ?? []));
  });
  return out;
}
