// `retold compare --story STORY [--base VERSION] [--json]`: compares a story already in the
// library, through the same path as the app (backend/export/story-comparison.ts: the same
// engine options and the same comparison cache). STORY is an id or an exact title (letter case
// ignored); VERSION a version number as the app shows it (3 or #3) or id:N. Versions are the
// library's #n; the JSON is the retold.comparison/2 object, whose version ids are content
// hashes (as in the app's cache); the text report names versions by outlet or title.
import { startBackend } from '../backend/app';
import { compareStory, resolveStory, resolveVersion } from '../backend/export/index';
import type { Comparison } from '../engine/index';
import type { VersionSummaryRow } from '../db';
import { formatReport } from './compare-report';
import type { CliIO } from './io';

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
    const story = resolveStory(ctx.library, o.story);
    const baseId = o.base
      ? resolveVersion(ctx.library.listVersions(story.id), o.base).id
      : undefined;
    const r = compareStory(ctx.library, story.id, baseId);
    if (o.json) io.stdout(`${JSON.stringify(r.comparison, null, 2)}\n`);
    else
      io.stdout(`Story: ${story.title}\n${formatReport(named(r.comparison, r.versions), o.color)}`);
    return 0;
  } finally {
    ctx.library.close();
  }
}
