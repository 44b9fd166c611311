// The running "Find proposals" (GroupingView): a bar of the unsorted articles examined, the
// stage, rate and time left, and Cancel. The words and rounding are the bulk import's
// (import/bulk-format.ts), so both progress lines read alike.
import type { GroupingRunProgress } from '../../hooks/useGrouping';
import { n, rateText, timeLeftText } from '../import/bulk-format';

const STAGE: Readonly<Record<GroupingRunProgress['stage'], string>> = {
  candidates: 'Looking up similar articles in the index…',
  verifying: 'Comparing the texts of similar articles…',
  storing: 'Storing the proposals…',
  ended: 'Stopping…',
};

interface GroupingProgressProps {
  /** The run's progress; null until the first answer. */
  run: GroupingRunProgress | null;
  onCancel: () => void;
}

/** Progress of the running grouping, with Cancel. */
export function GroupingProgress({ run, onCancel }: GroupingProgressProps) {
  const articles = run?.articles ?? null;
  const share = run && articles ? Math.min(1, run.articlesDone / articles) : 0;
  const left = run ? timeLeftText(run.secondsLeft) : null;
  const stopping = run !== null && run.state !== 'running';
  return (
    <div className="bulk-progress grouping-progress" aria-busy="true">
      <progress
        className="bulk-bar"
        max={1}
        value={share}
        aria-label="Grouping progress"
        aria-valuetext={`${Math.round(share * 100)}%`}
      />
      <p className="bulk-counts" role="status" aria-live="polite">
        {run && articles !== null ? (
          <>
            <strong>
              {n(run.articlesDone)} of {n(articles)} unsorted articles examined
            </strong>{' '}
            · {STAGE[run.stage]}
          </>
        ) : (
          STAGE.candidates
        )}
      </p>
      <p className="bulk-rate muted">
        {run && run.articlesDone > 0 ? rateText(run.perSecond) : 'Starting…'}
        {left ? ` · ${left}` : ''}
      </p>
      <div className="panel-actions">
        <button type="button" className="button" onClick={onCancel} disabled={stopping}>
          {stopping ? 'Stopping…' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
