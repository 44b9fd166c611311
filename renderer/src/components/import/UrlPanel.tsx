import type { BulkController, BulkRecord } from '../../hooks/useBulkImport';
import '../../styles/bulk-import.css';
import '../../styles/url-import.css';
import { BulkProgressView } from './BulkProgressView';
import { BulkSummary } from './BulkSummary';
import { parseUrls, urlState } from './url-format';
import { UserAgentField } from './UserAgentField';
import { StoryNameField } from './StoryNameField';

interface UrlPanelProps {
  web: BulkController;
}

/**
 * Web addresses, pasted one per line: the backend fetches each page (so this works the same in
 * the desktop app and in browser mode), reads the article and keeps the evidence of the fetch.
 * It is a bulk import of addresses: the same progress, cancel and summary as "Many articles",
 * with a row per address that fills in as each page arrives.
 */
export function UrlPanel({ web }: UrlPanelProps) {
  const { phase } = web.state;
  return (
    <div className="bulk-panel url-panel">
      {web.state.error ? (
        <p className="form-error" role="alert">
          {web.state.error}
        </p>
      ) : null}
      {phase === 'idle' || phase === 'starting' ? <UrlForm web={web} /> : null}
      {phase === 'running' ? (
        <>
          <BulkProgressView bulk={web} />
          <UrlRows web={web} />
        </>
      ) : null}
      {phase === 'finished' ? <BulkSummary bulk={web} /> : null}
    </div>
  );
}

const ROW_CLASS: Record<BulkRecord['outcome'], string> = {
  imported: 'status-imported',
  duplicate: 'status-duplicate',
  'not imported': 'status-refused',
};

/** One row per address while the import runs: fetching, or what became of it. */
function UrlRows({ web }: UrlPanelProps) {
  const { urls } = parseUrls(web.draft.paths);
  const bySource = new Map(web.state.records.map((r) => [r.source, r]));
  return (
    <div
      className="bulk-table-wrap"
      role="region"
      tabIndex={0}
      aria-label="Web addresses being imported"
    >
      <table className="bulk-table">
        <tbody>
          {urls.map((url) => {
            const record = bySource.get(url);
            return (
              <tr key={url} className={record ? ROW_CLASS[record.outcome] : 'status-importing'}>
                <td className="bulk-source" title={url}>
                  {url}
                </td>
                <td>{urlState(record)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The addresses, the optional story, and the User-Agent setting. */
function UrlForm({ web }: UrlPanelProps) {
  const { draft, setDraft } = web;
  const starting = web.state.phase === 'starting';
  const { urls, bad } = parseUrls(draft.paths);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (bad.length === 0) void web.start(urls, draft.story);
      }}
    >
      <p className="muted bulk-help">
        Paste the addresses of articles, one per line. Retold fetches each page (never running its
        scripts), reads the article and keeps what it fetched, with the time and the address it
        ended at, as evidence. Pages already in the library are skipped.
      </p>
      <label className="field">
        <span>Addresses, one per line</span>
        <textarea
          value={draft.paths}
          onChange={(e) => setDraft({ ...draft, paths: e.target.value })}
          rows={5}
          placeholder={'https://example.com/news/cable-vote\nhttps://example.org/2024/03/cable'}
          spellCheck={false}
          aria-invalid={bad.length > 0}
        />
      </label>
      {bad.length > 0 ? (
        <p className="form-error" role="alert">
          Not a web address (it must start with http:// or https://): “{bad[0]}”
          {bad.length > 1 ? ` and ${bad.length - 1} more` : ''}.
        </p>
      ) : null}
      <StoryNameField value={draft.story} onChange={(story) => setDraft({ ...draft, story })} />
      <div className="panel-actions">
        <button
          type="submit"
          className="button primary"
          disabled={starting || urls.length === 0 || bad.length > 0}
        >
          {starting
            ? 'Starting…'
            : urls.length === 1
              ? 'Import the page'
              : `Import ${urls.length > 1 ? `${urls.length} ` : ''}pages`}
        </button>
      </div>
      <UserAgentField />
    </form>
  );
}
