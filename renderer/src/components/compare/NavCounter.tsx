import { counterDetail, counterText, skippedWords, type StopSummary } from '../../compare/counter';

interface NavCounterProps {
  summary: StopSummary;
  current: number;
  /** Steps through the skipped findings too (unchecks "dim minor changes"). */
  onInclude: () => void;
}

/**
 * Where next/previous stands and what it counts: "6 of 44 meaningful changes · spelling and
 * typography skipped", with what the 44 are made of in the chips' numbers (compare/counter.ts).
 */
export function NavCounter({ summary, current, onInclude }: NavCounterProps) {
  return (
    <span className="nav-counter">
      <span className="nav-count" role="status" title={counterDetail(summary)}>
        {counterText(summary, current)}
      </span>
      <span className="nav-detail visually-hidden">{counterDetail(summary)}</span>{' '}
      {summary.skipped.length > 0 ? (
        <button
          type="button"
          className="link-button nav-include"
          onClick={onInclude}
          aria-label={`Step through ${skippedWords(summary)} too`}
        >
          include them
        </button>
      ) : null}
    </span>
  );
}
