// The HTML report of a story: one self-contained file, readable offline and printable. It
// loads nothing: no scripts, images, fonts or style sheets, and a Content-Security-Policy that
// forbids them anyway (`default-src 'none'`), so a report opened years later, or from a mail
// attachment, shows the same thing and tells no server it was opened. Every text from the
// library is escaped (html-text.ts): a hostile article cannot inject markup. Sections: the
// overview, the matrix, how the versions relate (shared edits and copy chain, html-chain.ts),
// each version beside the base with its corresponding paragraphs and sources side by side
// (html-relations.ts), attributions and quotes, the story's notes, and the evidence (URLs,
// content hashes, engine and format versions, time).
import { correctionsHtml, findingNotesHtml } from './html-annotations';
import { pairsByNumber, type StoryExport } from './collect';
import { EXPORT_FORMAT } from './json';
import { pairSourcesHtml, pairTextHtml } from './html-pair';
import { pairRelationsHtml } from './html-relations';
import { storyRelationsHtml } from './html-chain';
import { matrixHtml, overviewHtml, versionName } from './html-overview';
import { REPORT_CSS } from './html-style';
import { esc, urlLink } from './html-text';

/** The report's Content-Security-Policy: nothing may load, inline style only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function versionHead(x: StoryExport, i: number): string {
  const v = x.versions[i];
  // The title is shown once: in the heading when the version has no outlet, else here.
  const title = v?.outlet?.trim() ? v.title : null;
  const parts = [title, v?.byline, v?.published].filter((s): s is string => Boolean(s));
  return (
    `<h3 id="v${esc(v?.number)}">#${esc(v?.number)} ${esc(versionName(v))}</h3>` +
    `<p class="meta">${parts.map(esc).join(' · ')}${v?.url ? `<br>${urlLink(v.url)}` : ''}</p>`
  );
}

function versionsHtml(x: StoryExport): string {
  const c = x.comparison;
  return pairsByNumber(x)
    .map((p) => {
      const coarse = p.coarse
        ? `<p class="meta">Coarse comparison: ${esc(p.coarse.reason)}</p>`
        : '';
      return `<section class="version">${versionHead(x, p.version)}${coarse}${pairTextHtml(c, p)}${pairRelationsHtml(c, p)}${pairSourcesHtml(c, p, x.corrected)}</section>`;
    })
    .join('\n');
}

function evidenceHtml(x: StoryExport): string {
  const rows = x.comparison.versions.map((_, i) => {
    const v = x.versions[i];
    const src = v
      ? `${v.source.kind}${v.source.name ? `: ${v.source.name}` : ''} (${v.source.encoding})`
      : '';
    return (
      `<tr><td>#${esc(v?.number)}${i === x.comparison.base ? ' (base)' : ''}</td><td>${esc(versionName(v))}</td>` +
      `<td>${urlLink(v?.url ?? null) || '<span class="none">no address</span>'}</td><td><code>${esc(v?.contentHash)}</code></td>` +
      `<td>${esc(v?.importedAt)}</td><td>${esc(src)}</td></tr>`
    );
  });
  return (
    `<table class="evidence"><thead><tr><th>#</th><th>Version</th><th>Address</th><th>Content hash (SHA-256)</th>` +
    `<th>Imported</th><th>How</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>` +
    `<p class="meta">Retold ${esc(x.appVersion)}, engine ${esc(x.engineVersion)}, ` +
    `comparison format ${esc(x.comparison.format)}, report format ${esc(EXPORT_FORMAT)}; ` +
    `exported ${esc(x.exportedAt)}. Paragraphs ¶n count every block of a version from 1, page ` +
    `furniture included, as in the app; versions are numbered #n as in the library.</p>`
  );
}

/** Pages imported from the web: where and when each was fetched, and the hash of its bytes. */
function fetchedHtml(x: StoryExport): string {
  const rows = [...x.versions]
    .sort((a, b) => a.number - b.number)
    .flatMap((v) => {
      const f = v.fetch;
      if (!f) return [];
      const moved = f.finalUrl === f.requestedUrl ? '' : ` (asked for ${f.requestedUrl})`;
      return [
        `<tr><td>#${esc(v.number)}</td><td>${urlLink(f.finalUrl)}${esc(moved)}</td>` +
          `<td>${esc(f.fetchedAt)}</td><td>HTTP ${esc(f.httpStatus)}, ${esc(f.contentType ?? 'no type')}, ` +
          `${esc(f.redirects)} redirect${f.redirects === 1 ? '' : 's'}</td>` +
          `<td><code>${esc(f.rawSha256)}</code> (${esc(f.rawSize)} bytes)</td></tr>`,
      ];
    });
  if (rows.length === 0) return '';
  return (
    `<h3>Pages fetched from the web</h3><table class="evidence"><thead><tr><th>#</th>` +
    `<th>Address read</th><th>Fetched</th><th>Answer</th><th>Bytes received (SHA-256)</th>` +
    `</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/** The whole report as one HTML document. */
export function storyReportHtml(x: StoryExport): string {
  const c = x.comparison;
  const base = x.versions[c.base];
  const notes = x.story.notes?.trim()
    ? `<div class="notes">${esc(x.story.notes)}</div>`
    : '<p class="none">This story has no notes.</p>';
  const coarse = c.coarse ? `<p class="meta">Coarse comparison: ${esc(c.coarse.reason)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Retold ${esc(x.appVersion)}">
<title>${esc(x.story.title)} — Retold report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(x.story.title)}</h1>
<p class="meta">${c.versions.length} versions compared with the base #${esc(base?.number)} ${esc(versionName(base))}${c.baseReason ? ` (${esc(c.baseReason)})` : ''}. Exported from Retold ${esc(x.exportedAt)}.</p>
${coarse}
</header>
<main>
<h2 class="first">Overview</h2>
${overviewHtml(x)}
<h2>Matrix</h2>
<p class="meta">What each version did with each paragraph of the base: = verbatim, ≈ reworded, ◐ partly kept, ↕ moved, ✕ dropped.</p>
${matrixHtml(x)}
${storyRelationsHtml(x)}
<h2>Versions beside the base</h2>
<p class="meta">Deleted words are <del class="c-wording">struck</del> on the base side, inserted words <ins class="c-wording">marked</ins> on the version side; grey marks are typography or spelling only.</p>
${versionsHtml(x)}
<h2>Notes</h2>
${notes}
${findingNotesHtml(x)}
<h2>Corrections</h2>
${correctionsHtml(x)}
<h2>Evidence</h2>
${evidenceHtml(x)}
${fetchedHtml(x)}
</main>
</body>
</html>
`;
}
