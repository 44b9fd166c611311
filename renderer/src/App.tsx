import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyLibrary } from './components/EmptyLibrary';
import { LibraryExport } from './components/export/LibraryExport';
import { CheckLibraryDialog } from './components/dialogs/CheckLibraryDialog';
import { FullPageError } from './components/FullPageError';
import { ImportDialog } from './components/import/ImportDialog';
import { Reader } from './components/Reader';
import { Sidebar } from './components/Sidebar';
import { StoryPage } from './components/StoryPage';
import { Toasts } from './components/Toasts';
import { useAppCommands, type AppCommands } from './hooks/useAppCommands';
import { useFileDrop } from './hooks/useFileDrop';
import { useImport } from './hooks/useImport';
import { useLibrary } from './hooks/useLibrary';
import { useRoute } from './hooks/useRoute';
import { useSearch } from './hooks/useSearch';
import { useTheme } from './hooks/useTheme';
import { useToasts } from './hooks/useToasts';
import { fromBrowserFile, fromPickedFile } from './lib/import-queue';
import { routeStoryId, type Route } from './lib/route';
import type { SearchHit } from './lib/types';

export function App() {
  const { toasts, show, dismiss } = useToasts();
  const showError = useCallback((m: string) => show('error', m), [show]);
  const showInfo = useCallback((m: string) => show('info', m), [show]);
  const library = useLibrary(showError);
  const { stories, revision, refresh } = library;
  const { theme, toggle: toggleTheme } = useTheme();
  // What the main area shows is the address (lib/route.ts): a story, a pair, a version read.
  const { route, navigate } = useRoute();
  const routeStory = routeStoryId(route);
  const [query, setQuery] = useState('');
  const [checking, setChecking] = useState(false);
  // The search a version was opened from (a search result), for the Reader to mark.
  const [foundIn, setFoundIn] = useState<{ versionId: number; query: string } | null>(null);
  const search = useSearch(query, revision);
  const searchRef = useRef<HTMLInputElement>(null);

  // The chosen story while it exists; otherwise the most recently updated one, so a new
  // person lands on the demo story and deleting a story shows the next one.
  const storyId =
    stories === null
      ? null
      : routeStory !== null && stories.some((s) => s.id === routeStory)
        ? routeStory
        : (stories[0]?.id ?? null);
  const story = stories?.find((s) => s.id === storyId) ?? null;
  const versionId = route.kind === 'read' && route.storyId === storyId ? route.versionId : null;
  const openStory = useCallback(
    (id: number) => navigate({ kind: 'story', storyId: id }),
    [navigate],
  );

  // The address names the story shown: a missing or deleted story's address is corrected,
  // except a story just imported into, which the list does not hold until it is refreshed.
  const justImported = useRef<number | null>(null);
  useEffect(() => {
    if (storyId === null || routeStory === storyId) return;
    if (routeStory !== null && routeStory === justImported.current) return;
    navigate({ kind: 'story', storyId }, { replace: true });
  }, [storyId, routeStory, navigate]);

  const onImported = useCallback(
    (id: number) => {
      justImported.current = id;
      if (routeStory !== id) openStory(id);
      refresh();
    },
    [refresh, routeStory, openStory],
  );
  const imports = useImport(onImported);
  const { openDialog } = imports;

  const dragging = useFileDrop(
    useCallback((files: File[]) => openDialog({ files: files.map(fromBrowserFile) }), [openDialog]),
  );

  const commands = useMemo<AppCommands>(
    () => ({
      importFiles: () => openDialog({ tab: 'files' }),
      paste: () => openDialog({ tab: 'paste' }),
      find: () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      },
      toggleTheme,
      checkLibrary: () => setChecking(true),
      filesOpened: (files) => openDialog({ files: files.map(fromPickedFile) }),
      notice: show,
    }),
    [openDialog, toggleTheme, show],
  );
  useAppCommands(commands);

  useEffect(() => {
    if (stories !== null) document.body.dataset.ready = 'true';
  }, [stories]);

  if (library.fatal) return <FullPageError message={library.fatal} onRetry={library.retry} />;
  if (stories === null) {
    return (
      <main className="starting" role="status" aria-busy="true">
        Opening your library…
      </main>
    );
  }

  // A result opens its version at the match: the Reader marks the search's words there.
  const openHit = (hit: SearchHit): void => {
    setFoundIn({ versionId: hit.versionId, query });
    navigate({ kind: 'read', storyId: hit.storyId, versionId: hit.versionId });
  };

  return (
    <div className="app">
      <Sidebar
        stories={stories}
        selectedId={storyId}
        onSelect={openStory}
        query={query}
        onQuery={setQuery}
        search={search}
        onOpenHit={openHit}
        searchRef={searchRef}
        onImport={() => openDialog({ tab: 'files' })}
        theme={theme}
        onToggleTheme={toggleTheme}
        footer={
          <div className="sidebar-footer">
            {stories.some((s) => s.versionCount >= 2) && (
              <LibraryExport onInfo={showInfo} onError={showError} />
            )}
            <button type="button" className="link-button" onClick={() => setChecking(true)}>
              Check library…
            </button>
          </div>
        }
      />
      <main className="main" id="main">
        {storyId === null ? (
          <EmptyLibrary onImport={() => openDialog({ tab: 'files' })} />
        ) : versionId !== null ? (
          <Reader
            key={versionId}
            versionId={versionId}
            storyTitle={story?.title ?? null}
            revision={revision}
            highlight={foundIn?.versionId === versionId ? foundIn.query : null}
            onBack={() => {
              setFoundIn(null);
              openStory(storyId);
            }}
          />
        ) : (
          <StoryPage
            key={storyId}
            storyId={storyId}
            stories={stories}
            revision={revision}
            refresh={refresh}
            onError={showError}
            onInfo={showInfo}
            onRead={(id) => navigate({ kind: 'read', storyId, versionId: id })}
            onImportInto={(id) => openDialog({ storyId: id, tab: 'files' })}
            onDeleted={() => navigate({ kind: 'home' }, { replace: true })}
            route={route.kind === 'story' || route.kind === 'pair' ? route : null}
            onRoute={(r: Route) => navigate(r)}
          />
        )}
      </main>
      {imports.state.open ? (
        <ImportDialog ctl={imports} stories={stories} onError={showError} />
      ) : null}
      {checking ? <CheckLibraryDialog onClose={() => setChecking(false)} /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <strong>Drop to import</strong>
            <span>Each file becomes a version of a story.</span>
          </div>
        </div>
      ) : null}
      <Toasts toasts={toasts} onDismiss={dismiss} />
    </div>
  );
}
