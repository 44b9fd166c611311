import { shellKind } from '../../api/client';
import type { BulkController } from '../../hooks/useBulkImport';
import '../../styles/bulk-import.css';
import { parsePaths } from './bulk-format';
import { BulkProgressView } from './BulkProgressView';
import { BulkSummary } from './BulkSummary';

interface BulkPanelProps {
  bulk: BulkController;
}

/**
 * Many articles at once, by path: folders (recursively), CSV and JSONL tables. Browser mode's
 * server runs on this computer, so a path typed here names a file the backend can read. The
 * desktop shell refuses paths from the page (backend/bulk/handlers.ts), so until it has a folder
 * picker it points to the command line instead of showing a form that would fail.
 */
export function BulkPanel({ bulk }: BulkPanelProps) {
  if (shellKind === 'electron')
    return (
      <div className="bulk-panel">
        <p>
          To import a folder or a table of articles, use the command line for now:{' '}
          <code>retold import FOLDER</code> (or a <code>.csv</code> or <code>.jsonl</code> file).
          The desktop app will get a folder picker here.
        </p>
      </div>
    );
  const { phase } = bulk.state;
  return (
    <div className="bulk-panel">
      {bulk.state.error ? (
        <p className="form-error" role="alert">
          {bulk.state.error}
        </p>
      ) : null}
      {phase === 'idle' || phase === 'starting' ? <BulkForm bulk={bulk} /> : null}
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
      <label className="field">
        <span>
          Story <span className="muted">(optional)</span>
        </span>
        <input
          value={draft.story}
          maxLength={500}
          placeholder="Without one, each article gets a story of its own, titled by its headline"
          onChange={(e) => setDraft({ ...draft, story: e.target.value })}
        />
      </label>
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
