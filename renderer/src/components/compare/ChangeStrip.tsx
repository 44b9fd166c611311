import type { NavStop } from '../../compare/marks';

interface ChangeStripProps {
  stops: NavStop[];
  rowCount: number;
  current: number;
  onPick: (stop: number) => void;
}

/**
 * A thin strip beside the text with a tick at each stop of next/previous (the stops the counter
 * counts: dimmed classes are left out while dimmed); click a tick to go there.
 */
export function ChangeStrip({ stops, rowCount, current, onPick }: ChangeStripProps) {
  const seen = new Set<number>();
  return (
    // A mouse aid: keyboard users have next/previous, so it is hidden from assistive tech.
    <div className="change-strip" aria-hidden="true" title="Where the changes you step through are">
      {stops.map((s, i) => {
        if (seen.has(s.row) && i !== current) return null;
        seen.add(s.row);
        return (
          <button
            key={s.id}
            type="button"
            tabIndex={-1}
            aria-hidden="true"
            className={`tick tk-${s.cls}${i === current ? ' current' : ''}`}
            style={{ top: `${(s.row / Math.max(1, rowCount)) * 100}%` }}
            onClick={() => onPick(i)}
          />
        );
      })}
    </div>
  );
}
