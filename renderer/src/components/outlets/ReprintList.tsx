// The stories behind a bar: the outlet's reprints that show the chart's measure (all of them,
// least similar first, for the similarity chart), each a link to the pair in its story.
import { useCallback } from 'react';
import { call } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { formatRoute } from '../../lib/route';
import { chartWords, outletName, percent, type ChartId } from './outlet-bars';

interface ReprintListProps {
  outlet: string;
  chart: ChartId;
  revision: number;
  onClose: () => void;
}

/** The reprints behind one bar, as links to their pairs. */
export function ReprintList({ outlet, chart, revision, onClose }: ReprintListProps) {
  const measure = chart === 'similarity' ? undefined : chart;
  const fetcher = useCallback(
    (o: string) => call('outlets.reprints', { outlet: o, ...(measure ? { measure } : {}) }),
    [measure],
  );
  const { data, error } = useLoad(outlet, revision, fetcher);
  const list = data
    ? chart === 'similarity'
      ? [...data.reprints].sort((a, b) => a.similarity - b.similarity)
      : data.reprints
    : null;
  const heading = `${outletName(outlet)}: ${chartWords(chart).title.toLowerCase()}`;
  return (
    <section className="reprint-list" aria-label={`Stories behind ${heading}`}>
      <header className="reprint-list-head">
        <h4>{heading}</h4>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      {error ? (
        <p className="outlets-error" role="alert">
          {error}
        </p>
      ) : null}
      {list === null && !error ? <p className="muted">Loading the stories…</p> : null}
      {list?.length === 0 ? <p className="muted">No reprint of this outlet shows this.</p> : null}
      {list && list.length > 0 ? (
        <ul>
          {list.map((r) => (
            <li key={`${r.storyId}:${r.version}`}>
              <a href={formatRoute({ kind: 'pair', storyId: r.storyId, version: r.version })}>
                {r.storyTitle}
              </a>
              <span className="muted">
                {' '}
                #{r.version} against #{r.baseVersion} · similarity {percent(r.similarity)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
