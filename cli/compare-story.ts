// `retold compare --story STORY [--base VERSION] [--json]`: compares a story already in the
// library, through the same path as the app (backend/export/story-comparison.ts: the same
// engine options and the same comparison cache). STORY is an id, a title or a unique start of
// one (letter case ignored); VERSION a version number as the app shows it (3 or #3), id:N, or
// a unique start of its outlet or title. Otherwise the error lists close names. Versions are the
// library's #n; the JSON is the retold.comparison/2 object, whose version ids are content
// hashes (as in the app's cache); the text report names versions by outlet or title.
import { startBackend } from '../backend/app';
import { compareStory, resolveStory, resolveVersion } from '../backend/export/index';
import { AppError } from '../contract/errors';
import type { Comparison } from '../engine/index';
import type { Library, StoryRow, VersionSummaryRow } from '../db';
import { formatReport } from './compare-report';
import type { CliIO } from './io';
import { byPrefix, closeNames } from './names';

const quoted = (names: readonly string[]): string => names.map((n) => `‘${n}’`).join(', ');

/** A story by id or exact title, else by a unique start of its title; close titles if none. */
function findStory(library: Library, ref: string): StoryRow {
  try {
    return resolveStory(library, ref);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
    const stories = library.listStories();
    const titles = stories.map((s) => s.title.trim());
    const found = byPrefix(ref.trim(), titles);
    const story = found.length === 1 ? stories[titles.indexOf(found[0] as string)] : undefined;
    if (story) return story;
    const close = found.length > 1 ? found : closeNames(ref.trim(), titles);
    const hint = close.length > 0 ? ` Close: ${quoted(close)}.` : '';
    throw new AppError('not_found', `${err.message}${hint}`);
  }
}

/** A version by number or id:N, else by a unique start of its outlet or title. */
function findVersion(versions: VersionSummaryRow[], ref: string): VersionSummaryRow {
  try {
    return resolveVersion(versions, ref);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const name = (v: VersionSummaryRow) => v.outlet?.trim() || v.title?.trim() || '';
    const hits = versions.filter(
      (v) => byPrefix(ref.trim(), [v.outlet?.trim() ?? '', v.title?.trim() ?? '']).length > 0,
    );
    if (hits.length === 1) return hits[0] as VersionSummaryRow;
    const names = versions.map(name).filter((n) => n !== '');
    const close = hits.length > 1 ? hits.map(name) : closeNames(ref.trim(), names);
    const hint = close.length > 0 ? ` Close: ${quoted(close)}.` : '';
    throw new AppError('bad_input', `${err.message}${hint}`);
  }
}

/** A copy for the text report: each version named by outlet or title rather than its hash. */
function named(c: Comparison, versions: VersionSummaryRow[]): Comparison {
  return {
    ...c,
    versions: c.versions.map((v, i) => {
      const lib = versions[i];
      const name = lib?.outlet?.trim() || lib?.title?.trim() || `version ${lib?.id ?? i + 1}`;
      return { ...v, id: lib?.url ? `${name} <${lib.url}>` : name };
    }),
  };
}

/** Options of a story comparison. */
export interface StoryCompareOptions {
  story: string;
  base?: string;
  json: boolean;
  color: boolean;
}

/** Compares a library story and prints the report or the JSON. */
export function runStoryCompare(file: string, o: StoryCompareOptions, io: CliIO): number {
  const ctx = startBackend({ file, shell: 'cli' });
  try {
    const story = findStory(ctx.library, o.story);
    const baseId = o.base ? findVersion(ctx.library.listVersions(story.id), o.base).id : undefined;
    const r = compareStory(ctx.library, story.id, baseId);
    if (o.json) io.stdout(`${JSON.stringify(r.comparison, null, 2)}\n`);
    else
      io.stdout(`Story: ${story.title}\n${formatReport(named(r.comparison, r.versions), o.color)}`);
    return 0;
  } finally {
    ctx.library.close();
  }
}
