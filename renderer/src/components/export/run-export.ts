// Runs an export from the UI in either shell. The desktop app saves through the native dialog
// (the main process builds and writes the file: `exports.save`). Browser mode asks for the
// export as text (`exports.content`) and downloads it as a Blob with the proposed file name;
// for a PDF it opens the HTML report in a new tab and calls the browser's print, where the
// person chooses "Save as PDF" (a page cannot write a PDF itself).
import type { MethodInput } from '../../../../contract/methods';
import { call, shellKind } from '../../api/client';

/** What to export and how. */
export type ExportRequest = MethodInput<'exports.save'>;

/** What the browser's PDF path tells the person. */
export const BROWSER_PDF_HINT = 'Your browser’s print dialog: choose Save as PDF';

/** How long a download's object URL is kept (the browser has started reading it by then). */
const REVOKE_AFTER_MS = 60_000;

/** Starts a download of `text` named `filename` (a Blob and a temporary link). */
export function download(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Opens a self-contained HTML report in a new tab and prints it. The report has no scripts (its
 * CSP forbids them), so this page calls print on the new tab once the report has loaded.
 */
export function printReport(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const w = window.open(url, '_blank');
  if (!w) {
    URL.revokeObjectURL(url);
    throw new Error(
      'Your browser blocked the report’s tab. Allow pop-ups for this address, or export the HTML report and print it.',
    );
  }
  const whenLoaded = (): void => {
    if (w.closed) return URL.revokeObjectURL(url);
    if (w.location.href === url && w.document.readyState === 'complete') {
      w.focus();
      w.print();
      return;
    }
    requestAnimationFrame(whenLoaded);
  };
  requestAnimationFrame(whenLoaded);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Runs an export; resolves to a sentence for the person, or null when nothing was done. */
export async function runExport(req: ExportRequest): Promise<string | null> {
  if (shellKind === 'electron') {
    const r = await call('exports.save', req);
    return r.path === null ? null : r.summary;
  }
  const format = req.format === 'pdf' ? 'html' : req.format;
  const r = await call('exports.content', { ...req, format });
  if (req.format === 'pdf') {
    printReport(r.text);
    return `Opened the report in a new tab. ${BROWSER_PDF_HINT}.`;
  }
  download(r.text, r.filename, r.mime);
  return `Downloaded ${r.summary} as ${r.filename}.`;
}
