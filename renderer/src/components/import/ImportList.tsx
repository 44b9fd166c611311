import type { ImportController } from '../../hooks/useImport';
import { formatBytes } from '../../lib/format';
import type { QueueItem } from '../../lib/import-queue';

// One word for one outcome: a file refused before upload and one the backend could not read
// both end "Not imported" (the message under it says why).
const statusLabel: Record<QueueItem['status'], string> = {
  queued: 'Waiting',
  refused: 'Not imported',
  importing: 'Importing…',
  imported: '✓ Imported',
  duplicate: 'Already there',
  error: 'Not imported',
};

/** The batch: progress while it runs, then one line per file saying what happened. */
export function ImportList({ ctl }: { ctl: ImportController }) {
  const { items, progress } = ctl.state;
  if (items.length === 0 && !progress) return null;
  const finished = items.some((it) => it.status !== 'queued' && it.status !== 'importing');
  return (
    <section className="import-list" aria-label="Files to import">
      {progress ? (
        <div className="progress" role="status">
          <span>
            Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}…
          </span>
          <progress value={progress.done} max={progress.total} aria-label="Import progress" />
        </div>
      ) : null}
      <ul>
        {items.map((it) => (
          <li key={it.key} className={`import-item status-${it.status}`}>
            <div className="import-item-head">
              <span className="import-name" title={it.name}>
                {it.name}
              </span>
              <span className="muted small">
                {it.kind === 'file' ? formatBytes(it.size) : 'Pasted'}
              </span>
              <span className="import-status">{statusLabel[it.status]}</span>
              {it.status === 'queued' && !progress ? (
                <button
                  type="button"
                  className="link-button small"
                  aria-label={`Remove ${it.name} from the list`}
                  onClick={() => ctl.removeItem(it.key)}
                >
                  Remove
                </button>
              ) : null}
            </div>
            {it.message ? (
              <p
                className="import-message"
                role={it.status === 'error' || it.status === 'refused' ? 'alert' : undefined}
              >
                {it.message}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {finished && !progress ? (
        <button type="button" className="link-button small" onClick={ctl.clearFinished}>
          Clear finished
        </button>
      ) : null}
    </section>
  );
}
