import { useRef, type ReactNode, type RefObject } from 'react';
import type { SearchState } from '../hooks/useSearch';
import type { StoryPages } from '../hooks/useStoryPages';
import type { SearchHit } from '../lib/types';
import { SearchResults } from './SearchResults';
import { StoryList } from './StoryList';

interface SidebarProps {
  /** The story list, a page at a time; kept above the sidebar so a search does not lose it. */
  pages: StoryPages;
  selectedId: number | null;
  onSelect: (id: number) => void;
  query: string;
  onQuery: (q: string) => void;
  search: SearchState;
  onOpenHit: (hit: SearchHit) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onImport: () => void;
  theme: 'light' | 'dark';
  onToggleTheme: () => void;
  /** Library-wide actions under the list (Export all findings). */
  footer?: ReactNode;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** The library sidebar: app header, search, and the story list or the search hits. */
export function Sidebar(props: SidebarProps) {
  const { query, onQuery, search, searchRef } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  return (
    <aside className="sidebar">
      <header className="sidebar-header">
        <span className="brand">Retold</span>
        <button
          type="button"
          className="icon-button"
          onClick={props.onToggleTheme}
          aria-label={props.theme === 'dark' ? 'Use light theme' : 'Use dark theme'}
          title={props.theme === 'dark' ? 'Use light theme' : 'Use dark theme'}
        >
          {props.theme === 'dark' ? '☀' : '☾'}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={props.onImport}
          title={`Import articles (${mod}I)`}
        >
          Import
        </button>
      </header>
      <div className="search-box" role="search">
        <input
          ref={searchRef}
          type="search"
          value={query}
          aria-label="Search the library"
          placeholder={`Search the library (${mod}K)`}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
      </div>
      <div className="sidebar-scroll" ref={scrollRef}>
        {query.trim() ? (
          <SearchResults search={search} onOpen={props.onOpenHit} onOpenStory={props.onSelect} />
        ) : (
          <StoryList
            pages={props.pages}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
            scrollRef={scrollRef}
          />
        )}
      </div>
      {props.footer}
    </aside>
  );
}
