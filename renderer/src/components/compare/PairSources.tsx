// Sources, figures and names side by side (issue 13): each named source the base or the
// version quotes or credits, whether both have it, and how each uses it ("quoted directly in
// the base, reported here"); then the numbers, dates and names in one text only or given
// differently ($4.2 million against $4 million). Above the attributions panel. The sources
// open at first for an independent report, where they are the comparison that matters; for
// a copy both fold to one line each, and the panel below says more.
import type { Pair, SourceUse } from '../../../../engine';
import {
  FACT_KIND_WORDS,
  FIGURE_STATUS_WORDS,
  SOURCE_STATUS_WORDS,
  USE_WORDS,
  figureGroups,
  sourceGroups,
  sourceUse,
} from '../../compare/pair-sources';

interface PairSourcesProps {
  pair: Pair;
  baseName: string;
  versionName: string;
}

function Use({ use, name }: { use: SourceUse | null; name: string }) {
  if (!use)
    return (
      <td className="use-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not in {name}</span>
      </td>
    );
  return <td className={`use-${use}`}>{USE_WORDS[use]}</td>;
}

/** The pair's sources and figures tables; each absent when the engine did not give it. */
export function PairSources(props: PairSourcesProps) {
  const { pair } = props;
  if (pair.sources === undefined && pair.facts === undefined) return null;
  // a new pair starts folded or open again, by its own derivation
  return (
    <div className="pair-sources" key={pair.version}>
      <SourcesTable {...props} />
      <FiguresTable pair={pair} />
    </div>
  );
}

/** Numbers, dates and names side by side (`pairs[].facts`), differences first. */
function FiguresTable({ pair }: { pair: Pair }) {
  if (pair.facts === undefined) return null;
  const groups = figureGroups(pair);
  const differ = pair.facts.filter((f) => f.status !== 'shared').length;
  return (
    <details>
      <summary>
        Figures and names side by side{' '}
        <span className="muted" title={`${differ} not in both or given differently`}>
          {differ} differ
        </span>
      </summary>
      <table className="sources-table figures-table" aria-label="Figures and names side by side">
        <thead>
          <tr>
            <th scope="col">Base</th>
            <th scope="col">This version</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.status} data-status={g.status}>
            <tr className="sources-group">
              <th scope="rowgroup" colSpan={3}>
                {FIGURE_STATUS_WORDS[g.status]} <span className="muted">{g.facts.length}</span>
              </th>
            </tr>
            {g.facts.map((f, i) => (
              <tr key={i} data-fact-value={f.value}>
                <td className={f.base ? undefined : 'use-none'}>{f.base?.text ?? '—'}</td>
                <td className={f.version ? undefined : 'use-none'}>{f.version?.text ?? '—'}</td>
                <td className="muted">{FACT_KIND_WORDS[f.kind]}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </details>
  );
}

/** Named sources side by side (`pairs[].sources`). */
function SourcesTable({ pair, baseName, versionName }: PairSourcesProps) {
  if (pair.sources === undefined) return null;
  const groups = sourceGroups(pair);
  const total = pair.sources.length;
  return (
    <details open={pair.derivation.label === 'none'}>
      <summary>
        Sources side by side <span className="muted">{total}</span>
      </summary>
      {total === 0 ? (
        <p className="muted">Neither text names a source.</p>
      ) : (
        <table className="sources-table" aria-label="Sources side by side">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Base</th>
              <th scope="col">This version</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.status} data-status={g.status}>
              <tr className="sources-group">
                <th scope="rowgroup" colSpan={3}>
                  {SOURCE_STATUS_WORDS[g.status]} <span className="muted">{g.sources.length}</span>
                </th>
              </tr>
              {g.sources.map((s) => (
                <tr
                  key={`${s.status}:${s.name}`}
                  data-source={s.name}
                  title={`${s.name}: ${sourceUse(s, baseName, versionName)}`}
                >
                  <th scope="row">{s.name}</th>
                  <Use use={s.base} name={baseName} />
                  <Use use={s.version} name={versionName} />
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </details>
  );
}
