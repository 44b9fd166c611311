import type { ChangeClass } from '../../../../engine';
import { CLASSES, type PairFindings } from '../../compare/findings';
import { DIM_LABEL } from '../../compare/counter';
import type { Filters } from '../../compare/marks';

/** The id of the filter chips, which "Filters ▾" shows and hides in a narrow window. */
export const FILTERS_ID = 'pair-filters';

interface FilterBarProps {
  /** Unfolded by "Filters ▾" (only a narrow window folds the chips: styles/compare.css). */
  open: boolean;
  filters: Filters;
  /** The pair's findings: each chip counts the findings of its class (compare/findings.ts). */
  found: PairFindings;
  /** The pair's "same facts" rows (compare/correspondence.ts), shown or not. */
  factRows: number;
  onChange: (f: Filters) => void;
}

/** What the "same facts" chip does. */
const SAME_FACTS_HELP =
  'Paragraphs that report the same facts in their own words (no wording reused) sit side by side, shared names and figures marked; unchecked, they show as dropped and added';

/** What a chip's number counts: "20 attribution changes: 20 in the attributions panel". */
export function chipHelp(found: PairFindings, cls: ChangeClass): string {
  const n = found.counts[cls];
  const s = found.bySource[cls];
  const where = [
    s.text > 0 ? `${s.text} in the text` : '',
    s.attribution > 0 ? `${s.attribution} among the attributions` : '',
    s.quote > 0 ? `${s.quote} among the quotes` : '',
  ].filter(Boolean);
  const head = `${n} ${cls} ${n === 1 ? 'change' : 'changes'}`;
  return where.length > 0 ? `${head}: ${where.join(', ')}` : head;
}

/** What "dim minor changes" dims (compare/findings.ts: Finding.minor). */
const DIM_HELP =
  'Draws spelling, typography and attributions changed in wording only (tense, honorific, middle initial, word order, position) faintly, and next/previous skips them';

/** Which change classes show, whether minor ones are dimmed, and "changes only". */
export function FilterBar({ open, filters, found, factRows, onChange }: FilterBarProps) {
  const toggle = (cls: ChangeClass): void => {
    const hidden = new Set(filters.hidden);
    if (hidden.has(cls)) hidden.delete(cls);
    else hidden.add(cls);
    onChange({ ...filters, hidden });
  };
  return (
    <fieldset id={FILTERS_ID} className={`filter-bar${open ? ' is-open' : ''}`}>
      <legend className="visually-hidden">Which changes to show</legend>
      {CLASSES.map((cls) => (
        <label key={cls} className={`filter-chip fc-${cls}`} title={chipHelp(found, cls)}>
          <input type="checkbox" checked={!filters.hidden.has(cls)} onChange={() => toggle(cls)} />
          <span className="chip-name">{cls}</span>{' '}
          <span className="chip-count" data-class={cls}>
            {found.counts[cls]}
          </span>
        </label>
      ))}
      {factRows > 0 ? (
        <label className="filter-chip fc-corresponding" title={SAME_FACTS_HELP}>
          <input
            type="checkbox"
            checked={filters.sameFacts}
            onChange={() => onChange({ ...filters, sameFacts: !filters.sameFacts })}
          />
          <span className="chip-name">same facts</span>{' '}
          <span className="chip-count" data-class="corresponding">
            {factRows}
          </span>
        </label>
      ) : null}
      <label className="filter-chip" title={DIM_HELP}>
        <input
          type="checkbox"
          checked={filters.dimMinor}
          onChange={() => onChange({ ...filters, dimMinor: !filters.dimMinor })}
        />
        {DIM_LABEL}
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

/**
 * "Filters ▾": in a narrow window the chips fold behind this button so the text keeps the
 * height (the change counter stays in view beside the navigation). Hidden in a wide window,
 * where the chips always show. Says how many classes are hidden, so a folded filter is seen.
 */
export function FiltersToggle({
  open,
  hidden,
  onToggle,
}: {
  open: boolean;
  hidden: number;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="button filters-toggle"
      aria-expanded={open}
      aria-controls={FILTERS_ID}
      onClick={onToggle}
    >
      Filters{hidden > 0 ? ` (${hidden} hidden)` : ''} <span aria-hidden="true">▾</span>
    </button>
  );
}
