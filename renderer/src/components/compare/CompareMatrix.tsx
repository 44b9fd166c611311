import { Fragment } from 'react';
import type { LoadedComparison } from '../../compare/useComparison';
import { MINOR_HELP, minorChangeAt } from '../../compare/attribution-change';
import {
  BLOCK_KIND_NAME,
  CELL_INFO,
  STATUS_HELP,
  addedRows,
  baseParagraphRows,
  cellStatus,
  isMinorQuoteStatus,
  isUnchangedSource,
  sourceRows,
} from '../../compare/model';
import { blockAt } from '../../compare/marks';
import type { PairTarget } from '../../compare/usePairLayout';
import { versionName } from '../../lib/format';

interface CompareMatrixProps {
  loaded: LoadedComparison;
  /** Opens pair `pairIndex` at base paragraph `block` (or at version paragraph `versionBlock`). */
  onOpen: (pairIndex: number, at: PairTarget) => void;
}

const help = (st: string): string =>
  STATUS_HELP[st as keyof typeof STATUS_HELP] ?? 'not reported for this version';

const excerpt = (text: string, n = 90): string =>
  text.length > n ? `${text.slice(0, n).trimEnd()}…` : text;

/** Rows are the base's paragraphs, columns the other versions: what became of each. */
export function CompareMatrix({ loaded, onOpen }: CompareMatrixProps) {
  const { comparison: c, versions } = loaded;
  const base = c.versions[c.base];
  if (!base) return null;
  const rows = baseParagraphRows(c);
  const added = addedRows(c);
  const sources = sourceRows(c);
  const names = c.pairs.map((p) =>
    versionName(versions[p.version] ?? { outlet: null, title: null }),
  );
  const addedAfter = (b: number) => added.filter((a) => a.after === b);
  const renderAdded = (b: number) =>
    addedAfter(b).map((a) => {
      const vb = c.versions[c.pairs[a.pairIndex]?.version ?? -1]?.blocks[a.block];
      const vtext = c.versions[c.pairs[a.pairIndex]?.version ?? -1]?.text ?? '';
      return (
        <tr key={`a${a.pairIndex}-${a.block}`} className="added-row">
          <th scope="row" className="para-head">
            <span className="para-num">+</span>
            <span className="para-text">
              Added {vb && BLOCK_KIND_NAME[vb.kind] ? `${BLOCK_KIND_NAME[vb.kind]} ` : ''}in{' '}
              {names[a.pairIndex]}: {vb ? excerpt(vtext.slice(vb.start, vb.end)) : ''}
            </span>
          </th>
          {c.pairs.map((_, i) => (
            <td key={i} className="cell">
              {i === a.pairIndex ? (
                <button
                  type="button"
                  className="cell-button st-added"
                  onClick={() => onOpen(i, { version: a.block })}
                  aria-label={`${names[i]}: added paragraph. Open the pair here`}
                >
                  <span aria-hidden="true">+</span> added
                </button>
              ) : null}
            </td>
          ))}
        </tr>
      );
    });

  return (
    <section className="compare-matrix" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">All versions, paragraph by paragraph</h2>
      <div className="matrix-scroll">
        <table className="matrix">
          <caption className="visually-hidden">
            What each version did with each paragraph of the base
          </caption>
          <thead>
            <tr>
              <th scope="col">Base paragraph</th>
              {names.map((n, i) => (
                <th scope="col" key={i} className="matrix-col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {renderAdded(-1)}
            {rows.map(({ block: b, number: n }) => {
              const blk = base.blocks[b];
              const text = blk ? base.text.slice(blk.start, blk.end) : '';
              return (
                <Fragment key={b}>
                  <tr data-base-block={b}>
                    <th scope="row" className="para-head">
                      <span className="para-num">¶{n}</span>
                      {blk && BLOCK_KIND_NAME[blk.kind] ? (
                        <span className="para-kind">{BLOCK_KIND_NAME[blk.kind]}</span>
                      ) : null}
                      <span className="para-text">{excerpt(text)}</span>
                    </th>
                    {c.pairs.map((pair, i) => {
                      const st = cellStatus(pair, b);
                      const info = CELL_INFO[st];
                      return (
                        <td key={i} className="cell">
                          <button
                            type="button"
                            className={`cell-button st-${st}`}
                            data-status={st}
                            onClick={() => onOpen(i, { base: b })}
                            aria-label={`¶${n} in ${names[i]}: ${info.label}. Open the pair here`}
                          >
                            <span aria-hidden="true" className="sym">
                              {info.symbol}
                            </span>{' '}
                            {info.label}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                  {renderAdded(b)}
                </Fragment>
              );
            })}
          </tbody>
          {sources.length > 0 ? (
            <tbody className="source-rows">
              <tr>
                <th scope="colgroup" colSpan={names.length + 1} className="group-head">
                  Attributions and quotes of the base
                </th>
              </tr>
              {sources.map((s) => (
                <tr key={`${s.kind}${s.start}`} data-source-kind={s.kind}>
                  <th scope="row" className="para-head">
                    <span className="para-num">{s.kind === 'quote' ? '“”' : '@'}</span>
                    <span className="para-text">{excerpt(s.text, 70)}</span>
                  </th>
                  {s.statuses.map((st, i) => {
                    // A minor attribution change is dimmed like typography (see SourcePanel).
                    const minor =
                      s.kind === 'attribution' ? minorChangeAt(c.pairs[i], s.start) : null;
                    const said = minor ? MINOR_HELP : help(st);
                    return (
                      <td key={i} className="cell">
                        <button
                          type="button"
                          className={`source-cell ${minor ? 'st-src-typography' : st ? (isUnchangedSource(st) ? 'st-verbatim' : `st-src-${st}`) : 'st-none'}`}
                          data-status={st || 'none'}
                          data-change={minor ?? undefined}
                          title={said}
                          aria-label={`${s.kind === 'quote' ? 'Quote' : 'Attribution'} “${excerpt(s.text, 40)}” in ${names[i]}: ${said}. Open the pair here`}
                          onClick={() =>
                            onOpen(i, {
                              base: blockAt(c, c.base, s.start),
                              source: { kind: s.kind, start: s.start },
                            })
                          }
                        >
                          <span aria-hidden="true" className="sym">
                            {minor || (s.kind === 'quote' && isMinorQuoteStatus(st))
                              ? '≈'
                              : st
                                ? isUnchangedSource(st)
                                  ? '='
                                  : st === 'dropped'
                                    ? '✕'
                                    : '≠'
                                : '–'}
                          </span>{' '}
                          {minor ?? (st || 'n/a')}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ) : null}
        </table>
      </div>
    </section>
  );
}
