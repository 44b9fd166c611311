import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyLibrary } from './components/EmptyLibrary';
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
import { useSearch } from './hooks/useSearch';
import { useTheme } from './hooks/useTheme';
import { useToasts } from './hooks/useToasts';
import { fromBrowserFile, fromPickedFile } from './lib/import-queue';
import type { SearchHit } from './lib/types';

/** What the main area shows. Comparison views will add their own kinds here. */
type View = { storyId: number | null; versionId: number | null };

export function App() {
  const { toasts, show, dismiss } = useToasts();
  const showError = useCallback((m: string) => show('error', m), [show]);
  const showInfo = useCallback((m: string) => show('info', m), [show]);
  const library = useLibrary(showError);
  const { stories, revision, refresh } = library;
  const { theme, toggle: toggleTheme } = useTheme();
  const [view, setView] = useState<View>({ storyId: null, versionId: null });
  const [query, setQuery] = useState('');
  const search = useSearch(query, revision);
  const searchRef = useRef<HTMLInputElement>(null);

  // The chosen story while it exists; otherwise the most recently updated one, so a new
  // person lands on the demo story and deleting a story shows the next one.
  const storyId =
    stories === null
      ? null
      : view.storyId !== null && stories.some((s) => s.id === view.storyId)
        ? view.storyId
        : (stories[0]?.id ?? null);
  const story = stories?.find((s) => s.id === storyId) ?? null;
  const versionId = view.storyId === storyId ? view.versionId : null;

  const onImported = useCallback(
    (id: number) => {
      setView((v) => (v.storyId === id ? v : { storyId: id, versionId: null }));
      refresh();
    },
    [refresh],
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

  const openHit = (hit: SearchHit): void =>
    setView({ storyId: hit.storyId, versionId: hit.versionId });

  return (
    <div className="app">
      <Sidebar
        stories={stories}
        selectedId={storyId}
        onSelect={(id) => setView({ storyId: id, versionId: null })}
        query={query}
        onQuery={setQuery}
        search={search}
        onOpenHit={openHit}
        searchRef={searchRef}
        onImport={() => openDialog({ tab: 'files' })}
        theme={theme}
        onToggleTheme={toggleTheme}
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
            onBack={() => setView({ storyId, versionId: null })}
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
            onRead={(id) => setView({ storyId, versionId: id })}
            onImportInto={(id) => openDialog({ storyId: id, tab: 'files' })}
            onDeleted={() => setView({ storyId: null, versionId: null })}
          />
        )}
      </main>
      {imports.state.open ? (
        <ImportDialog ctl={imports} stories={stories} onError={showError} />
      ) : null}
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
