// "Find other versions of this article": the copies of one version found elsewhere in the
// library (versions.findOthers: the near-duplicate index, verified by the engine's derivation),
// each with how much wording the two share both ways, and one button to add it to this story.
import { useCallback, useState } from 'react';
import { ApiError, call } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { formatDate, plural, versionName } from '../../lib/format';
import type { VersionSummary } from '../../lib/types';
import type { MethodOutput } from '../../../../contract/methods';
import { Modal } from '../Modal';

type Found = MethodOutput<'versions.findOthers'>['versions'][number];

interface FindVersionsDialogProps {
  version: VersionSummary;
  storyTitle: string;
  onClose: () => void;
  /** After a version was added: a sentence for the status line; the page refreshes. */
  onAdded: (message: string) => void;
  onError: (message: string) => void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How the found version relates to this one, in words. */
function relation(f: Found): string {
  const how = f.derivation === 'wholly' ? 'wholly derived' : 'partly derived';
  if (f.direction === 'copied-by-query') return `this version is ${how} from it`;
  return `${how} from this version`;
}

/** Where the found version is now. */
function whereNow(f: Found): string {
  return f.storyVersions <= 1
    ? 'unsorted (alone in its story)'
    : `in “${f.storyTitle}” (${plural(f.storyVersions, 'version')})`;
}

const fetchFound = (id: number) => call('versions.findOthers', { id });

/** The dialog (see the header). */
export function FindVersionsDialog(props: FindVersionsDialogProps) {
  const { version, onAdded, onError } = props;
  const { data, loading, error } = useLoad(version.id, 0, fetchFound);
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState<number | null>(null);

  const add = useCallback(
    (f: Found) => {
      setBusy(f.versionId);
      call('versions.addToStory', { id: f.versionId, storyId: version.storyId })
        .then((out) => {
          setAdded((s) => new Set(s).add(f.versionId));
          const kept = out.keptStory
            ? ` Its old story “${out.keptStory.title}” is kept: it has notes.`
            : '';
          onAdded(`Added ${versionName(f)} to “${props.storyTitle}”.${kept}`);
        })
        .catch((err: unknown) =>
          onError(err instanceof ApiError ? err.message : 'That did not work; nothing was moved.'),
        )
        .finally(() => setBusy(null));
    },
    [version.storyId, props.storyTitle, onAdded, onError],
  );

  return (
    <Modal
      title={`Other versions of “${versionName(version)}”`}
      onClose={props.onClose}
      wide
      footer={
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      }
    >
      {loading || (!data && !error) ? (
        <p role="status" className="muted">
          Looking through the library…
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {data ? (
        <>
          <p role="status" className="muted find-summary" data-testid="find-summary">
            {data.versions.length === 0
              ? `No other versions found: ${plural(data.candidates, 'article')} shared wording with it, and none is a copy of it or its source.`
              : `${plural(data.versions.length, 'version')} found elsewhere in the library, closest first. Independent reports of the same event are left out.`}
          </p>
          <ul className="found-versions">
            {data.versions.map((f) => (
              <li key={f.versionId} className="found-version" data-version-id={f.versionId}>
                <div className="found-main">
                  <span className="version-outlet">{f.outlet ?? 'Unknown outlet'}</span>
                  <span className="version-title">{f.title ?? 'Untitled'}</span>
                  <span className="muted found-where">
                    {formatDate(f.published)} · {whereNow(f)}
                  </span>
                  <span className="found-relation">
                    <span className={`derivation derivation-${f.derivation}`}>{relation(f)}</span>
                    {' · '}
                    {pct(f.inQuery)} of its wording is in this version; it holds {pct(f.queryIn)} of
                    this one
                  </span>
                </div>
                <button
                  type="button"
                  className="button primary found-add"
                  disabled={added.has(f.versionId) || busy !== null}
                  aria-label={`Add ${versionName(f)} to this story`}
                  onClick={() => add(f)}
                >
                  {added.has(f.versionId) ? 'Added' : 'Add to this story'}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Modal>
  );
}
