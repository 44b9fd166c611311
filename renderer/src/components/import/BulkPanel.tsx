import { useState } from 'react';
import { ApiError, call, shellKind } from '../../api/client';
import type { BulkController } from '../../hooks/useBulkImport';
import '../../styles/bulk-import.css';
import { parsePaths } from './bulk-format';
import { BulkProgressView } from './BulkProgressView';
import { BulkSummary } from './BulkSummary';
import { StoryNameField } from './StoryNameField';

interface BulkPanelProps {
  bulk: BulkController;
}

/**
 * Many articles at once, by path: folders (recursively), CSV and JSONL tables. Browser mode's
 * server runs on this computer, so a path typed here names a file the backend can read. The
 * desktop shell refuses paths from the page (backend/bulk/handlers.ts): there the folder is
 * chosen in the native dialog, and the page only passes on the grant it gets for it.
 */
export function BulkPanel({ bulk }: BulkPanelProps) {
  const { phase } = bulk.state;
  const Form = shellKind === 'electron' ? FolderForm : BulkForm;
  return (
    <div className="bulk-panel">
      {bulk.state.error ? (
        <p className="form-error" role="alert">
          {bulk.state.error}
        </p>
      ) : null}
      {phase === 'idle' || phase === 'starting' ? <Form bulk={bulk} /> : null}
      {phase === 'running' ? <BulkProgressView bulk={bulk} /> : null}
      {phase === 'finished' ? <BulkSummary bulk={bulk} /> : null}
    </div>
  );
}

/** The paths and the optional story name. */
function BulkForm({ bulk }: BulkPanelProps) {
  const { draft, setDraft } = bulk;
  const starting = bulk.state.phase === 'starting';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void bulk.start(parsePaths(draft.paths), draft.story);
      }}
    >
      <p className="muted bulk-help">
        Type or paste paths on this computer, one per line. Retold’s server runs here, so it reads
        them directly. A folder is read with its subfolders (.txt, .md, .html and .htm files); a
        .csv or .jsonl table needs a <code>text</code> or <code>html</code> column, and may have{' '}
        <code>title</code>, <code>outlet</code>, <code>url</code>, <code>published</code> and{' '}
        <code>story</code>. Text already in the library is skipped, so running it again is safe.
      </p>
      <label className="field">
        <span>Folders and files</span>
        <textarea
          value={draft.paths}
          onChange={(e) => setDraft({ ...draft, paths: e.target.value })}
          rows={5}
          placeholder={'/home/me/news/saved-pages\n/home/me/news/crawl.jsonl'}
          spellCheck={false}
        />
      </label>
      <StoryNameField value={draft.story} onChange={(story) => setDraft({ ...draft, story })} />
      <div className="panel-actions">
        <button
          type="submit"
          className="button primary"
          disabled={starting || draft.paths.trim() === ''}
        >
          {starting ? 'Starting…' : 'Start import'}
        </button>
      </div>
    </form>
  );
}

/** The desktop app's form: a folder from the native dialog, and the optional story name. */
function FolderForm({ bulk }: BulkPanelProps) {
  const { draft, setDraft } = bulk;
  const [error, setError] = useState<string | null>(null);
  const choose = async (): Promise<void> => {
    setError(null);
    try {
      const { grant } = await call('dialog.openFolder', {});
      if (grant) await bulk.start({ grant }, draft.story);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The folder dialog could not be opened.');
    }
  };
  return (
    <div>
      <p className="muted bulk-help">
        Choose a folder: Retold reads it with its subfolders (.txt, .md, .html and .htm files). Text
        already in the library is skipped, so importing it again is safe. For a .csv or .jsonl
        table, use <code>retold import FILE</code>.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <StoryNameField value={draft.story} onChange={(story) => setDraft({ ...draft, story })} />
      <div className="panel-actions">
        <button
          type="button"
          className="button primary"
          disabled={bulk.state.phase === 'starting'}
          onClick={() => void choose()}
        >
          Choose a folder…
        </button>
      </div>
    </div>
  );
}
