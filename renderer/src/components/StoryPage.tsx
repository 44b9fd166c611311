import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import { useAllStories } from '../hooks/useAllStories';
import { useLoad } from '../hooks/useLoad';
import { useStoryActions } from '../hooks/useStoryActions';
import { formatDate, plural } from '../lib/format';
import type { StoryRoute } from '../lib/route';
import type { StoryDetail, VersionSummary } from '../lib/types';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { EditVersionDialog } from './dialogs/EditVersionDialog';
import { FindVersionsDialog } from './dialogs/FindVersionsDialog';
import { MoveVersionDialog } from './dialogs/MoveVersionDialog';
import { RenameStoryDialog } from './dialogs/RenameStoryDialog';
import { CompareSection } from './compare/CompareSection';
import { StoryMenu } from './compare/StoryMenu';
import { CopyLink } from './export/CopyLink';
import { ExportMenu } from './export/ExportMenu';
import { LoadState } from './LoadState';
import { StoryNotes } from './notes/StoryNotes';
import { VersionTable, type VersionAction } from './VersionTable';

interface StoryPageProps {
  storyId: number;
  revision: number;
  /** The story is not in the library (a stale address, or deleted elsewhere). */
  onMissing: (storyId: number) => void;
  refresh: () => void;
  onError: (message: string) => void;
  onInfo: (message: string) => void;
  onRead: (versionId: number) => void;
  onImportInto: (storyId: number) => void;
  onDeleted: () => void;
  /** The address inside this story (view, pair, paragraph), and how to change it. */
  route: StoryRoute | null;
  onRoute: (r: StoryRoute) => void;
}

type Open =
  | { kind: 'rename' | 'delete-story' }
  | { kind: Exclude<VersionAction, 'read'>; version: VersionSummary }
  | null;

const fetchStory = (id: number): Promise<StoryDetail> => call('stories.get', { id });

