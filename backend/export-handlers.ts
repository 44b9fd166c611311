// The app's exports (issue 10): the story page's Export menu and the library's "Export all
// findings". Both shells share this code and backend/export's formatters with the CLI, so a
// file saved from the app is the file `retold export` writes. Browser mode gets the export as
// text (`exports.content`) and the renderer downloads it, or opens the HTML report and the
// browser's print for a PDF; the desktop app asks where to save with the native dialog and
// writes the file here (`exports.save`), printing a PDF with the shell's own Chromium.
import { AppError } from '../contract/errors';
import type { ParsedInput } from '../contract/methods';
import type { BackendContext } from './context';
import {
  collectAll,
  collectStory,
  findingRows,
  findingsCsv,
  storyExportJsonText,
  storyReportHtml,
  type StoryExport,
} from './export/index';
import type { Handlers } from './handlers';
import { writeAtomic } from './write-atomic';

type Scope = ParsedInput<'exports.save'>['scope'];
type Format = ParsedInput<'exports.save'>['format'];

/** File names the exports propose (a story's title becomes the slug). */
const EXPORT_NAMES = {
  /** Longest slug taken from a title, so the name stays readable in a file dialog. */
  maxSlug: 60,
  /** The slug of a title with no letters or digits (e.g. all punctuation or CJK only). */
  fallbackSlug: 'story',
  /** The library-wide CSV. */
  allFindings: 'retold-all-findings',
};

const MIME: Record<Format, string> = {
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
  pdf: 'application/pdf',
};

const FILTER: Record<Format, string> = {
  json: 'JSON',
  csv: 'CSV (spreadsheets, R, pandas)',
  html: 'Web page (HTML report)',
  pdf: 'PDF',
};

/** A file-name slug of a title: ASCII letters and digits joined by hyphens. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, EXPORT_NAMES.maxSlug)
    .replace(/^-+|-+$/g, '');
  return slug || EXPORT_NAMES.fallbackSlug;
}

/** The file name an export proposes: `harbour-vote.csv`, `harbour-vote-report.html`. */
export function exportFilename(title: string | null, format: Format): string {
  if (title === null) return `${EXPORT_NAMES.allFindings}.${format}`;
  const report = format === 'html' || format === 'pdf' ? '-report' : '';
  return `${titleSlug(title)}${report}.${format}`;
}

/** An export's content, its proposed name and a sentence saying what it holds. */
interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array;
  summary: string;
}

function allFindings(ctx: BackendContext, bom: boolean): ExportFile {
  const { exports, skipped } = collectAll(ctx.library, { appVersion: ctx.appVersion });
  const rows = exports.flatMap(findingRows);
  const left =
    skipped.length > 0 ? `; ${skipped.length} with fewer than two versions left out` : '';
  const stories = `${exports.length} ${exports.length === 1 ? 'story' : 'stories'}`;
  return {
    filename: exportFilename(null, 'csv'),
    mime: MIME.csv,
    data: findingsCsv(rows, { bom }),
    summary: `${rows.length} findings of ${stories}${left}`,
  };
}

async function storyFile(
  ctx: BackendContext,
  x: StoryExport,
  format: Format,
  bom: boolean,
): Promise<ExportFile> {
  const what = `“${x.story.title}” (${x.comparison.versions.length} versions)`;
  const file = (data: string | Uint8Array, summary: string): ExportFile => ({
    filename: exportFilename(x.story.title, format),
    mime: MIME[format],
    data,
    summary,
  });
  switch (format) {
    case 'json':
      return file(storyExportJsonText(x), `the data of ${what}`);
    case 'csv': {
      const rows = findingRows(x);
      return file(findingsCsv(rows, { bom }), `${rows.length} findings of ${what}`);
    }
    case 'html':
      return file(storyReportHtml(x), `the report of ${what}`);
    case 'pdf': {
      if (!ctx.printToPdf) {
        throw new AppError(
          'unsupported',
          'This window cannot print a PDF itself: open the HTML report and print it to PDF.',
        );
      }
      return file(await ctx.printToPdf(storyReportHtml(x)), `the report of ${what} as a PDF`);
    }
  }
}

/** Builds an export of a story or of the whole library. */
async function buildExport(
  ctx: BackendContext,
  scope: Scope,
  format: Format,
  bom = false,
): Promise<ExportFile> {
  if ('all' in scope) {
    if (format !== 'csv') {
      throw new AppError(
        'bad_input',
        'The whole library exports as CSV only: one row per finding of every story.',
      );
    }
    return allFindings(ctx, bom);
  }
  const x = collectStory(ctx.library, scope.storyId, {
    appVersion: ctx.appVersion,
    baseVersionId: scope.baseVersionId,
  });
  return storyFile(ctx, x, format, bom);
}

/** The export methods of the contract. */
export const exportHandlers: Pick<Handlers, 'exports.content' | 'exports.save'> = {
  'exports.content': async (ctx, { scope, format, bom }) => {
    const f = await buildExport(ctx, scope, format, bom);
    const text = typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8');
    return { filename: f.filename, mime: f.mime, text, summary: f.summary };
  },
  'exports.save': async (ctx, { scope, format, bom }) => {
    if (!ctx.saveFileDialog) {
      throw new AppError(
        'unsupported',
        'Saving through a file dialog exists only in the desktop app: in the browser, the export is downloaded.',
      );
    }
    // Build first: a story that cannot be exported says so before any dialog opens.
    const f = await buildExport(ctx, scope, format, bom);
    const target = await ctx.saveFileDialog({
      title: 'Export',
      defaultName: f.filename,
      filter: { name: FILTER[format], extension: format },
    });
    if (target === null) return { path: null, summary: 'Nothing was saved.' };
    writeAtomic(target, f.data);
    return { path: target, summary: `Saved ${f.summary} to ${target}.` };
  },
};
