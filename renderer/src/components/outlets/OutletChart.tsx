// One horizontal bar chart of the outlets view, drawn as plain SVG: a row per outlet with its
// name, a bar from 0 to 100% and the value in words. Every bar is a button (a text label and
// the value in its accessible name, Enter or Space opens it) that lists the stories behind it.
// A charting library would add a dependency for what is a few rectangles and labels; this
// keeps the drawing small, themable by CSS variables and testable as markup.
import { useState, type KeyboardEvent } from 'react';
import { barLabel, barValue, chartWords, outletName, type Bar, type ChartId } from './outlet-bars';

/** Layout of a chart, in CSS pixels. */
export const OUTLET_CHART = {
  /** Height of one bar's row, and of the bar inside it. */
  rowHeight: 28,
  barHeight: 16,
  /** Width kept for the outlet names on the left (long names are cut with an ellipsis). */
  labelWidth: 170,
  /** Characters of a name shown before the ellipsis. */
  labelChars: 24,
  /** Width kept for the value after the longest bar. */
  valueWidth: 130,
  /** The narrowest bar area drawn, whatever the width given. */
  minBarArea: 80,
  /** Bars shown before "Show all". */
  maxBars: 25,
} as const;

interface OutletChartProps {
  chart: ChartId;
  /** Already sorted. */
  bars: readonly Bar[];
  /** Width available, in pixels. */
  width: number;
  /** The outlet whose stories are listed under this chart, if any. */
  selected: string | null;
  onOpen: (outlet: string) => void;
}

const cut = (s: string): string =>
  s.length > OUTLET_CHART.labelChars ? `${s.slice(0, OUTLET_CHART.labelChars - 1)}…` : s;

const C = OUTLET_CHART;

interface BarRowProps {
  bar: Bar;
  index: number;
  /** Width of the bar area: a bar of 100% fills it. */
  area: number;
  selected: boolean;
  onOpen: (outlet: string) => void;
}

/** One outlet's row: a button with its name, its bar and its value. */
function BarRow({ bar, index, area, selected, onOpen }: BarRowProps) {
  const name = outletName(bar.outlet);
  const value = barValue(bar);
  const barY = (C.rowHeight - C.barHeight) / 2;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(bar.outlet);
    }
  };
  return (
    <g
      className={`outlet-bar${selected ? ' is-selected' : ''}`}
      transform={`translate(0 ${index * C.rowHeight})`}
      role="button"
      tabIndex={0}
      aria-label={`${name}: ${value}. Show the stories.`}
      aria-pressed={selected}
      onClick={() => onOpen(bar.outlet)}
      onKeyDown={onKeyDown}
    >
      <title>{`${name}: ${value}`}</title>
      <rect
        className="outlet-bar-hit"
        x={0}
        y={0}
        width={C.labelWidth + area + C.valueWidth}
        height={C.rowHeight}
      />
      <text
        className="outlet-bar-label"
        x={C.labelWidth - 8}
        y={C.rowHeight / 2}
        textAnchor="end"
        dominantBaseline="central"
      >
        {cut(name)}
      </text>
      <rect
        className="outlet-bar-track"
        x={C.labelWidth}
        y={barY}
        width={area}
        height={C.barHeight}
        rx={3}
      />
      <rect
        className="outlet-bar-fill"
        x={C.labelWidth}
        y={barY}
        width={Math.max(bar.value > 0 ? 2 : 0, bar.value * area)}
        height={C.barHeight}
        rx={3}
      />
      <text
        className="outlet-bar-value"
        x={C.labelWidth + bar.value * area + 6}
        y={C.rowHeight / 2}
        dominantBaseline="central"
      >
        {barLabel(bar)}
      </text>
    </g>
  );
}

/** A chart of one measure: a bar per outlet, each opening the stories behind it. */
export function OutletChart({ chart, bars, width, selected, onOpen }: OutletChartProps) {
  const [all, setAll] = useState(false);
  const words = chartWords(chart);
  const shown = all ? bars : bars.slice(0, C.maxBars);
  const area = Math.max(C.minBarArea, width - C.labelWidth - C.valueWidth);
  const titleId = `chart-${chart}-title`;
  return (
    <div className="outlet-chart" data-chart={chart}>
      <h3 id={titleId} className="outlet-chart-title">
        {words.title}
      </h3>
      <p className="outlet-chart-means">{words.means}</p>
      <svg
        className="outlet-chart-svg"
        width={C.labelWidth + area + C.valueWidth}
        height={shown.length * C.rowHeight}
        role="group"
        aria-labelledby={titleId}
      >
        {shown.map((b, i) => (
          <BarRow
            key={b.outlet}
            bar={b}
            index={i}
            area={area}
            selected={selected === b.outlet}
            onOpen={onOpen}
          />
        ))}
      </svg>
      {bars.length > shown.length || all ? (
        <button type="button" className="link-button" onClick={() => setAll((a) => !a)}>
          {all ? `Show the first ${C.maxBars}` : `Show all ${bars.length} outlets`}
        </button>
      ) : null}
    </div>
  );
}