/** A story: its title, notes, versions, and what can be done with them. */
export function StoryPage(props: StoryPageProps) {
  const { storyId, refresh, onError, onInfo } = props;
  const { data: story, loading, error, code } = useLoad(storyId, props.revision, fetchStory);
  const { onMissing } = props;
  useEffect(() => {
    if (code === 'not_found') onMissing(storyId);
  }, [code, storyId, onMissing]);
  const actions = useStoryActions(refresh, onError);
  const [open, setOpen] = useState<Open>(null);
  // Every story, for the move dialog's picker, fetched only while it is open.
  const moveTargets = useAllStories(open?.kind === 'move', props.revision);
  // While the pair view fills the window the notes fold behind a button (styles/story.css).
  const [notesOpen, setNotesOpen] = useState(false);
  const close = useCallback(() => setOpen(null), []);

  if (!story) return <LoadState loading={loading} error={error} what="this story" />;

  const onAction = (action: VersionAction, version: VersionSummary): void => {
    if (action === 'read') props.onRead(version.id);
    else setOpen({ kind: action, version });
  };
  const versionLabel = (v: VersionSummary): string =>
    [v.outlet, v.title ? `“${v.title}”` : null].filter(Boolean).join(', ') || 'this version';

  return (
    <article className="story-page" aria-busy={loading}>
      <header className="page-header">
        <p className="eyebrow">
          Story · {plural(story.versions.length, 'version')} · updated {formatDate(story.updatedAt)}
        </p>
        <h1 className="story-title" title={story.title}>
          {story.title}
        </h1>
        <div className="toolbar">
          <button
            type="button"
            className="button primary"
            onClick={() => props.onImportInto(story.id)}
          >
            Import into this story
          </button>
          {/* The story's own actions; in a narrow pair view "Story ▾" stands in for them. */}
          <span className="story-actions">
            <button type="button" className="button" onClick={() => setOpen({ kind: 'rename' })}>
              Rename
            </button>
            <ExportMenu
              storyId={story.id}
              enabled={story.versions.length >= 2}
              onInfo={onInfo}
              onError={onError}
            />
            <CopyLink
              route={props.route ?? { kind: 'story', storyId: story.id }}
              onInfo={onInfo}
              onError={onError}
            />
            <button
              type="button"
              className="button danger-outline"
              onClick={() => setOpen({ kind: 'delete-story' })}
            >
              Delete story
            </button>
            <button
              type="button"
              className="button notes-toggle"
              aria-expanded={notesOpen}
              aria-controls="story-notes-fold"
              onClick={() => setNotesOpen(!notesOpen)}
            >
              Notes{story.notes ? ' ✎' : ''}
            </button>
          </span>
          <div className="story-menu">
            <StoryMenu
              storyId={story.id}
              canExport={story.versions.length >= 2}
              route={props.route ?? { kind: 'story', storyId: story.id }}
              notesOpen={notesOpen}
              onRename={() => setOpen({ kind: 'rename' })}
              onDelete={() => setOpen({ kind: 'delete-story' })}
              onNotes={() => setNotesOpen(!notesOpen)}
              onInfo={onInfo}
              onError={onError}
            />
          </div>
          {loading ? (
            <span className="loading-dot" role="status">
              Updating…
            </span>
          ) : null}
        </div>
      </header>

      <div id="story-notes-fold" className={`notes-fold${notesOpen ? ' is-open' : ''}`}>
        <StoryNotes key={story.id} storyId={story.id} notes={story.notes} />
      </div>

      <CompareSection
        story={story}
        route={props.route}
        onRoute={props.onRoute}
        onError={onError}
        onImportMore={() => props.onImportInto(story.id)}
        onMakeBase={(id) => void actions.setBase(story.id, id)}
        versions={
          <section className="versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Versions</h2>
            {story.versions.length === 0 ? (
              <p className="muted">
                This story has no versions yet. Import an article into it to start comparing.
              </p>
            ) : (
              <div className="overview-scroll">
                <VersionTable versions={story.versions} onAction={onAction} />
              </div>
            )}
          </section>
        }
      />

      {open?.kind === 'rename' ? (
        <RenameStoryDialog
          current={story.title}
          onClose={close}
          onSave={(title) => actions.renameStory(story.id, title).then(close, () => undefined)}
        />
      ) : null}
      {open?.kind === 'delete-story' ? (
        <ConfirmDialog
          title="Delete story?"
          message={`“${story.title}” and its ${plural(story.versions.length, 'version')} will be removed from the library. This cannot be undone.`}
          confirmLabel={`Delete story and ${plural(story.versions.length, 'version')}`}
          onClose={close}
          onConfirm={() =>
            actions.deleteStory(story.id).then(
              () => {
                close();
                onInfo(`Deleted “${story.title}”.`);
                props.onDeleted();
              },
              () => undefined,
            )
          }
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <EditVersionDialog
          version={open.version}
          onClose={close}
          onSave={(meta) =>
            actions.updateVersion(open.version.id, meta).then(close, () => undefined)
          }
        />
      ) : null}
      {open?.kind === 'move' ? (
        <MoveVersionDialog
          version={open.version}
          stories={moveTargets ?? []}
          onClose={close}
          onMove={(to) =>
            actions.moveVersion(open.version.id, to).then(
              () => {
                close();
                const target = moveTargets?.find((s) => s.id === to);
                onInfo(
                  `Moved ${versionLabel(open.version)} to “${target?.title ?? 'the other story'}”.`,
                );
              },
              () => undefined,
            )
          }
        />
      ) : null}
      {open?.kind === 'find' ? (
        <FindVersionsDialog
          version={open.version}
          storyTitle={story.title}
          onClose={close}
          onAdded={(message) => {
            onInfo(message);
            refresh();
          }}
          onError={onError}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete version?"
          message={`Delete ${versionLabel(open.version)} from “${story.title}”? Its text and details will be removed from the library. This cannot be undone.`}
          confirmLabel="Delete version"
          onClose={close}
          onConfirm={() => actions.deleteVersion(open.version.id).then(close, () => undefined)}
        />
      ) : null}
    </article>
  );
}
