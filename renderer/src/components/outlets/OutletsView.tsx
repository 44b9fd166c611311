// The library as data (issue 12, item 5): findings summed by outlet across every story, as one
// bar chart per measure or as a table, sortable, each bar listing the stories behind it, and
// the totals as CSV. The summaries are brought up to date first (hooks/useOutlets.ts), with
// progress, since a big library may need many comparisons the first time.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, call } from '../../api/client';
import { useOutlets } from '../../hooks/useOutlets';
import { download } from '../export/run-export';
import { OutletChart } from './OutletChart';
import { OutletTable } from './OutletTable';
import { ReprintList } from './ReprintList';
import {
  CHARTS,
  SORT_WORDS,
  barsOf,
  sortBars,
  type ChartId,
  type OutletRow,
  type OutletSort,
} from './outlet-bars';

/** Layout of the view. */
const OUTLETS_VIEW = {
  /** Width from which charts go two to a row. */
  twoColumnsFrom: 980,
  /** Space between charts, as in outlets.css. */
  gap: 32,
  /** Width assumed before the first measurement. */
  initialWidth: 720,
} as const;

interface OutletsViewProps {
  revision: number;
  onInfo: (m: string) => void;
  onError: (m: string) => void;
}

/** The width of an element, kept up to date. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>(OUTLETS_VIEW.initialWidth);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

async function downloadCsv(onInfo: (m: string) => void, onError: (m: string) => void) {
  try {
    const r = await call('outlets.csv', {});
    download(r.text, r.filename, 'text/csv');
    onInfo(`Downloaded the outlets as ${r.filename}.`);
  } catch (err) {
    onError(err instanceof ApiError ? err.message : 'The CSV could not be made.');
  }
}

interface ToolbarProps {
  sort: OutletSort;
  onSort: (s: OutletSort) => void;
  table: boolean;
  onToggleTable: () => void;
  canDownload: boolean;
  onDownload: () => void;
}

/** Sort order, charts or table, and the CSV. */
function OutletsToolbar(p: ToolbarProps) {
  return (
    <div className="toolbar">
      <div className="segmented" role="radiogroup" aria-label="Sort outlets by">
        <span className="segmented-label">Sort by</span>
        {(Object.keys(SORT_WORDS) as OutletSort[]).map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={p.sort === s}
            className={`button${p.sort === s ? ' is-active' : ''}`}
            onClick={() => p.onSort(s)}
          >
            {SORT_WORDS[s]}
          </button>
        ))}
      </div>
      <button type="button" className="button" aria-pressed={p.table} onClick={p.onToggleTable}>
        {p.table ? 'Show as charts' : 'Show as table'}
      </button>
      <button type="button" className="button" disabled={!p.canDownload} onClick={p.onDownload}>
        Download CSV
      </button>
    </div>
  );
}

/** How far the summaries are, while stories are being compared. */
function OutletsProgress({ progress }: { progress: { total: number; pending: number } | null }) {
  if (!progress || progress.pending === 0) return null;
  const done = progress.total - progress.pending;
  return (
    <div className="outlets-progress" role="status">
      <progress max={Math.max(1, progress.total)} value={done} aria-label="Stories compared" />
      <span>
        Comparing stories: {done} of {progress.total} done
      </span>
    </div>
  );
}

type Open = { outlet: string; chart: ChartId } | null;

interface ChartsProps {
  rows: readonly OutletRow[];
  sort: OutletSort;
  width: number;
  open: Open;
  onOpen: (o: Open) => void;
  list: (chart: ChartId) => ReactNode;
}

/** A chart per measure, two to a row on wide windows, each with its list when open. */
function OutletCharts({ rows, sort, width, open, onOpen, list }: ChartsProps) {
  const columns = width >= OUTLETS_VIEW.twoColumnsFrom ? 2 : 1;
  const chartWidth = Math.floor((width - (columns - 1) * OUTLETS_VIEW.gap) / columns);
  return (
    <div
      className="outlet-charts"
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
      data-ready="true"
    >
      {CHARTS.map((chart) => (
        <section key={chart} className="outlet-chart-cell">
          <OutletChart
            chart={chart}
            bars={sortBars(barsOf(rows, chart), sort)}
            width={chartWidth}
            selected={open?.chart === chart ? open.outlet : null}
            onOpen={(outlet) => onOpen({ outlet, chart })}
          />
          {list(chart)}
        </section>
      ))}
    </div>
  );
}

/** The outlets view. */
export function OutletsView({ revision, onInfo, onError }: OutletsViewProps) {
  const { progress, summary, error } = useOutlets(revision);
  const [sort, setSort] = useState<OutletSort>('value');
  const [table, setTable] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [gridRef, width] = useWidth();
  const rows = summary?.outlets ?? [];
  const shown = summary !== null && rows.length > 0;
  const list = (chart: ChartId) =>
    open && open.chart === chart ? (
      <ReprintList
        outlet={open.outlet}
        chart={chart}
        revision={revision}
        onClose={() => setOpen(null)}
      />
    ) : null;

  return (
    <article className="outlets-page" aria-busy={progress !== null}>
      <header className="page-header">
        <p className="eyebrow">Library</p>
        <h1 className="story-title">Outlets across stories</h1>
        <p className="muted outlets-intro">
          What each outlet did to the original in its reprints, summed over every story with two
          versions or more. A reprint is any version beside its story’s base.
        </p>
        <OutletsToolbar
          sort={sort}
          onSort={setSort}
          table={table}
          onToggleTable={() => setTable((t) => !t)}
          canDownload={shown}
          onDownload={() => void downloadCsv(onInfo, onError)}
        />
      </header>
      <OutletsProgress progress={progress} />
      {error ? (
        <p className="outlets-error" role="alert">
          {error}
        </p>
      ) : null}
      {summary && rows.length === 0 ? (
        <p className="muted outlets-empty">
          No reprints yet: outlets appear here once a story has two versions or more.
        </p>
      ) : null}
      <div ref={gridRef} className="outlets-body">
        {shown && !table ? (
          <OutletCharts
            rows={rows}
            sort={sort}
            width={width}
            open={open}
            onOpen={setOpen}
            list={list}
          />
        ) : null}
        {shown && table ? (
          <>
            <OutletTable
              rows={rows}
              sort={sort}
              onOpen={(outlet, chart) => setOpen({ outlet, chart })}
            />
            {open ? list(open.chart) : null}
          </>
        ) : null}
      </div>
    </article>
  );
}
