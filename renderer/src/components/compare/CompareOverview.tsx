import { useState } from 'react';
import type { LoadedComparison } from '../../compare/useComparison';
import { pairFigures } from '../../compare/model';
import type { PairTarget } from '../../compare/usePairLayout';
import { baseReason } from '../../lib/base-reason';
import { formatDate, versionName } from '../../lib/format';
import type { VersionSummary } from '../../lib/types';
import {
  ChangeCount,
  DerivationLabel,
  OverviewLegend,
  ParagraphCounts,
  SharedSummary,
  SortHeader,
} from './OverviewParts';
import { CopyChainTree } from './CopyChainTree';
import { nextSort, sortRows, type OverviewRow, type OverviewSort } from './overview-sort';

interface CompareOverviewProps {
  loaded: LoadedComparison;
  chosenBase: boolean;
  /** Makes a version the base; null goes back to the automatic choice. */
  onMakeBase: (versionId: number | null) => void;
  /** Opens a pair, at a paragraph when given (the copy chain's shared edits). */
  onOpenPair: (pairIndex: number, where?: PairTarget) => void;
}

/** The headline when the name is the outlet, and the file a version came from. */
const subtitle = (v: VersionSummary): string =>
  [v.outlet ? (v.title ?? 'Untitled') : null, v.sourceKind === 'file' ? v.sourceName : null]
    .filter(Boolean)
    .join(' · ');

/** Date and length, under the name. */
const meta = (v: VersionSummary): string =>
  `${formatDate(v.published)} · ${v.wordCount.toLocaleString()} words`;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function VersionHead({ v, independent }: { v: VersionSummary; independent?: boolean }) {
  return (
    <th scope="row">
      <span className="version-outlet">{versionName(v)}</span>
      <span className="version-title">{subtitle(v)}</span>
      <span className="version-meta">{meta(v)}</span>
      {independent ? <span className="badge independent-badge">Independent report</span> : null}
    </th>
  );
}

function PairRow({ row, props }: { row: OverviewRow; props: CompareOverviewProps }) {
  const { pair, index: i, version: v } = row;
  const f = pairFigures(pair);
  const name = versionName(v);
  const independent = pair.derivation.label === 'none';
  return (
    <tr data-version-id={v.id} className={independent ? 'independent' : undefined}>
      <VersionHead v={v} independent={independent} />
      <td className="num">{pct(f.similarity)}</td>
      <td>
        <DerivationLabel d={pair.derivation} id={`derivation-help-${v.id}`} />
        {independent ? <SharedSummary pair={pair} /> : null}
      </td>
      <td>
        <ParagraphCounts f={f} />
      </td>
      <td className="num">
        <ChangeCount n={f.attributionChanges} minor={f.attributionMinor} />
      </td>
      <td className="num">
        <ChangeCount n={f.quoteChanges} minor={f.quoteMinor} />
      </td>
      <td className="actions-cell">
        <div className="row-actions">
          <button
            type="button"
            className="small-button"
            onClick={() => props.onOpenPair(i)}
            aria-label={`Compare ${name} with the base`}
          >
            Compare
          </button>
          <button
            type="button"
            className="small-button"
            onClick={() => props.onMakeBase(v.id)}
            aria-label={`Make ${name} the base`}
          >
            Make base
          </button>
        </div>
      </td>
    </tr>
  );
}

function BaseLine({ props }: { props: CompareOverviewProps }) {
  const { comparison: c, versions } = props.loaded;
  const base = versions[c.base];
  const reason = baseReason(c, props.chosenBase, base?.published);
  return (
    <p className={reason.weak ? 'base-line weak-base' : 'base-line'}>
      <span className="badge base-badge">Base</span>{' '}
      <strong>{base ? versionName(base) : '—'}</strong>
      {' — '}
      <span className={reason.weak ? 'base-reason weak' : 'base-reason muted'}>
        {reason.weak ? <span aria-hidden="true">⚠ </span> : null}
        {reason.text}
      </span>
      {props.chosenBase ? (
        <>
          {' '}
          <button type="button" className="small-button" onClick={() => props.onMakeBase(null)}>
            Choose the base automatically
          </button>
        </>
      ) : null}
    </p>
  );
}

/** Every version against the base: how much was kept, reworded, moved, dropped and added. */
export function CompareOverview(props: CompareOverviewProps) {
  const { comparison: c, versions } = props.loaded;
  const base = versions[c.base];
  const [sort, setSort] = useState<OverviewSort>({ column: null, direction: 'ascending' });
  const rows = c.pairs.flatMap((pair, index): OverviewRow[] => {
    const version = versions[pair.version];
    return version ? [{ pair, index, version }] : [];
  });
  const onSort = (column: OverviewSort['column'] & string) => setSort((s) => nextSort(s, column));
  const head = { sort, onSort };
  return (
    <section className="compare-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">How each version treated the story</h2>
      <BaseLine props={props} />
      <div className="overview-scroll">
        <table className="overview-table">
          <caption className="visually-hidden">
            Versions compared with the base. Column headers sort the table.
          </caption>
          <thead>
            <tr>
              <SortHeader column="version" {...head}>
                Version
              </SortHeader>
              <SortHeader column="similar" numeric {...head}>
                Similar
              </SortHeader>
              <SortHeader column="derivation" {...head}>
                Derivation
              </SortHeader>
              <SortHeader column="paragraphs" {...head}>
                Paragraphs
              </SortHeader>
              <SortHeader column="sources" numeric {...head}>
                Sources changed
              </SortHeader>
              <SortHeader column="quotes" numeric {...head}>
                Quotes changed
              </SortHeader>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {base ? (
              <tr className="is-base" data-version-id={base.id}>
                <VersionHead v={base} />
                <td colSpan={5} className="muted">
                  the base: every other version is compared with it
                </td>
                <td />
              </tr>
            ) : null}
            {sortRows(rows, sort).map((row) => (
              <PairRow key={row.version.id} row={row} props={props} />
            ))}
          </tbody>
        </table>
      </div>
      <OverviewLegend />
      <CopyChainTree loaded={props.loaded} onOpenPair={props.onOpenPair} />
    </section>
  );
}
