import { formatDateTime } from '../lib/format';
import '../styles/url-import.css';
import type { Version } from '../lib/types';

type Evidence = NonNullable<Version['fetch']>;

/** "HTTP 200 · text/html · 3 redirects". */
function answer(f: Evidence): string {
  const redirects = f.redirects === 1 ? '1 redirect' : `${f.redirects} redirects`;
  return [`HTTP ${f.httpStatus}`, f.contentType ?? 'no type given', redirects].join(' · ');
}

/**
 * How a page imported from the web was fetched: when, the address read after redirects (and
 * the one given, when they differ), the server's answer, and the SHA-256 of the bytes received,
 * which the library keeps so the extraction can be redone and checked.
 */
export function FetchFacts({ fetch: f }: { fetch: Evidence }) {
  return (
    <dl className="reader-facts fetch-facts" aria-label="How this page was fetched">
      <div>
        <dt>Fetched</dt>
        <dd>{formatDateTime(f.fetchedAt)}</dd>
      </div>
      <div>
        <dt>Answer</dt>
        <dd>{answer(f)}</dd>
      </div>
      <div className="fact-url">
        <dt>Read from</dt>
        <dd>{f.finalUrl}</dd>
      </div>
      {f.requestedUrl !== f.finalUrl ? (
        <div className="fact-url">
          <dt>Asked for</dt>
          <dd>{f.requestedUrl}</dd>
        </div>
      ) : null}
      <div className="fact-hash">
        <dt>Bytes received</dt>
        <dd>
          {f.rawSize.toLocaleString()} bytes, SHA-256 <code>{f.rawSha256}</code>
        </dd>
      </div>
    </dl>
  );
}
