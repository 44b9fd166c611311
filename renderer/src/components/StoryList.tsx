import { useState } from 'react';
import { formatDate, plural } from '../lib/format';
import {
  STORY_SORT_LABEL,
  loadStorySort,
  saveStorySort,
  sortStories,
  type StorySort,
} from '../lib/story-sort';
import type { StorySummary } from '../lib/types';

interface StoryListProps {
  stories: StorySummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The library: stories in the order the person chose (last update, title, versions). */
export function StoryList({ stories, selectedId, onSelect }: StoryListProps) {
  const [sort, setSort] = useState<StorySort>(loadStorySort);
  if (stories.length === 0) {
    return <p className="sidebar-empty">No stories yet. Import an article to start.</p>;
  }
  const choose = (next: StorySort) => {
    setSort(next);
    saveStorySort(next);
  };
  return (
    <nav aria-label="Stories">
      {stories.length > 1 ? (
        <label className="story-sort">
          Sort by
          <select value={sort} onChange={(e) => choose(e.target.value as StorySort)}>
            {(Object.keys(STORY_SORT_LABEL) as StorySort[]).map((k) => (
              <option key={k} value={k}>
                {STORY_SORT_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ul className="story-list">
        {sortStories(stories, sort).map((s) => (
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
