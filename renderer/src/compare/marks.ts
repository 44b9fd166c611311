// Word-level marks inside paragraphs: which ranges of a text are deleted, inserted or picked
// out, and the ordered list of changes that next/previous walks through. Offsets are UTF-16
// indexes into each version's text, as the engine gives them; text is split into plain
// strings here and rendered as React text nodes, never as markup.
import type { ChangeClass, Comparison, Pair } from '../../../engine';
import { MINOR, pairFindings, type Finding, type PairFindings } from './findings';
import type { PairRow } from './rows';

export { CLASSES, MINOR } from './findings';

/** What the person chose to see. */
export interface Filters {
  hidden: ReadonlySet<ChangeClass>;
  dimMinor: boolean;
  changesOnly: boolean;
  showFurniture: boolean;
  /** Unlinked paragraphs that report the same facts sit side by side (correspondence.ts);
   * off, they show as dropped and added, as the engine's droppedBlocks/addedBlocks list them. */
  sameFacts: boolean;
}

/** A range of one side's text with how to show it. */
export interface Mark {
  start: number;
  end: number;
  /** `fact`: an item two paragraphs of a "same facts" row share (correspondence.ts). */
  kind: 'del' | 'ins' | 'hit' | 'fact';
  cls?: ChangeClass;
  /** For a fact mark: which kind of shared item it is. */
  fact?: 'entity' | 'number' | 'speaker' | 'quote';
  changeId?: string;
  /** Part of a minor finding (findings.ts): drawn dimmed while minor changes are dimmed. */
  minor?: boolean;
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

/** True when next/previous passes over a class: minor classes while they are dimmed. */
export function skipped(filters: Filters, cls: ChangeClass): boolean {
  return filters.dimMinor && MINOR.has(cls);
}

/** True when next/previous passes over a finding: a minor one (findings.ts) while dimmed. */
export function skippedFinding(filters: Filters, f: Finding): boolean {
  return filters.dimMinor && f.minor;
}

/**
 * The change marks of one side of a pair, filtered: every word change in the class of its
 * finding (findings.ts), and a mark on the text of each attribution or quote finding that
 * covers no word change (a dropped quote in a dropped paragraph), so each finding shows.
 */
export function changeMarks(
  pair: Pair,
  side: 'base' | 'version',
  filters: Filters,
  found: PairFindings = pairFindings(pair),
): Mark[] {
  const kind = side === 'base' ? 'del' : 'ins';
  // Entry marks first: where one overlaps a word change, the entry's class is the one shown.
  const out: Mark[] = [];
  for (const f of found.findings) {
    if (f.changes.length > 0 || !f.entry || filters.hidden.has(f.cls)) continue;
    const span = entrySpan(pair, f, side);
    if (span && span.end > span.start)
      out.push({
        start: span.start,
        end: span.end,
        kind,
        cls: f.cls,
        changeId: f.id,
        minor: f.minor,
      });
  }
  pair.links.forEach((link, li) =>
    link.changes.forEach((ch, ci) => {
      const id = `${li}:${ci}`;
      const cls = found.classOf.get(id) ?? ch.class;
      const r = ch[side];
      if (filters.hidden.has(cls) || !r || r[1] <= r[0]) return;
      out.push({
        start: r[0],
        end: r[1],
        kind,
        cls,
        changeId: id,
        minor: found.minorChanges.has(id),
      });
    }),
  );
  return out;
}

/** The span of an attribution or quote finding on one side, if it has one there. */
function entrySpan(
  pair: Pair,
  f: Finding,
  side: 'base' | 'version',
): { start: number; end: number } | null {
  if (!f.entry) return null;
  const list = f.entry.kind === 'attribution' ? pair.attributions : pair.quotes;
  return list[f.entry.index]?.[side] ?? null;
}

/**
 * One stop for next/previous: a finding (its first word change, or its entry mark) or a whole
 * dropped/added paragraph or "same facts" row. `id` is the `data-change` of the element to focus, or `row:<r>`.
 */
export interface NavStop {
  id: string;
  row: number;
  cls: ChangeClass | 'dropped' | 'added' | 'corresponding';
}

/** Where a finding's stop is: its row, the element id and the offset that orders it. */
function findingStop(
  c: Comparison,
  pair: Pair,
  rows: PairRow[],
  f: Finding,
): { stop: NavStop; key: number } | null {
  const head = f.changes[0];
  if (head !== undefined) {
    const [li, ci] = head.split(':').map(Number) as [number, number];
    const ch = pair.links[li]?.changes[ci];
    // A moved link shows its base side in the moved-from row and its version in moved-to.
    const onBase = !!ch?.base && ch.base[1] > ch.base[0];
    const row = rows.findIndex(
      (r) =>
        r.link === li && (r.kind === 'linked' || r.kind === (onBase ? 'moved-from' : 'moved-to')),
    );
    const key = ch?.version?.[0] ?? ch?.base?.[0] ?? 0;
    return row < 0 ? null : { stop: { id: head, row, cls: f.cls }, key };
  }
  const side = entrySpan(pair, f, 'version') ? 'version' : 'base';
  const span = entrySpan(pair, f, side);
  if (!span) return null;
  const block = blockAt(c, side === 'base' ? c.base : pair.version, span.start);
  const row = rows.findIndex((r) => (side === 'base' ? r.base : r.version).includes(block));
  return row < 0 ? null : { stop: { id: f.id, row, cls: f.cls }, key: span.start };
}

/**
 * The ordered stops of a pair under the filters: dropped and added paragraphs always, and the
 * findings of every shown class except minor ones skipped while dimmed (skippedFinding()).
 */
export function navStops(
  c: Comparison,
  pair: Pair,
  rows: PairRow[],
  filters: Filters,
  found: PairFindings = pairFindings(pair),
): NavStop[] {
  const keyed: { stop: NavStop; key: number }[] = [];
  rows.forEach((row, r) => {
    if (row.kind === 'dropped' || row.kind === 'added' || row.kind === 'corresponding')
      keyed.push({ stop: { id: `row:${r}`, row: r, cls: row.kind }, key: -1 });
  });
  for (const f of found.findings) {
    if (filters.hidden.has(f.cls) || skippedFinding(filters, f)) continue;
    const s = findingStop(c, pair, rows, f);
    if (s) keyed.push(s);
  }
  keyed.sort((a, b) => a.stop.row - b.stop.row || a.key - b.key);
  return keyed.map((k) => k.stop);
}

/** Counts of a pair's findings per class (findings.ts): what the filter chips show. */
export function classCounts(pair: Pair): Record<ChangeClass, number> {
  return pairFindings(pair).counts;
}

/** The block of a text holding an offset, or -1. */
export function blockAt(c: Comparison, versionIndex: number, offset: number): number {
  const blocks = c.versions[versionIndex]?.blocks ?? [];
  return blocks.findIndex((b) => offset >= b.start && offset < Math.max(b.end, b.start + 1));
}
