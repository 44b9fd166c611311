import type { SearchState } from '../hooks/useSearch';
import type { SearchHit } from '../lib/types';
import { Snippet } from './Snippet';
import { NoteHits } from './notes/NoteHits';

interface SearchResultsProps {
  search: SearchState;
  onOpen: (hit: SearchHit) => void;
  /** Opens a story (a note found by search opens its story's page). */
  onOpenStory?: (storyId: number) => void;
}

/** Hits as story, version (outlet — headline) and a snippet with the matches marked. */
export function SearchResults({ search, onOpen, onOpenStory }: SearchResultsProps) {
  const { hits, notes, searching, error } = search;
  return (
    <section className="search-results" aria-label="Search results" aria-busy={searching}>
      <p className="search-status" role="status">
        {error
          ? error
          : hits === null
            ? 'Searching…'
            : hits.length === 0 && notes.length === 0
              ? searching
                ? 'Searching…'
                : 'No version contains that.'
              : `${hits.length + notes.length} ${hits.length + notes.length === 1 ? 'match' : 'matches'}`}
      </p>
      {hits && hits.length > 0 ? (
        <ul className="hit-list">
          {hits.map((h) => (
            <li key={h.versionId}>
              <button type="button" className="hit" onClick={() => onOpen(h)}>
                <span className="hit-version">
                  <strong>{h.outlet ?? 'Unknown outlet'}</strong>
                  {h.versionTitle ? ` — ${h.versionTitle}` : null}
                </span>
                <Snippet text={h.snippet} />
                <span className="hit-story">
                  {h.versionNumber ? `#${h.versionNumber} in` : 'In'} “{h.storyTitle}”
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {onOpenStory ? <NoteHits notes={notes} onOpen={onOpenStory} /> : null}
    </section>
  );
}
