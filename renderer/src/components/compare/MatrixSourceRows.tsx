// The matrix's rows for the base's attributions and quotes: what each version did with each.
import type { Comparison } from '../../../../engine';
import { MINOR_HELP, minorChangeAt } from '../../compare/attribution-change';
import {
  STATUS_HELP,
  isMinorQuoteStatus,
  isUnchangedSource,
  type sourceRows,
} from '../../compare/model';
import { blockAt } from '../../compare/marks';
import type { PairTarget } from '../../compare/usePairLayout';

type SourceRow = ReturnType<typeof sourceRows>[number];

interface MatrixSourceRowsProps {
  c: Comparison;
  sources: SourceRow[];
  names: string[];
  onOpen: (pairIndex: number, at: PairTarget) => void;
  /** The roving tabindex of the cell with this key (matrix-keys.ts). */
  tabIndexOf: (key: string) => number;
}

const help = (st: string): string =>
  STATUS_HELP[st as keyof typeof STATUS_HELP] ?? 'not reported for this version';

const excerpt = (text: string, n: number): string =>
  text.length > n ? `${text.slice(0, n).trimEnd()}…` : text;

/** The cell's symbol: = unchanged, ≈ minor, ✕ dropped, ≠ changed, – not reported. */
function symbolOf(st: string, minor: boolean): string {
  if (minor) return '≈';
  if (!st) return '–';
  if (isUnchangedSource(st)) return '=';
  return st === 'dropped' ? '✕' : '≠';
}

function classOf(st: string, minor: boolean): string {
  if (minor) return 'st-src-typography';
  if (!st) return 'st-none';
  return isUnchangedSource(st) ? 'st-verbatim' : `st-src-${st}`;
}

/** One row per attribution or quote of the base, one cell per version. */
export function MatrixSourceRows({ c, sources, names, onOpen, tabIndexOf }: MatrixSourceRowsProps) {
  if (sources.length === 0) return null;
  return (
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
            const minor = s.kind === 'attribution' ? minorChangeAt(c.pairs[i], s.start) : null;
            const said = minor ? MINOR_HELP : help(st);
            const dim = minor !== null || (s.kind === 'quote' && isMinorQuoteStatus(st));
            const key = `s${s.kind}${s.start}-${i}`;
            return (
              <td key={i} className="cell">
                <button
                  type="button"
                  className={`cell-button matrix-source ${classOf(st, minor !== null)}`}
                  data-key={key}
                  tabIndex={tabIndexOf(key)}
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
                    {symbolOf(st, dim)}
                  </span>{' '}
                  {minor ?? (st || 'n/a')}
                </button>
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}
