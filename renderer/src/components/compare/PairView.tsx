import { memo, useCallback, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AttributionEntry, Pair, QuoteEntry } from '../../../../engine';
import { summarize } from '../../compare/counter';
import { blockAt, type Filters, type Mark } from '../../compare/marks';
import type { LoadedComparison } from '../../compare/useComparison';
import { usePairLayout, type PairTarget } from '../../compare/usePairLayout';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { versionName } from '../../lib/format';
import { CiteContext, type CiteScope } from '../export/Cite';
import { ChangeStrip } from './ChangeStrip';
import { FilterBar, FiltersToggle } from './FilterBar';
import { NavCounter } from './NavCounter';
import { PairRows, type ScrollRequest } from './PairRows';
import { PairSources } from './PairSources';
import { PanelSlot, SOURCE_DRAWER_ID } from './PanelSlot';
import { SourcePanel } from './SourcePanel';
import { useSpotlightLanding, useSpotlightMarks, type Spotlight } from '../../teach/spotlight';

interface PairViewProps {
  loaded: LoadedComparison;
  pair: Pair;
  pairIndex: number;
  at: PairTarget | null;
  onPair: (pairIndex: number) => void;
  /** The story's notes on findings, shown with the sources (components/notes/NotesPanel). */
  notes?: ReactNode;
  /** Teach mode's pointer: words to mark and bring into view (teach/spotlight.ts). */
  spotlight?: Spotlight | null;
}

/** Where the source panel goes: beside the text on wide windows, in a drawer on narrow ones. */
const PAIR_LAYOUT = {
  /** Below this window width the text and a panel beside it would both be too narrow to read. */
  drawerQuery: '(max-width: 1200px)',
} as const;

const DEFAULT_FILTERS: Filters = {
  hidden: new Set(),
  dimMinor: true,
  changesOnly: false,
  showFurniture: false,
  sameFacts: true,
};
type Entry = AttributionEntry | QuoteEntry;

/** The pair's entry for the base source a matrix cell pointed at. */
function sourceEntry(pair: Pair, at: PairTarget | null): Entry | null {
  const src = at?.source;
  if (!src) return null;
  const list: Entry[] = src.kind === 'quote' ? pair.quotes : pair.attributions;
  return list.find((e) => e.base?.start === src.start) ?? null;
}

/** Highlight marks for a source on both sides. */
function hitsOf(entry: Entry | null): { base: Mark[]; version: Mark[] } {
  const mk = (s: { start: number; end: number } | null | undefined): Mark[] =>
    s ? [{ start: s.start, end: s.end, kind: 'hit' }] : [];
  return { base: mk(entry?.base), version: mk(entry?.version) };
}
const MemoPanel = memo(SourcePanel);
const MemoStrip = memo(ChangeStrip);

