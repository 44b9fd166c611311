import type { BulkController } from '../../hooks/useBulkImport';
import { countsText, fractionDone, n, rateText, timeLeftText } from './bulk-format';

interface BulkProgressViewProps {
  bulk: BulkController;
}

/** The running import: a bar, the counts, rate and time left, and Cancel. */
export function BulkProgressView({ bulk }: BulkProgressViewProps) {
  const { progress, cancelling } = bulk.state;
  const share = progress ? fractionDone(progress) : 0;
  const left = progress ? timeLeftText(progress.secondsLeft) : null;
  return (
    <div className="bulk-progress" aria-busy="true">
      <progress
        className="bulk-bar"
        max={1}
        value={share}
        aria-label="Import progress"
        aria-valuetext={`${Math.round(share * 100)}%`}
      />
      <p className="bulk-counts" role="status" aria-live="polite">
        {progress ? (
          <>
            <strong>{n(progress.processed)} read</strong> · {countsText(progress)}
          </>
        ) : (
          'Looking at the paths…'
        )}
      </p>
      <p className="bulk-rate muted">
        {progress && progress.processed > 0 ? rateText(progress.perSecond) : 'Starting…'}
        {left ? ` · ${left}` : ''}
      </p>
      <div className="panel-actions">
        <button
          type="button"
          className="button"
          onClick={() => void bulk.cancel()}
          disabled={cancelling}
        >
          {cancelling ? 'Stopping…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}
