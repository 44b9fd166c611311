import type { BulkController } from '../../hooks/useBulkImport';
import { JobProgress } from '../JobProgress';
import { countsText, fractionDone, n } from './bulk-format';

interface BulkProgressViewProps {
  bulk: BulkController;
}

/** The running import: a bar, the counts, rate and time left, and Cancel. */
export function BulkProgressView({ bulk }: BulkProgressViewProps) {
  const { progress, cancelling } = bulk.state;
  return (
    <JobProgress
      label="Import progress"
      share={progress ? fractionDone(progress) : 0}
      counts={
        progress ? (
          <>
            <strong>{n(progress.processed)} read</strong> · {countsText(progress)}
          </>
        ) : (
          'Looking at the paths…'
        )
      }
      perSecond={progress && progress.processed > 0 ? progress.perSecond : null}
      secondsLeft={progress?.secondsLeft ?? null}
      cancelLabel="Cancel import"
      stopping={cancelling}
      onCancel={() => void bulk.cancel()}
    />
  );
}