/** Base and one version side by side (or inline), with filters, navigation and sources. */
export function PairView(props: PairViewProps) {
  const { loaded, pair, pairIndex, at, onPair, notes, spotlight } = props;
  const c = loaded.comparison;
  const [filters, setFiltersState] = useState<Filters>(DEFAULT_FILTERS);
  // Narrow windows start in the single-column reading mode.
  const [inline, setInline] = useState(() => window.matchMedia('(max-width: 900px)').matches);
  const [current, setCurrent] = useState(-1);
  // The source picked in the panel, for the `at` it was picked under; otherwise the source the
  // matrix cell pointed at. Derived, so a new cell click needs no effect to reset it.
  const [picked, setPicked] = useState<{ entry: Entry; at: PairTarget | null } | null>(null);
  const entry = picked && picked.at === at ? picked.entry : sourceEntry(pair, at);
  const hits = useMemo(() => hitsOf(entry), [entry]);
  const spot = useSpotlightMarks(spotlight, pairIndex);
  const [request, setRequest] = useState<ScrollRequest | null>(null);
  const drawer = useMediaQuery(PAIR_LAYOUT.drawerQuery);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Whether "Filters ▾" has unfolded the chips (they fold only in a narrow window).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const layout = usePairLayout(c, pair, filters);
  const summary = useMemo(
    () => summarize(layout.stops, layout.found, filters, layout.folded),
    [layout, filters],
  );
  const baseMarks = useMemo(
    () => [...layout.baseMarks, ...hits.base, ...spot.base],
    [layout, hits, spot],
  );
  const versionMarks = useMemo(
    () => [...layout.versionMarks, ...hits.version, ...spot.version],
    [layout, hits, spot],
  );

  // New filters make a new list of stops: navigation starts again from the top.
  const setFilters = useCallback((f: Filters): void => {
    setFiltersState(f);
    setCurrent(-1);
  }, []);

  const goToRow = useCallback((r: number, sel: string): void => {
    setRequest((q) => ({ row: r, sel, n: (q?.n ?? 0) + 1 }));
  }, []);
  useSpotlightLanding(c, pair.version, pairIndex, layout.rows, spotlight, goToRow);

  // A row asked for (a source, a matrix cell) that the filters fold away is unfolded first.
  const reveal = useCallback(
    (r: number): void => {
      const row = layout.rows[r];
      if (!row) return;
      const showFurniture = filters.showFurniture || row.furniture;
      setFilters({ ...filters, showFurniture, changesOnly: false });
    },
    [layout, filters, setFilters],
  );

  // Land on the paragraph a matrix cell pointed at (a new `at` object each time one is clicked).
  const landing = useMemo<ScrollRequest | null>(() => {
    if (!at) return null;
    const r = layout.rows.findIndex((row) =>
      at.base !== undefined ? row.base.includes(at.base) : row.version.includes(at.version ?? -1),
    );
    const sel = at.source ? `[data-row="${r}"] mark.hit` : `[data-row="${r}"]`;
    return r < 0 ? null : { row: r, sel, n: 0 };
    // only when the target or the pair changes, not when filters re-lay the rows out
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at, pairIndex]);

  const goStop = useCallback(
    (i: number): void => {
      const stop = layout.stops[i];
      if (!stop) return;
      setCurrent(i);
      const sel = stop.id.startsWith('row:')
        ? `[data-row="${stop.row}"]`
        : `[data-change="${stop.id}"]`;
      goToRow(stop.row, sel);
    },
    [layout, goToRow],
  );
  const next = (): void => goStop(Math.min(layout.stops.length - 1, current + 1));
  const prev = (): void => goStop(Math.max(0, current - 1));

  const onKeyDown = (e: KeyboardEvent): void => {
    const tag = (e.target as HTMLElement).tagName;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n' || e.key === 'j') next();
    else if (e.key === 'p' || e.key === 'k') prev();
    else return;
    e.preventDefault();
  };

  const pickSource = useCallback(
    (entry: Entry): void => {
      setPicked({ entry, at });
      // On a narrow window the drawer covers the text: close it so the mark shows.
      setDrawerOpen(false);
      const span = entry.base ?? entry.version;
      if (!span) return;
      const b = blockAt(c, entry.base ? c.base : pair.version, span.start);
      const r = layout.rows.findIndex((row) => (entry.base ? row.base : row.version).includes(b));
      if (r >= 0) goToRow(r, `[data-row="${r}"] mark.hit`);
    },
    [c, pair, layout, goToRow, at],
  );

  // What the Cite menus of the rows and the panel need (export/Cite.tsx).
  const storyId = loaded.versions[0]?.storyId ?? 0;
  const cite = useMemo<CiteScope>(() => ({ data: loaded, pair, storyId }), [loaded, pair, storyId]);

  const name = (i: number): string =>
    versionName(loaded.versions[i] ?? { outlet: null, title: null });
  const baseName = name(c.base);
  const verName = name(pair.version);

  return (
    <CiteContext.Provider value={cite}>
      <section
        className={`pair-view${inline ? ' is-inline' : ''}${drawer ? ' has-drawer' : ''}`}
        aria-labelledby="pair-heading"
        onKeyDown={onKeyDown}
      >
        <div className="pair-toolbar">
          <h2 id="pair-heading" className="pair-title">
            <span className="visually-hidden">Pair: </span>
            {baseName} <span aria-hidden="true">→</span>
            <span className="visually-hidden"> compared with </span>
          </h2>
          <label className="visually-hidden" htmlFor="pair-select">
            Version compared with the base
          </label>
          <select
            id="pair-select"
            title={verName}
            value={pairIndex}
            onChange={(e) => onPair(Number(e.target.value))}
          >
            {c.pairs.map((p, i) => (
              <option key={i} value={i}>
                {name(p.version)}
              </option>
            ))}
          </select>
          <div className="nav-buttons" role="group" aria-label="Change navigation">
            <button
              type="button"
              className="button"
              onClick={prev}
              aria-keyshortcuts="p"
              disabled={layout.stops.length === 0}
            >
              ↑ Previous change
            </button>
            <button
              type="button"
              className="button"
              onClick={next}
              aria-keyshortcuts="n"
              disabled={layout.stops.length === 0}
            >
              ↓ Next change
            </button>
            <NavCounter
              summary={summary}
              current={current}
              onInclude={() => setFilters({ ...filters, dimMinor: false })}
            />
          </div>
          <label className="filter-chip">
            <input type="checkbox" checked={inline} onChange={() => setInline(!inline)} /> inline
          </label>
          <FiltersToggle
            open={filtersOpen}
            hidden={filters.hidden.size}
            onToggle={() => setFiltersOpen(!filtersOpen)}
          />
          {drawer ? (
            <button
              type="button"
              className="button drawer-toggle"
              aria-expanded={drawerOpen}
              aria-controls={SOURCE_DRAWER_ID}
              onClick={() => setDrawerOpen(!drawerOpen)}
            >
              Attributions and quotes
            </button>
          ) : null}
        </div>
        <FilterBar
          open={filtersOpen}
          filters={filters}
          found={layout.found}
          factRows={layout.factRows}
          onChange={setFilters}
        />
        <div className="pair-layout">
          <div className="pair-main">
            {!inline ? (
              <div className="pair-heads" aria-hidden="true">
                <div>Base: {baseName}</div>
                <div>{verName}</div>
              </div>
            ) : null}
            <PairRows
              c={c}
              pair={pair}
              layout={layout}
              baseMarks={baseMarks}
              versionMarks={versionMarks}
              filters={filters}
              inline={inline}
              label={`Text of ${baseName} and ${verName}`}
              landing={landing}
              request={request}
              goToRow={goToRow}
              onReveal={reveal}
              onExpand={(what) =>
                setFilters({
                  ...filters,
                  ...(what === 'furniture' ? { showFurniture: true } : { changesOnly: false }),
                })
              }
            />
          </div>
          <MemoStrip
            stops={layout.stops}
            rowCount={layout.rows.length}
            current={current}
            onPick={goStop}
          />
          <PanelSlot drawer={drawer} open={drawerOpen} onClose={() => setDrawerOpen(false)}>
            <PairSources pair={pair} baseName={baseName} versionName={verName} />
            <MemoPanel pair={pair} onPick={pickSource} />
            {notes}
          </PanelSlot>
        </div>
      </section>
    </CiteContext.Provider>
  );
}
