import { formatDate, plural } from '../lib/format';
import type { StorySummary } from '../lib/types';

interface StoryListProps {
  stories: StorySummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The library: stories, most recently changed first. */
export function StoryList({ stories, selectedId, onSelect }: StoryListProps) {
  if (stories.length === 0) {
    return <p className="sidebar-empty">No stories yet. Import an article to start.</p>;
  }
  return (
    <nav aria-label="Stories">
      <ul className="story-list">
        {stories.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="story-item"
              aria-current={s.id === selectedId ? 'page' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <span className="story-item-title">{s.title}</span>
              <span className="story-item-meta">
                {plural(s.versionCount, 'version')} · updated {formatDate(s.updatedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
