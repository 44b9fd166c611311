import { call } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { formatDate, formatDateTime, formatSource, plural } from '../lib/format';
import { toBlocks } from '../lib/text';
import type { Version } from '../lib/types';
import { LoadState } from './LoadState';

interface ReaderProps {
  versionId: number;
  storyTitle: string | null;
  revision: number;
  onBack: () => void;
}

const fetchVersion = (id: number): Promise<Version> => call('versions.get', { id });

/**
 * One version's text for reading. The text is data from unknown sites: it is rendered only
 * as React text nodes, block by block, with single-newline lines kept as separate lines.
 */
export function Reader({ versionId, storyTitle, revision, onBack }: ReaderProps) {
  const { data: version, loading, error } = useLoad(versionId, revision, fetchVersion);
  return (
    <article className="reader" aria-busy={loading}>
      <nav className="reader-nav" aria-label="Reader">
        <button type="button" className="link-button" onClick={onBack}>
          ← Back to the story
        </button>
        {storyTitle ? <span className="reader-story muted">{storyTitle}</span> : null}
      </nav>
      {!version ? (
        <LoadState loading={loading} error={error} what="this version" />
      ) : (
        <>
          <header className="reader-header">
            <p className="eyebrow">{version.outlet ?? 'Unknown outlet'}</p>
            <h1>{version.title ?? 'Untitled'}</h1>
            <p className="reader-meta">
              {[version.byline, version.published ? formatDate(version.published) : null]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <dl className="reader-facts">
              <div>
                <dt>Words</dt>
                <dd>{version.wordCount.toLocaleString()}</dd>
              </div>
              <div>
                <dt>Arrived as</dt>
                <dd>{formatSource(version)}</dd>
              </div>
              <div>
                <dt>Imported</dt>
                <dd>{formatDateTime(version.importedAt)}</dd>
              </div>
              {version.url ? (
                <div className="fact-url">
                  <dt>Address</dt>
                  <dd>{version.url}</dd>
                </div>
              ) : null}
            </dl>
          </header>
          <div className="reader-text">
            {toBlocks(version.text).map((lines, i) =>
              lines.length === 1 ? (
                <p key={i}>{lines[0]}</p>
              ) : (
                <div key={i} className="line-block">
                  {lines.map((line, j) => (
                    <p key={j}>{line}</p>
                  ))}
                </div>
              ),
            )}
          </div>
          <p className="reader-end muted small">
            End of this version · {plural(version.wordCount, 'word')}
          </p>
        </>
      )}
    </article>
  );
}
