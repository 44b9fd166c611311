import { memo } from 'react';
import type { Comparison, Pair } from '../../../../engine';
import type { Filters, Mark } from '../../compare/marks';
import type { PairRow } from '../../compare/rows';
import { BLOCK_KIND_NAME } from '../../compare/model';
import { SAME_FACTS_LABEL, groupNumbers, groupSummary } from '../../compare/correspondence';
import { CiteRow } from '../export/Cite';
import { InlineText } from './InlineText';
import { ParaText } from './ParaText';

interface PairRowViewProps {
  c: Comparison;
  pair: Pair;
  row: PairRow;
  index: number;
  baseMarks: Mark[];
  versionMarks: Mark[];
  filters: Filters;
  inline: boolean;
  /** For a moved row, the row index of its counterpart. */
  counterpart: number | null;
  goToRow: (r: number, sel: string) => void;
}

const KIND_LABEL: Record<PairRow['kind'], string> = {
  linked: '',
  'moved-from': 'moved',
  'moved-to': 'moved here',
  dropped: 'dropped',
  added: 'added',
  corresponding: SAME_FACTS_LABEL,
  furniture: 'page furniture',
};

const KIND_SYMBOL: Partial<Record<PairRow['kind'], string>> = {
  'moved-from': '↕ ',
  'moved-to': '↕ ',
  dropped: '✕ ',
  added: '+ ',
  corresponding: '≡ ',
};

/** A "same facts" row's second line: which paragraphs, and what they share. */
function FactsLine({ c, pair, row }: { c: Comparison; pair: Pair; row: PairRow }) {
  if (!row.facts) return null;
  return (
    <div className="facts-line">
      <span className="facts-numbers">{groupNumbers(c, pair, row.facts)}</span>{' '}
      <span className="facts-summary">{groupSummary(c, row.facts)}</span>
    </div>
  );
}

function Side({
  c,
  v,
  blocks,
  marks,
  filters,
}: {
  c: Comparison;
  v: number;
  blocks: number[];
  marks: Mark[];
  filters: Filters;
}) {
  const ver = c.versions[v];
  if (!ver) return null;
  return (
    <>
      {blocks.map((b) => {
        const blk = ver.blocks[b];
        if (!blk) return null;
        return (
          <p
            key={b}
            className={`para kind-${blk.kind}`}
            data-block={b}
            data-kind-name={BLOCK_KIND_NAME[blk.kind] || undefined}
          >
            <ParaText
              text={ver.text}
              start={blk.start}
              end={blk.end}
              marks={marks}
              filters={filters}
            />
          </p>
        );
      })}
    </>
  );
}

/** One aligned row: base paragraph(s) on the left, version paragraph(s) on the right. */
export const PairRowView = memo(function PairRowView(props: PairRowViewProps) {
  const { c, pair, row, baseMarks, versionMarks, filters, inline, counterpart } = props;
  const link = row.link === null ? undefined : pair.links[row.link];
  const jumpLabel =
    row.kind === 'moved-from' ? 'Go to where the version has it' : 'Go to where the base has it';
  const marker =
    row.kind === 'linked' ? null : (
      <div className={`row-marker mk-${row.kind}`}>
        <span className="mk-label">
          <span aria-hidden="true">{KIND_SYMBOL[row.kind] ?? ''}</span>
          {KIND_LABEL[row.kind]}
        </span>
        {counterpart !== null ? (
          <button
            type="button"
            className="link-button move-link"
            onClick={() => props.goToRow(counterpart, `[data-row="${counterpart}"] .move-link`)}
          >
            {jumpLabel}
          </button>
        ) : null}
      </div>
    );
  const baseSide = <Side c={c} v={c.base} blocks={row.base} marks={baseMarks} filters={filters} />;
  const verSide = (
    <Side c={c} v={pair.version} blocks={row.version} marks={versionMarks} filters={filters} />
  );
  return (
    <div
      className={`pair-row rk-${row.kind}${inline ? ' inline' : ''}`}
      data-row={props.index}
      data-kind={row.kind}
      data-base-blocks={row.base.join(' ')}
      data-version-blocks={row.version.join(' ')}
      tabIndex={-1}
    >
      {inline ? (
        <div className="cell-inline">
          {marker}
          {link && row.link !== null && (row.kind === 'linked' || row.kind === 'moved-to') ? (
            <InlineText
              c={c}
              version={pair.version}
              link={link}
              linkIndex={row.link}
              blocks={row.version}
              baseMarks={baseMarks}
              versionMarks={versionMarks}
              filters={filters}
            />
          ) : row.kind === 'added' || row.kind === 'furniture' ? (
            verSide
          ) : row.kind === 'corresponding' ? (
            <>
              <FactsLine c={c} pair={pair} row={row} />
              <div className="inline-base">{baseSide}</div>
              {verSide}
            </>
          ) : (
            <div className="inline-base">{baseSide}</div>
          )}
        </div>
      ) : (
        <>
          <div className="cell-base">
            {row.base.length > 0 ? marker : null}
            {baseSide}
          </div>
          <div className="cell-version">
            {row.kind === 'corresponding' ? (
              <FactsLine c={c} pair={pair} row={row} />
            ) : row.version.length > 0 ? (
              marker
            ) : null}
            {verSide}
          </div>
        </>
      )}
      <div className="row-cite">
        <CiteRow row={row} />
      </div>
    </div>
  );
});
