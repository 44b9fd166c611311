import { useState } from 'react';
import type { MethodOutput } from '../../../../contract/methods';
import { ApiError, call } from '../../api/client';
import { formatDateTime, plural } from '../../lib/format';
import { Modal } from '../Modal';

type CheckResult = MethodOutput<'library.check'>;

interface CheckLibraryDialogProps {
  onClose: () => void;
}

/**
 * The full integrity check on demand (issue 9): SQLite's `integrity_check` over the whole
 * library, its result in plain words, and the automatic backups a repair could restore. The
 * quick check already runs on every open; this is the slow, thorough one. Repairing replaces
 * the library file, which only works with Retold closed, so the dialog names the command.
 */
export function CheckLibraryDialog({ onClose }: CheckLibraryDialogProps) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (): void => {
    setBusy(true);
    setError(null);
    call('library.check', { full: true })
      .then(setResult)
      .catch((err: unknown) =>
        setError(err instanceof ApiError ? err.message : 'The check could not run.'),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Modal
      title="Check the library"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button primary" onClick={run} disabled={busy}>
            {busy ? 'Checking…' : result ? 'Check again' : 'Run full check'}
          </button>
        </>
      }
    >
      <p>
        Retold runs a quick check every time it opens the library. The full check reads every page
        of the library file; on a large library it can take a minute.
      </p>
      <div role="status" aria-live="polite" data-testid="check-result">
        {error && <p className="check-bad">{error}</p>}
        {result && (
          <>
            {/* the summary lists SQLite's first findings on lines of their own */}
            <p className={result.ok ? 'check-ok' : 'check-bad'}>{result.summary}</p>
            {!result.ok && (
              <>
                <p>
                  To repair it, close Retold and run <code>npx retold check --repair</code>: it
                  restores the newest backup that passes the check and keeps the damaged file beside
                  it.
                </p>
              </>
            )}
            <p>
              {result.backups.length === 0
                ? 'There are no automatic backups yet.'
                : `${plural(result.backups.length, 'automatic backup')}, newest ${formatDateTime(
                    result.backups[0]?.takenAt ?? '',
                  )}.`}
            </p>
          </>
        )}
      </div>
    </Modal>
  );
}
