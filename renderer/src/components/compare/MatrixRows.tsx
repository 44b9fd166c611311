// The matrix's paragraph rows: one per base paragraph (what each version did with it), and one
// per paragraph a version added, placed after the base paragraph it follows.
import type { Comparison } from '../../../../engine';
import {
  SAME_FACTS_LABEL,
  groupNumbers,
  groupSummary,
  type FactGroup,
} from '../../compare/correspondence';
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
  /** Per pair: base block → its "same facts" group (rows.ts groupsByBase), as the pair view has them. */
  sameFacts: ReadonlyMap<number, FactGroup>[];
}

/** The key of an added paragraph's cell (also the grid's first Tab stop when it comes first). */
export const addedKey = (a: Pick<Added, 'pairIndex' | 'block'>): string =>
  `a${a.pairIndex}-${a.block}`;

const excerpt = (text: string, n = 90): string =>
  text.length > n ? `${text.slice(0, n).trimEnd()}…` : text;

/** "A", "A and B", "A, B and C". */
const listNames = (xs: string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/**
 * A paragraph versions added: a cell in the column of each version that added it. Several
 * versions that add the same paragraph share one row ("Added in A and B"): evidence that one
 * copied the other.
 */
export function AddedRow({ a, ctx }: { a: Added; ctx: MatrixRowContext }) {
  const { c, names } = ctx;
  const ver = c.versions[c.pairs[a.pairIndex]?.version ?? -1];
  const vb = ver?.blocks[a.block];
  const blockOf = new Map(a.cells.map((x) => [x.pairIndex, x.block]));
  const shared = blockOf.size > 1;
  const who = listNames([...blockOf.keys()].sort((x, y) => x - y).map((i) => names[i] ?? ''));
  return (
    <tr className={shared ? 'added-row shared-added' : 'added-row'}>
      <th scope="row" className="para-head">
        <span className="para-num">+</span>
        <span className="para-text">
          Added {vb && BLOCK_KIND_NAME[vb.kind] ? `${BLOCK_KIND_NAME[vb.kind]} ` : ''}in {who}:{' '}
          {vb && ver ? excerpt(ver.text.slice(vb.start, vb.end)) : ''}
        </span>
      </th>
      {c.pairs.map((_, i) => {
        const block = blockOf.get(i);
        const key = block === undefined ? '' : addedKey({ pairIndex: i, block });
        return (
          <td key={i} className="cell">
            {block !== undefined ? (
              <button
                type="button"
                className="cell-button st-added"
                data-key={key}
                tabIndex={ctx.tabIndexOf(key)}
                onClick={() => ctx.onOpen(i, { version: block })}
                aria-label={`${names[i]}: added paragraph${shared ? `, also added in ${listNames(names.filter((_, j) => j !== i && blockOf.has(j)))}` : ''}. Open the pair here`}
              >
                <span aria-hidden="true" className="sym">
                  +
                </span>{' '}
                added
              </button>
            ) : null}
          </td>
        );
      })}
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
        const facts = ctx.sameFacts[i]?.get(b);
        const st = cellStatus(pair, b, ctx.sameFacts[i]);
        const info = CELL_INFO[st];
        const key = `p${b}-${i}`;
        // "same facts, independent wording (¶8–9 ↔ ¶3)", as the pair view's row says it
        const said = facts ? `${SAME_FACTS_LABEL} (${groupNumbers(c, pair, facts)})` : info.label;
        return (
          <td key={i} className="cell">
            <button
              type="button"
              className={`cell-button st-${st}`}
              data-status={st}
              data-key={key}
              tabIndex={ctx.tabIndexOf(key)}
              onClick={() => ctx.onOpen(i, { base: b })}
              aria-label={`¶${n} in ${names[i]}: ${said}. Open the pair here`}
              title={facts ? `${said}: ${groupSummary(c, facts)}` : undefined}
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
