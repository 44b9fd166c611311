// Word-level marks inside paragraphs: which ranges of a text are deleted, inserted or picked
// out, and the ordered list of changes that next/previous walks through. Offsets are UTF-16
// indexes into each version's text, as the engine gives them; text is split into plain
// strings here and rendered as React text nodes, never as markup.
import type { ChangeClass, Comparison, Pair } from '../../../engine';
import type { PairRow } from './rows';

/** Every change class, in the order the filters list them. */
export const CLASSES: ChangeClass[] = [
  'wording',
  'number',
  'name',
  'attribution',
  'quote',
  'hedge',
  'spelling',
  'typography',
];

/** Minor classes: dimmed by default. */
export const MINOR = new Set<ChangeClass>(['typography', 'spelling']);

/** What the person chose to see. */
export interface Filters {
  hidden: ReadonlySet<ChangeClass>;
  dimMinor: boolean;
  changesOnly: boolean;
  showFurniture: boolean;
}

/** A range of one side's text with how to show it. */
export interface Mark {
  start: number;
  end: number;
  kind: 'del' | 'ins' | 'hit';
  cls?: ChangeClass;
  changeId?: string;
}

/** A piece of a paragraph and the marks covering it. */
export interface Segment {
  text: string;
  start: number;
  marks: Mark[];
}

/** Splits text[start, end) at every mark boundary. */
export function segments(text: string, start: number, end: number, marks: Mark[]): Segment[] {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (b <= a) continue;
    out.push({
      text: text.slice(a, b),
      start: a,
      marks: marks.filter((m) => m.start <= a && m.end >= b),
    });
  }
  return out;
}

/** The change marks of one side of a pair (all links), filtered. */
export function changeMarks(pair: Pair, side: 'base' | 'version', filters: Filters): Mark[] {
  const out: Mark[] = [];
  pair.links.forEach((link, li) =>
    link.changes.forEach((ch, ci) => {
      if (filters.hidden.has(ch.class)) return;
      const r = ch[side];
      if (!r || r[1] <= r[0]) return;
      out.push({
        start: r[0],
        end: r[1],
        kind: side === 'base' ? 'del' : 'ins',
        cls: ch.class,
        changeId: `${li}:${ci}`,
      });
    }),
  );
  return out;
}

/** One stop for next/previous: a word change, or a whole dropped/added paragraph. */
export interface NavStop {
  id: string;
  row: number;
  cls: ChangeClass | 'dropped' | 'added';
}

/** The ordered stops of the visible rows. */
export function navStops(pair: Pair, rows: PairRow[], filters: Filters): NavStop[] {
  const stops: NavStop[] = [];
  rows.forEach((row, r) => {
    if (row.kind === 'dropped' || row.kind === 'added') {
      stops.push({ id: `row:${r}`, row: r, cls: row.kind });
      return;
    }
    if (row.link === null || row.kind === 'moved-to') return;
    const link = pair.links[row.link];
    link?.changes
      .map((ch, ci) => ({ ch, ci }))
      .filter(({ ch }) => !filters.hidden.has(ch.class))
      .sort((a, b) => (a.ch.version?.[0] ?? 0) - (b.ch.version?.[0] ?? 0))
      .forEach(({ ch, ci }) => stops.push({ id: `${row.link}:${ci}`, row: r, cls: ch.class }));
  });
  return stops;
}

/** Counts of a pair's word changes per class. */
export function classCounts(pair: Pair): Record<ChangeClass, number> {
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const l of pair.links) for (const ch of l.changes) counts[ch.class] += 1;
  return counts;
}

/** The block of a text holding an offset, or -1. */
export function blockAt(c: Comparison, versionIndex: number, offset: number): number {
  const blocks = c.versions[versionIndex]?.blocks ?? [];
  return blocks.findIndex((b) => offset >= b.start && offset < Math.max(b.end, b.start + 1));
}
