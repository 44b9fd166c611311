// Figures and statuses derived from a comparison for the overview and the matrix. Pure
// functions of the engine's result; the components only lay them out.
import {
  paragraphCounts,
  paragraphNumber,
  type AttributionEntry,
  type BlockKind,
  type Comparison,
  type Link,
  type Pair,
  type ParagraphCounts,
  type QuoteEntry,
  type QuoteStatus,
} from '../../../engine';
import { minorChange } from './attribution-change';

/**
 * What became of one base paragraph in one version. `corresponding`: no link holds it, but an
 * unlinked paragraph of the version reports the same facts (a "same facts" row of the pair view).
 */
export type CellStatus =
  'verbatim' | 'reworded' | 'partial' | 'moved' | 'dropped' | 'corresponding';

/** Symbol and words for each status: never colour alone. */
export const CELL_INFO: Record<CellStatus, { symbol: string; label: string }> = {
  verbatim: { symbol: '=', label: 'verbatim' },
  reworded: { symbol: '≈', label: 'reworded' },
  partial: { symbol: '◐', label: 'partly kept' },
  moved: { symbol: '↕', label: 'moved' },
  dropped: { symbol: '✕', label: 'dropped' },
  // the pair view's symbol for its "same facts, independent wording" rows (PairRowView.tsx)
  corresponding: { symbol: '≡', label: 'same facts' },
};

/**
 * Per-version figures for the overview. Paragraphs are counted as the pair view and the matrix
 * count them (engine `paragraphCounts`): a paragraph in a "same facts" row is neither dropped
 * nor added.
 */
export interface PairFigures extends Omit<ParagraphCounts, 'sameFactsRows'> {
  /** Attributions added, dropped or really changed (another source, verb or hedge). */
  attributionChanges: number;
  /** Attributions changed in wording only (tense, honorific, order, position): not counted above. */
  attributionMinor: number;
  /** Quotes trimmed, altered, paraphrased, reattributed, dropped or added. */
  quoteChanges: number;
  /** Quotes that differ only in typography or US/UK spelling: not counted above. */
  quoteMinor: number;
  similarity: number;
}

// Quote statuses the views dim like the typography and spelling classes of word changes (see
// MINOR in marks.ts): the words of the quotation survived, so they are not a changed quote.
const MINOR_QUOTE: ReadonlySet<QuoteStatus> = new Set<QuoteStatus>(['typography', 'spelling']);

/** True for a quote status that only typography or US/UK spelling changed. */
export function isMinorQuoteStatus(status: string): boolean {
  return MINOR_QUOTE.has(status as QuoteStatus);
}

/** True for a quote whose words survived with a minor difference (typography or spelling). */
export function isMinorQuote(q: QuoteEntry): boolean {
  return isMinorQuoteStatus(q.status);
}

/** True for an attribution that really changed: added, dropped, or changed without a minor kind. */
export function isRealAttributionChange(a: AttributionEntry): boolean {
  return a.status !== 'kept' && minorChange(a) === null;
}

/** The link of a pair that holds base block `b`, if any. */
export function linkOfBase(pair: Pair, b: number): Link | undefined {
  return pair.links.find((l) => l.base.includes(b));
}

/**
 * What became of base block `b` in the pair's version. `sameFacts`: the base blocks the pair
 * view shows in "same facts" rows (rows.ts groupsByBase), which are then not called dropped.
 */
export function cellStatus(
  pair: Pair,
  b: number,
  sameFacts?: ReadonlyMap<number, unknown>,
): CellStatus {
  const link = linkOfBase(pair, b);
  if (!link) return sameFacts?.has(b) ? 'corresponding' : 'dropped';
  if (link.moved) return 'moved';
  return link.relation;
}

/**
 * Counts of a pair, by base paragraph (kept/reworded/moved/dropped/same facts) and version
 * (added).
 */
export function pairFigures(pair: Pair): PairFigures {
  const { sameFactsRows: _rows, ...n } = paragraphCounts(pair);
  const s = pair.stats;
  return {
    ...n,
    attributionChanges: pair.attributions.filter(isRealAttributionChange).length,
    attributionMinor: pair.attributions.filter((a) => minorChange(a) !== null).length,
    quoteChanges: pair.quotes.filter((q) => q.status !== 'identical' && !isMinorQuote(q)).length,
    quoteMinor: pair.quotes.filter(isMinorQuote).length,
    similarity: s.similarity ?? (s.baseWords > 0 ? s.keptWords / s.baseWords : 0),
  };
}

/**
 * Indexes of the base's paragraphs that take part in the comparison: every block but
 * boilerplate (headlines, bylines, datelines and captions are judged too).
 */
export function baseComparedBlocks(c: Comparison): number[] {
  const blocks = c.versions[c.base]?.blocks ?? [];
  return blocks.flatMap((b, i) => (b.kind !== 'boilerplate' ? [i] : []));
}

/**
 * How the views name a block that is not body text (retold.comparison/2 links and drops
 * headlines, bylines, datelines and captions like paragraphs, so the reader must see which is
 * which: "dropped caption", "added headline"). Body text and page furniture need no name here.
 */
