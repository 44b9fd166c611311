// The progress of a long backend job (a bulk import, a grouping run): a bar, a counts line read
// out as it changes, the rate with the time left, and Cancel. The callers say what is counted;
// the markup, the accessible names and the classes are one, so every job's progress reads alike.
import type { ReactNode } from 'react';
import { rateText, timeLeftText } from './import/bulk-format';

interface JobProgressProps {
  /** Share done, 0..1. */
  share: number;
  /** The bar's accessible name, e.g. "Import progress". */
  label: string;
  /** The counts line. */
  counts: ReactNode;
  /** Items per second, or null before any is done ("Starting…"). */
  perSecond: number | null;
  secondsLeft: number | null;
  cancelLabel: string;
  stopping: boolean;
  onCancel: () => void;
  className?: string;
}

/** A running job's bar, counts, rate and time left, and its Cancel button. */
export function JobProgress(props: JobProgressProps) {
  const { share, perSecond, secondsLeft, stopping } = props;
  const left = timeLeftText(secondsLeft);
  return (
    <div
      className={`bulk-progress${props.className ? ` ${props.className}` : ''}`}
      aria-busy="true"
    >
      <progress
        className="bulk-bar"
        max={1}
        value={share}
        aria-label={props.label}
        aria-valuetext={`${Math.round(share * 100)}%`}
      />
      <p className="bulk-counts" role="status" aria-live="polite">
        {props.counts}
      </p>
      <p className="bulk-rate muted">
        {perSecond !== null ? rateText(perSecond) : 'Starting…'}
        {left ? ` · ${left}` : ''}
      </p>
      <div className="panel-actions">
        <button type="button" className="button" onClick={props.onCancel} disabled={stopping}>
          {stopping ? 'Stopping…' : props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
