// The running "Find proposals" (GroupingView): a bar of the unsorted articles examined, the
// stage, rate and time left, and Cancel. The bar is the bulk import's (JobProgress),
// so both progress lines read alike.
import type { GroupingRunProgress } from '../../hooks/useGrouping';
import { n } from '../import/bulk-format';
import { JobProgress } from '../JobProgress';

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
  return (
    <JobProgress
      className="grouping-progress"
      label="Grouping progress"
      share={run && articles ? Math.min(1, run.articlesDone / articles) : 0}
      counts={
        run && articles !== null ? (
          <>
            <strong>
              {n(run.articlesDone)} of {n(articles)} unsorted articles examined
            </strong>{' '}
            · {STAGE[run.stage]}
          </>
        ) : (
          STAGE.candidates
        )
      }
      perSecond={run && run.articlesDone > 0 ? run.perSecond : null}
      secondsLeft={run?.secondsLeft ?? null}
      cancelLabel="Cancel"
      stopping={run !== null && run.state !== 'running'}
      onCancel={onCancel}
    />
  );
}
