import { Fragment, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { LoadedComparison } from '../../compare/useComparison';
import { factGroups } from '../../compare/correspondence';
import { addedRows, baseParagraphRows, sourceRows } from '../../compare/model';
import { groupsByBase } from '../../compare/rows';
import type { PairTarget } from '../../compare/usePairLayout';
import { versionName } from '../../lib/format';
import { MatrixSourceRows } from './MatrixSourceRows';
import { AddedRow, ParagraphRow, addedKey, type MatrixRowContext } from './MatrixRows';
import { cellTarget } from './matrix-keys';

interface CompareMatrixProps {
  loaded: LoadedComparison;
  /** Opens pair `pairIndex` at base paragraph `block` (or at version paragraph `versionBlock`). */
  onOpen: (pairIndex: number, at: PairTarget) => void;
}

/** Widths of the matrix's columns, so every version's column is as wide as the others. */
const MATRIX_WIDTHS = {
  /** The base paragraph column, in rem. */
  headRem: 16,
  /** Each version's column, in rem: room for "✕ dropped" or "≈ typography" on one line. */
  cellRem: 9,
} as const;

/** Moves focus with the arrow keys, Home and End (matrix-keys.ts); Enter is the button's own. */
function useRovingCell(firstKey: string) {
  const [active, setActive] = useState<string | null>(null);
  const tabIndexOf = (key: string): number => (key === (active ?? firstKey) ? 0 : -1);
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset.key;
    if (key) setActive(key);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const from = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-key]');
    if (!from || e.altKey || e.metaKey) return;
    const to = cellTarget(e.currentTarget, from, e.key, e.ctrlKey);
    if (!to) return;
    e.preventDefault();
    to.focus();
    to.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  return { tabIndexOf, onFocus, onKeyDown };
}

/** Rows are the base's paragraphs, columns the other versions: what became of each. */
export function CompareMatrix({ loaded, onOpen }: CompareMatrixProps) {
  const { comparison: c, versions } = loaded;
  const rows = baseParagraphRows(c);
  // The pair view's "same facts" rows (an independent version's paragraph and the base's it
  // reports): the base paragraph's cell says "same facts", and the version's is no added row.
  const sameFacts = c.pairs.map((p) => groupsByBase(p, factGroups(p)));
  const added = addedRows(
    c,
    sameFacts.map((m) => new Set([...m.values()].flatMap((g) => g.version))),
  );
  const firstAdded = added.find((a) => a.after === -1);
  const roving = useRovingCell(firstAdded ? addedKey(firstAdded) : `p${rows[0]?.block ?? 0}-0`);
  if (!c.versions[c.base]) return null;
  const names = c.pairs.map((p) =>
    versionName(versions[p.version] ?? { outlet: null, title: null }),
  );
  const ctx: MatrixRowContext = { c, names, onOpen, tabIndexOf: roving.tabIndexOf, sameFacts };
  const addedAfter = (b: number) =>
    added.filter((a) => a.after === b).map((a) => <AddedRow key={addedKey(a)} a={a} ctx={ctx} />);
  // At least this wide (the scroller scrolls sideways); wider windows share the extra evenly.
  const width = `${MATRIX_WIDTHS.headRem + MATRIX_WIDTHS.cellRem * names.length}rem`;
  return (
    <section className="compare-matrix" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">All versions, paragraph by paragraph</h2>
      <p className="matrix-hint muted">
        Arrow keys move between cells; Enter opens the pair at that cell.
      </p>
      <div className="matrix-scroll">
        <table
          className="matrix"
          role="grid"
          style={{ minWidth: width }}
          onKeyDown={roving.onKeyDown}
          onFocus={roving.onFocus}
        >
          <caption className="visually-hidden">
            What each version did with each paragraph of the base
          </caption>
          <colgroup>
            <col style={{ width: `${MATRIX_WIDTHS.headRem}rem` }} />
            {names.map((_, i) => (
              <col key={i} style={{ width: `${MATRIX_WIDTHS.cellRem}rem` }} />
            ))}
          </colgroup>
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
            {addedAfter(-1)}
            {rows.map(({ block: b, number: n }) => (
              <Fragment key={b}>
                <ParagraphRow b={b} n={n} ctx={ctx} />
                {addedAfter(b)}
              </Fragment>
            ))}
          </tbody>
          <MatrixSourceRows
            c={c}
            sources={sourceRows(c)}
            names={names}
            onOpen={onOpen}
            tabIndexOf={roving.tabIndexOf}
          />
        </table>
      </div>
    </section>
  );
}
