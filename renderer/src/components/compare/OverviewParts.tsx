// Pieces of the overview table: paragraph and change counts, the derivation label with what
// it means and, for an independent report, what it shares with the base; the sortable column
// headers and the legend under the table.
import type { Derivation, Pair } from '../../../../engine';
import type { PairFigures } from '../../compare/model';
import { sharedSummary } from '../../compare/pair-sources';
import { SORT_BY, type OverviewColumn, type OverviewSort } from './overview-sort';

const COUNTS = [
  ['kept', '=', 'kept'],
  ['reworded', '≈', 'reworded'],
  ['moved', '↕', 'moved'],
  ['dropped', '✕', 'dropped'],
  ['sameFacts', '≡', 'same facts, independent wording'],
  ['added', '+', 'added'],
] as const;

/** Paragraph counts as compact chips: a symbol and a number, with the word for screen readers. */
export function ParagraphCounts({ f }: { f: PairFigures }) {
  return (
    <span className="para-counts">
      {COUNTS.map(([k, sym, word]) => (
        <span
          key={k}
          className={`count-chip st-${k}${f[k] === 0 ? ' zero' : ''}`}
          title={`${f[k]} ${word}`}
        >
          <span aria-hidden="true">
            {sym} {f[k]}
          </span>
          <span className="visually-hidden">
            {f[k]} {word},
          </span>
        </span>
      ))}
    </span>
  );
}

/**
 * A count of real changes, with the minor ones (wording-only credits, typography or spelling in
 * quotes) beside it, dimmed: the same split the attributions panel and the matrix make.
 */
export function ChangeCount({ n, minor }: { n: number; minor: number }) {
  return (
    <>
      {n}
      {minor > 0 ? (
        <span className="minor-count" title={`${minor} changed only in wording or typography`}>
          {' '}
          +{minor} minor
        </span>
      ) : null}
    </>
  );
}

/** Each derivation label, its short gloss under the label, and what it means in full. */
export const DERIVATION_WORDS: Record<Derivation['label'], { label: string; gloss: string }> = {
  wholly: { label: 'wholly derived', gloss: 'most of its own words come from the base' },
  partially: { label: 'partially derived', gloss: 'some of its own words come from the base' },
  none: { label: 'not derived', gloss: 'its own words do not come from the base' },
};

/**
 * The full explanation of one version's label, with its score. Derivation looks at the
 * version's own wording (quotes, names and numbers left out, since independent reports share
 * those too); similarity looks the other way, at how much of the base survived. A reprint
 * cut to a third is wholly derived and only about 30% similar.
 */
export function derivationHelp(d: Derivation): string {
  const share = `about ${Math.round(d.score * 100)}%`;
  const what =
    d.label === 'wholly'
      ? `Most of this version's own words (${share}) come from the base: it is a copy of the base, perhaps cut or lightly edited.`
      : d.label === 'partially'
        ? `Some of this version's own words (${share}) come from the base; the rest was written separately or taken from elsewhere.`
        : `This version's own words do not come from the base (${share} shared): it reads as an independent report of the same event.`;
  return `${what} Quotes, names and numbers are left out, as independent reports share them too. “Similar” measures the other way: how much of the base this version kept.`;
}

/** The derivation cell: the label, a short gloss under it, and the full explanation. */
export function DerivationLabel({ d, id }: { d: Derivation; id: string }) {
  const words = DERIVATION_WORDS[d.label];
  return (
    <span className={`derivation d-${d.label}`} title={derivationHelp(d)}>
      <span className="derivation-label">{words.label}</span>
      <span className="derivation-gloss" id={id}>
        {words.gloss}
        <span className="visually-hidden"> {derivationHelp(d)}</span>
      </span>
    </span>
  );
}

/**
 * Under "not derived": what the independent report still shares with the base and what it
 * does not (issue 13), so the row says more than "0% · not derived".
 */
export function SharedSummary({ pair }: { pair: Pair }) {
  const parts = sharedSummary(pair);
  if (parts.length === 0) return null;
  return (
    <span className="shared-summary">
      {parts.map((p, i) => (
        <span key={i} className="shared-part">
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {p}
          {i < parts.length - 1 ? <span className="visually-hidden">;</span> : null}
        </span>
      ))}
    </span>
  );
}

/** A column header that sorts the table: a button, with aria-sort on the header cell. */
export function SortHeader({
  column,
  sort,
  onSort,
  numeric,
  children,
}: {
  column: OverviewColumn;
  sort: OverviewSort;
  onSort: (column: OverviewColumn) => void;
  numeric?: boolean;
  children: string;
}) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      className={numeric ? 'num sortable' : 'sortable'}
      aria-sort={active ? sort.direction : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        title={`Sort by ${SORT_BY[column]}`}
      >
        {children}
        <span aria-hidden="true" className="sort-mark">
          {/* a no-break space: the mark never wraps alone onto a line of its own */}
          {'\u00a0'}
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** What the table's words and numbers mean, under it. */
export function OverviewLegend() {
  return (
    <dl className="overview-legend">
      <dt>Similar</dt>
      <dd>the share of the base's words this version kept.</dd>
      <dt>Derivation</dt>
      <dd>
        how much of this version's own wording (quotes, names and numbers aside) comes from the
        base: wholly derived means most of it, partially derived some of it, not derived none (an
        independent report). A heavily cut copy is wholly derived yet not very similar.
      </dd>
      <dt>Paragraphs</dt>
      <dd>
        what became of the base's paragraphs: = kept, ≈ reworded, ↕ moved, ✕ dropped, ≡ reported
        with the same facts in independent wording; and + the version's paragraphs added. They count
        as the matrix and the pair view show them.
      </dd>
      <dt>Sources changed, Quotes changed</dt>
      <dd>
        attributions and quotations added, dropped or changed; changes only in wording or typography
        are counted apart as “minor”.
      </dd>
    </dl>
  );
}