export const BLOCK_KIND_NAME: Record<BlockKind, string> = {
  body: '',
  title: 'headline',
  byline: 'byline',
  dateline: 'dateline',
  caption: 'caption',
  boilerplate: '',
};

/** A base paragraph as the matrix lists it: its block index and its citable number (¶n). */
export interface ParagraphRow {
  block: number;
  number: number;
}

/**
 * The matrix's base paragraphs with their numbers. The number is the engine's (every block
 * counts), the same the CLI and exports print, not the row's position in the matrix.
 */
export function baseParagraphRows(c: Comparison): ParagraphRow[] {
  const base = c.versions[c.base];
  if (!base) return [];
  return baseComparedBlocks(c).map((block) => ({ block, number: paragraphNumber(base, block) }));
}

/**
 * An added paragraph, placed after base paragraph `after` (-1: at the top): of one version
 * (`pairIndex`, `block`), or of several when they share the addition (the engine's
 * `sharedEdits`), one row for all of them.
 */
export interface AddedRow {
  pairIndex: number;
  block: number;
  after: number;
  /** Every version's cell of this row, the first one (`pairIndex`, `block`) included. */
  cells: Array<{ pairIndex: number; block: number }>;
}

/** One row per shared addition: the rows of its later versions folded into its first one. */
function foldShared(c: Comparison, rows: AddedRow[]): AddedRow[] {
  const pairOf = new Map(c.pairs.map((p, i) => [p.version, i]));
  const rowOf = new Map(rows.map((r) => [`${r.pairIndex}:${r.block}`, r]));
  const folded = new Set<AddedRow>();
  for (const e of c.sharedEdits ?? []) {
    if (e.kind !== 'added') continue;
    const members = e.spans
      .flatMap((s) => rowOf.get(`${pairOf.get(s.version)}:${s.block}`) ?? [])
      .sort((x, y) => x.pairIndex - y.pairIndex);
    // the row stands, and reads, as in the leftmost version's column
    const [first, ...rest] = members;
    if (!first) continue;
    for (const r of rest) {
      first.cells.push(...r.cells);
      folded.add(r);
    }
  }
  return rows.filter((r) => !folded.has(r));
}

/**
 * Where each version's added paragraphs stand relative to the base. `sameFacts`, per pair: the
 * version blocks the pair view shows in "same facts" rows; the matrix shows them in the base
 * paragraph's cell ("same facts"), so they are not added rows too, as in the pair view's counts.
 */
export function addedRows(c: Comparison, sameFacts?: ReadonlySet<number>[]): AddedRow[] {
  const rows: AddedRow[] = [];
  c.pairs.forEach((pair, pairIndex) => {
    for (const block of pair.addedBlocks) {
      if (sameFacts?.[pairIndex]?.has(block)) continue;
      let after = -1;
      for (const l of pair.links) {
        if (l.moved) continue;
        if (Math.max(...l.version) < block) after = Math.max(after, ...l.base);
      }
      rows.push({ pairIndex, block, after, cells: [{ pairIndex, block }] });
    }
  });
  return foldShared(c, rows);
}

/** A base attribution or quote and its status in each pair. */
export interface SourceRow {
  kind: 'attribution' | 'quote';
  text: string;
  start: number;
  statuses: string[];
}

/** The base's attributions and quotes with what became of each in every version. */
export function sourceRows(c: Comparison): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  const row = (kind: SourceRow['kind'], start: number, end: number, text: string): SourceRow => {
    const key = `${kind}:${start}:${end}`;
    let r = rows.get(key);
    if (!r) {
      r = { kind, text, start, statuses: c.pairs.map(() => '') };
      rows.set(key, r);
    }
    return r;
  };
  c.pairs.forEach((pair, i) => {
    for (const a of pair.attributions) {
      if (a.base) row('attribution', a.base.start, a.base.end, a.base.text).statuses[i] = a.status;
    }
    for (const q of pair.quotes) {
      if (q.base) row('quote', q.base.start, q.base.end, q.base.text).statuses[i] = q.status;
    }
  });
  return [...rows.values()].sort((a, b) =>
    a.kind === b.kind ? a.start - b.start : a.kind === 'attribution' ? -1 : 1,
  );
}

/** Statuses that mean "nothing changed" for a source cell. */
export function isUnchangedSource(status: string): boolean {
  return status === 'kept' || status === 'identical';
}

/** One-line explanations of quote and attribution statuses, for badges. */
export const STATUS_HELP: Record<QuoteStatus | 'kept' | 'changed', string> = {
  identical: 'identical: the quotation is word for word the same',
  typography: 'typography: only quotation marks, apostrophes, dashes or spacing differ',
  spelling: 'spelling: only US/UK spelling differs inside the quotation marks',
  trimmed: 'trimmed: words were cut from the quotation, the rest is unchanged',
  altered: 'altered: words inside the quotation marks were changed',
  paraphrased: 'paraphrased: the words survive only outside quotation marks',
  reattributed: 'reattributed: the same quotation is credited to someone else',
  dropped: 'dropped: not in this version',
  added: 'added: only in this version',
  kept: 'kept: the same source is credited for the same content',
  changed: 'changed: the same content is credited differently',
};
