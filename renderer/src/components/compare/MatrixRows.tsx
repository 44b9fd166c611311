// The matrix's paragraph rows: one per base paragraph (what each version did with it), and one
// per paragraph a version added, placed after the base paragraph it follows.
import type { Comparison } from '../../../../engine';
import { BLOCK_KIND_NAME, CELL_INFO, cellStatus, type addedRows } from '../../compare/model';
import type { PairTarget } from '../../compare/usePairLayout';

type Added = ReturnType<typeof addedRows>[number];

/** What every matrix row needs. */
export interface MatrixRowContext {
  c: Comparison;
  names: string[];
  onOpen: (pairIndex: number, at: PairTarget) => void;
  /** The roving tabindex of the cell with this key (matrix-keys.ts). */
  tabIndexOf: (key: string) => number;
}

/** The key of an added paragraph's cell (also the grid's first Tab stop when it comes first). */
export const addedKey = (a: Pick<Added, 'pairIndex' | 'block'>): string =>
  `a${a.pairIndex}-${a.block}`;

const excerpt = (text: string, n = 90): string =>
  text.length > n ? `${text.slice(0, n).trimEnd()}…` : text;

/** A paragraph one version added: a cell in that version's column only. */
export function AddedRow({ a, ctx }: { a: Added; ctx: MatrixRowContext }) {
  const { c, names } = ctx;
  const ver = c.versions[c.pairs[a.pairIndex]?.version ?? -1];
  const vb = ver?.blocks[a.block];
  const key = addedKey(a);
  return (
    <tr className="added-row">
      <th scope="row" className="para-head">
        <span className="para-num">+</span>
        <span className="para-text">
          Added {vb && BLOCK_KIND_NAME[vb.kind] ? `${BLOCK_KIND_NAME[vb.kind]} ` : ''}in{' '}
          {names[a.pairIndex]}: {vb && ver ? excerpt(ver.text.slice(vb.start, vb.end)) : ''}
        </span>
      </th>
      {c.pairs.map((_, i) => (
        <td key={i} className="cell">
          {i === a.pairIndex ? (
            <button
              type="button"
              className="cell-button st-added"
              data-key={key}
              tabIndex={ctx.tabIndexOf(key)}
              onClick={() => ctx.onOpen(i, { version: a.block })}
              aria-label={`${names[i]}: added paragraph. Open the pair here`}
            >
              <span aria-hidden="true" className="sym">
                +
              </span>{' '}
              added
            </button>
          ) : null}
        </td>
      ))}
    </tr>
  );
}

/** A base paragraph (¶n): one cell per version with what became of it. */
export function ParagraphRow({ b, n, ctx }: { b: number; n: number; ctx: MatrixRowContext }) {
  const { c, names } = ctx;
  const base = c.versions[c.base];
  const blk = base?.blocks[b];
  const text = blk && base ? base.text.slice(blk.start, blk.end) : '';
  return (
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
        const key = `p${b}-${i}`;
        return (
          <td key={i} className="cell">
            <button
              type="button"
              className={`cell-button st-${st}`}
              data-status={st}
              data-key={key}
              tabIndex={ctx.tabIndexOf(key)}
              onClick={() => ctx.onOpen(i, { base: b })}
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
  );
}
