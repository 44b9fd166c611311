// The JSON export of a story: the retold.comparison/2 object plus the library's metadata of
// each version and the evidence of the export. Its schema is contract/export.schema.json,
// whose `comparison` is contract/comparison.schema.json; a test validates real exports.
// `comparison` has the story's corrections applied; `corrections` says what each changed
// (with the engine's finding before it) and `notes` lists every note, detached ones too.
import type { StoryExport } from './collect';

/** The export format's name; bump it (and the schema) on an incompatible change. */
export const EXPORT_FORMAT = 'retold.export/1';

/** The JSON export object of one story. */
export function storyExportJson(x: StoryExport) {
  return {
    format: EXPORT_FORMAT,
    exportedAt: x.exportedAt,
    app: { name: 'Retold', version: x.appVersion, engineVersion: x.engineVersion },
    story: x.story,
    versions: x.versions,
    comparison: x.comparison,
    notes: x.notes,
    corrections: x.corrections,
  };
}

/** The JSON export as text (pretty-printed, with a final newline). */
export function storyExportJsonText(x: StoryExport): string {
  return `${JSON.stringify(storyExportJson(x), null, 2)}\n`;
}
