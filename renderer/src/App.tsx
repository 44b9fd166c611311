import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyLibrary } from './components/EmptyLibrary';
import { LibraryExport } from './components/export/LibraryExport';
import { OutletsView } from './components/outlets/OutletsView';
import { GroupingView } from './components/grouping/GroupingView';
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
import { useAllStories } from './hooks/useAllStories';
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
  const { pages, revision, revisionOf, refresh } = library;
  const summary = pages.summary;
  const { theme, toggle: toggleTheme } = useTheme();
  // What the main area shows is the address (lib/route.ts): a story, a pair, a version read.
  const { route, navigate } = useRoute();
  const routeStory = routeStoryId(route);
  // The outlets view is about the whole library: no story is shown or selected.
  const onOutlets = route.kind === 'outlets';
  // So is the review of story proposals ("Group unsorted articles").
  const onGrouping = route.kind === 'grouping';
  const [query, setQuery] = useState('');
  const [checking, setChecking] = useState(false);
  // The search a version was opened from (a search result), for the Reader to mark.
  // With its story's title: the list holds only the pages on screen, maybe not that story's.
  const [foundIn, setFoundIn] = useState<{
    versionId: number;
    query: string;
    storyTitle: string;
  } | null>(null);
  const search = useSearch(query, revision);
  const searchRef = useRef<HTMLInputElement>(null);

  // The chosen story unless it proved missing (StoryPage says so); otherwise the most recently
  // updated one, so a new person lands on the demo story and deleting a story shows the next.
  // The list is paged (hooks/useStoryPages.ts), so whether a story exists is asked of it alone.
  const [missing, setMissing] = useState<number | null>(null);
  const storyId =
    summary === null
      ? null
      : routeStory !== null && routeStory !== missing
        ? routeStory
        : summary.newestId;
  const story = storyId === null ? null : (pages.find(storyId) ?? null);
  const versionId = route.kind === 'read' && route.storyId === storyId ? route.versionId : null;
  const openStory = useCallback(
    (id: number) => navigate({ kind: 'story', storyId: id }),
    [navigate],
  );

  // The address names the story shown: a missing or deleted story's address is corrected.
  useEffect(() => {
    if (onOutlets || onGrouping || storyId === null || routeStory === storyId) return;
    navigate({ kind: 'story', storyId }, { replace: true });
  }, [onOutlets, onGrouping, storyId, routeStory, navigate]);

  const onImported = useCallback(
    (id: number) => {
      setMissing(null); // a new story may take the id of one deleted earlier
      if (routeStory !== id) openStory(id);
      refresh();
    },
    [refresh, routeStory, openStory],
  );
  const imports = useImport(onImported);
  const { openDialog } = imports;
  // Every story, for the dialog's story picker: fetched while the dialog is open, not always.
  const importTargets = useAllStories(imports.state.open, revision);

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

  const loaded = summary !== null;
  useEffect(() => {
    if (loaded) document.body.dataset.ready = 'true';
  }, [loaded]);

  if (library.fatal) return <FullPageError message={library.fatal} onRetry={library.retry} />;
  if (summary === null) {
    return (
      <main className="starting" role="status" aria-busy="true">
        Opening your library…
      </main>
    );
  }

  // A result opens its version at the match: the Reader marks the search's words there.
  const openHit = (hit: SearchHit): void => {
    setFoundIn({ versionId: hit.versionId, query, storyTitle: hit.storyTitle });
    navigate({ kind: 'read', storyId: hit.storyId, versionId: hit.versionId });
  };

  return (
    <div className="app">
      <Sidebar
        pages={pages}
        selectedId={onOutlets || onGrouping ? null : storyId}
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
            {summary.anyComparable && <LibraryExport onInfo={showInfo} onError={showError} />}
            <button
              type="button"
              className="link-button"
              aria-current={onGrouping ? 'page' : undefined}
              onClick={() => navigate({ kind: 'grouping' })}
            >
              Group unsorted articles
            </button>
            <button
              type="button"
              className="link-button"
              aria-current={onOutlets ? 'page' : undefined}
              onClick={() => navigate({ kind: 'outlets' })}
            >
              Outlets across stories
            </button>
            <button type="button" className="link-button" onClick={() => setChecking(true)}>
              Check library…
            </button>
          </div>
        }
      />
      <main className="main" id="main">
        {onGrouping ? (
          <GroupingView
            revision={revision}
            onOpenStory={openStory}
            onInfo={showInfo}
            onError={showError}
          />
        ) : onOutlets ? (
          <OutletsView revision={revision} onInfo={showInfo} onError={showError} />
        ) : storyId === null ? (
          <EmptyLibrary onImport={() => openDialog({ tab: 'files' })} />
        ) : versionId !== null ? (
          <Reader
            key={versionId}
            versionId={versionId}
            storyTitle={
              story?.title ?? (foundIn?.versionId === versionId ? foundIn.storyTitle : null)
            }
            revision={revisionOf(storyId)}
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
            revision={revisionOf(storyId)}
            onMissing={setMissing}
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
        <ImportDialog ctl={imports} stories={importTargets ?? []} onError={showError} />
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
