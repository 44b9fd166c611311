import type { ChangeClass } from '../../../../engine';
import { CLASSES, type Filters } from '../../compare/marks';

interface FilterBarProps {
  filters: Filters;
  counts: Record<ChangeClass, number>;
  onChange: (f: Filters) => void;
}

/** Which change classes show, whether minor ones are dimmed, and "changes only". */
export function FilterBar({ filters, counts, onChange }: FilterBarProps) {
  const toggle = (cls: ChangeClass): void => {
    const hidden = new Set(filters.hidden);
    if (hidden.has(cls)) hidden.delete(cls);
    else hidden.add(cls);
    onChange({ ...filters, hidden });
  };
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">Which changes to show</legend>
      {CLASSES.map((cls) => (
        <label key={cls} className={`filter-chip fc-${cls}`}>
          <input type="checkbox" checked={!filters.hidden.has(cls)} onChange={() => toggle(cls)} />
          <span className="chip-name">{cls}</span> <span className="chip-count">{counts[cls]}</span>
        </label>
      ))}
      <label className="filter-chip">
        <input
          type="checkbox"
          checked={filters.dimMinor}
          onChange={() => onChange({ ...filters, dimMinor: !filters.dimMinor })}
        />
        dim spelling and typography
      </label>
      <label className="filter-chip">
        <input
          type="checkbox"
          checked={filters.changesOnly}
          onChange={() => onChange({ ...filters, changesOnly: !filters.changesOnly })}
        />
        changes only
      </label>
      <label className="filter-chip">
        <input
          type="checkbox"
          checked={filters.showFurniture}
          onChange={() => onChange({ ...filters, showFurniture: !filters.showFurniture })}
        />
        show page furniture
      </label>
    </fieldset>
  );
}
