// Reads what an export needs from the library: the story, its comparison (story-comparison.ts)
// and each version's library metadata, in one StoryExport. Everything after this (CSV, JSON,
// HTML, PDF) is a pure function of a StoryExport, so the UI's export handler can reuse the
// formatters with the same bundle. Story and version references are resolved here, with
// errors a person can act on ("Which one? …" lists the candidates).
import { AppError } from '../../contract/errors';
import type { Library, StoryRow, VersionSummaryRow } from '../../db';
import type { FetchEvidenceSummary } from '../../db/fetch-evidence';
import { ENGINE_VERSION, type Comparison } from '../../engine/index';
import { annotate, type ExportCorrection, type ExportNote } from './annotations';
import { compareStory } from './story-comparison';

/** Library metadata of one version: the evidence behind the comparison's version. */
export interface ExportVersion {
  /** The number people cite (#n). */
  number: number;
  libraryId: number;
  contentHash: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  importedAt: string;
  /** How it arrived (paste, file, url, bulk, demo), the file or URL name, the decoding used. */
  source: { kind: string; name: string | null; encoding: string };
  wordCount: number;
  /** For a page imported from the web: how it was fetched (addresses, time, status, hash). */
  fetch: FetchEvidenceSummary | null;
}

/** Everything an export of one story holds. */
export interface StoryExport {
  story: { id: number; title: string; notes: string | null; createdAt: string; updatedAt: string };
  /** versions[i] is the library metadata of comparison.versions[i]. */
  versions: ExportVersion[];
  /** The comparison with the story's corrections applied (backend/export/annotations.ts). */
  comparison: Comparison;
  /** Notes on findings, placed in the comparison (detached ones too). */
  notes: ExportNote[];
  /** Corrections, with what each did and what the engine had said. */
  corrections: ExportCorrection[];
  /** Labels of corrected attribution entries and links of `comparison`, by identity. */
  corrected: ReadonlyMap<object, string>;
  appVersion: string;
  engineVersion: string;
  /** ISO time of the export. */
  exportedAt: string;
}

/**
 * The comparison's pairs ordered by version number (#n), as people read a story's versions;
 * the comparison itself keeps the engine's order (by content hash, for the shared cache).
 */
export function pairsByNumber(x: StoryExport): Comparison['pairs'] {
  const n = (i: number) => x.versions[i]?.number ?? i + 1;
  return [...x.comparison.pairs].sort((a, b) => n(a.version) - n(b.version));
}

/** A story by id ("12") or by its exact title, letter case ignored. */
export function resolveStory(library: Library, ref: string): StoryRow {
  const wanted = ref.trim();
  const all = library.listStories();
  if (/^\d+$/.test(wanted)) {
    const byId = all.find((s) => s.id === Number(wanted));
    if (byId) return byId;
  }
  const matches = all.filter((s) => s.title.trim().toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0] as StoryRow;
  if (matches.length > 1) {
    const list = matches.map((s) => `  ${s.id}  ${s.title}`).join('\n');
    throw new AppError(
      'bad_input',
      `${matches.length} stories are called “${wanted}”. Name one by its id:\n${list}`,
    );
  }
  throw new AppError(
    'not_found',
    `There is no story “${wanted}” in the library. \`retold list\` shows the stories and their ids.`,
  );
}

/** A version of a story by its number ("3" or "#3", as the app shows it) or "id:N" (library id). */
export function resolveVersion(versions: VersionSummaryRow[], ref: string): VersionSummaryRow {
  const wanted = ref.trim();
  const number = /^#?(\d+)$/.exec(wanted);
  const id = /^id:(\d+)$/i.exec(wanted);
  const found = number
    ? versions.find((v) => v.number === Number(number[1]))
    : id
      ? versions.find((v) => v.id === Number(id[1]))
      : undefined;
  if (found) return found;
  const have = [...versions]
    .sort((a, b) => a.number - b.number)
    .map((v) => `#${v.number}`)
    .join(', ');
  throw new AppError(
    'bad_input',
    `This story has no version “${wanted}”. Give a version number (${have}) or id:N for a library id.`,
  );
}

function exportVersion(v: VersionSummaryRow, fetch: FetchEvidenceSummary | null): ExportVersion {
  return {
    number: v.number,
    libraryId: v.id,
    contentHash: v.contentHash,
    outlet: v.outlet,
    url: v.url,
    title: v.title,
    byline: v.byline,
    published: v.published,
    importedAt: v.importedAt,
    source: { kind: v.sourceKind, name: v.sourceName, encoding: v.encoding },
    wordCount: v.wordCount,
    fetch,
  };
}

/** Options of a story export. */
export interface CollectOptions {
  /** The base version (a library version id); default the story's own base choice. */
  baseVersionId?: number;
  appVersion: string;
  /** The export time; tests pass a fixed one. */
  now?: Date;
}

/** Reads one story's export bundle (computing and caching its comparison when needed). */
export function collectStory(library: Library, storyId: number, opts: CollectOptions): StoryExport {
  const sc = compareStory(library, storyId, opts.baseVersionId);
  const { id, title, notes, createdAt, updatedAt } = sc.story;
  const annotated = annotate(
    library,
    storyId,
    sc.comparison,
    sc.versions.map((v) => v.id),
  );
  return {
    story: { id, title, notes, createdAt, updatedAt },
    versions: sc.versions.map((v) => exportVersion(v, library.getFetchEvidence(v.id))),
    comparison: annotated.comparison,
    notes: annotated.notes,
    corrections: annotated.corrections,
    corrected: annotated.corrected,
    appVersion: opts.appVersion,
    engineVersion: sc.comparison.engineVersion ?? ENGINE_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
  };
}

/** Every story that can be compared (two versions or more), oldest first; the rest are named. */
export function collectAll(
  library: Library,
  opts: CollectOptions,
): { exports: StoryExport[]; skipped: StoryRow[] } {
  const stories = [...library.listStories()].sort((a, b) => a.id - b.id);
  const skipped = stories.filter((s) => s.versionCount < 2);
  const exports = stories
    .filter((s) => s.versionCount >= 2)
    .map((s) => collectStory(library, s.id, { ...opts, baseVersionId: undefined }));
  return { exports, skipped };
}
