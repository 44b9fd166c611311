import { useEffect, useMemo, useRef } from 'react';
import { call } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { formatDate, formatDateTime, formatSource, plural } from '../lib/format';
import { markLine, searchTerms, type MarkedPart } from '../lib/search-marks';
import { toBlocks } from '../lib/text';
import type { Version } from '../lib/types';
import { FetchFacts } from './FetchFacts';
import { LoadState } from './LoadState';

interface ReaderProps {
  versionId: number;
  storyTitle: string | null;
  revision: number;
  onBack: () => void;
  /** The search this version was opened from: its words are marked, the first in view. */
  highlight?: string | null;
}

const fetchVersion = (id: number): Promise<Version> => call('versions.get', { id });

/** One line of text, with the words of the search (if any) marked. */
function Line({ parts }: { parts: MarkedPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The text's blocks of lines, each line cut into plain pieces and the search's words. */
function markedBlocks(text: string, query: string | null | undefined): MarkedPart[][][] {
  const terms = query ? searchTerms(query) : null;
  return toBlocks(text).map((lines) =>
    lines.map((line) => (terms ? markLine(line, terms) : [{ text: line, match: false }])),
  );
}

const countMarks = (blocks: MarkedPart[][][]): number =>
  blocks.flat(2).filter((p) => p.match).length;

/** "3 matches for “behaviour”", or where the search found it when the text has none. */
function SearchNote({ query, count }: { query: string; count: number }) {
  return (
    <p className="reader-search muted small" role="status" data-matches={count}>
      {count > 0
        ? `${plural(count, 'match', 'matches')} for “${query}” in this text (spelling variants included), the first one in view.`
        : `“${query}” is in this version’s headline or outlet, not in its text.`}
    </p>
  );
}

/**
 * One version's text for reading. The text is data from unknown sites: it is rendered only
 * as React text nodes, block by block, with single-newline lines kept as separate lines.
 * Opened from a search result, it marks the words found and scrolls to the first.
 */
export function Reader({ versionId, storyTitle, revision, onBack, highlight }: ReaderProps) {
  const { data: version, loading, error } = useLoad(versionId, revision, fetchVersion);
  const textRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(
    () => (version ? markedBlocks(version.text, highlight) : []),
    [version, highlight],
  );
  const matchCount = useMemo(() => countMarks(blocks), [blocks]);

  // The first match in view once the text is on screen (centred, so its context shows).
  useEffect(() => {
    textRef.current?.querySelector('mark.search-mark')?.scrollIntoView({ block: 'center' });
  }, [blocks]);

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
              <div className="fact-source">
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
            {version.fetch ? <FetchFacts fetch={version.fetch} /> : null}
            {highlight?.trim() ? <SearchNote query={highlight.trim()} count={matchCount} /> : null}
          </header>
          <div className="reader-text" ref={textRef}>
            {blocks.map((lines, i) =>
              lines.length === 1 ? (
                <p key={i}>
                  <Line parts={lines[0] ?? []} />
                </p>
              ) : (
                <div key={i} className="line-block">
                  {lines.map((line, j) => (
                    <p key={j}>
                      <Line parts={line} />
                    </p>
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
