import { formatDate, sourceLabel, versionName } from '../lib/format';
import type { VersionSummary } from '../lib/types';

/** What can be done to one version from the story page. */
export type VersionAction = 'read' | 'edit' | 'move' | 'find' | 'delete';

interface VersionTableProps {
  versions: VersionSummary[];
  onAction: (action: VersionAction, version: VersionSummary) => void;
}

/**
 * The versions of a story, in the order the backend gives (by publication date), each with
 * its number in the story ("#3"), the one the CLI and exports print too.
 */
export function VersionTable({ versions, onAction }: VersionTableProps) {
  return (
    <table className="version-table">
      <caption className="visually-hidden">Versions of this story</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">Outlet and headline</th>
          <th scope="col">Published</th>
          <th scope="col" className="num">
            Words
          </th>
          <th scope="col">Arrived as</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => {
          const name = versionName(v);
          return (
            <tr key={v.id} data-version-id={v.id}>
              <td className="num muted">{v.number}</td>
              <td className="version-cell">
                <button type="button" className="version-open" onClick={() => onAction('read', v)}>
                  <span className="version-outlet">{v.outlet ?? 'Unknown outlet'}</span>
                  <span className="version-title">{v.title ?? 'Untitled'}</span>
                </button>
              </td>
              <td className="nowrap">{formatDate(v.published)}</td>
              <td className="num">{v.wordCount.toLocaleString()}</td>
              {/* Plain text (the matrix's `.source-cell` is a button, so not that class); a
                  long file name ends in an ellipsis, whole in its tooltip, never cut mid-word. */}
              <td className="arrived-cell">
                <span>{sourceLabel(v.sourceKind)}</span>
                {v.sourceName ? (
                  <span className="arrived-name" title={v.sourceName}>
                    {v.sourceName}
                  </span>
                ) : null}
              </td>
              <td className="actions-cell">
                <div className="row-actions">
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => onAction('read', v)}
                    aria-label={`Read ${name}`}
                  >
                    Read
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => onAction('edit', v)}
                    aria-label={`Edit details of ${name}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => onAction('move', v)}
                    aria-label={`Move ${name} to another story`}
                  >
                    Move
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => onAction('find', v)}
                    aria-label={`Find other versions of ${name}`}
                    title="Find copies of this article elsewhere in the library"
                  >
                    Find others
                  </button>
                  <button
                    type="button"
                    className="small-button danger-text"
                    onClick={() => onAction('delete', v)}
                    aria-label={`Delete ${name}`}
                  >
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
