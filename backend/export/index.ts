// Exports of the library: read a story's bundle (collect.ts), then format it (pure functions:
// findings.ts + csv.ts, json.ts, html-report.ts) or print it (pdf.ts). The CLI uses this now;
// the UI's export handler is meant to call the same functions.
export { collectAll, collectStory, resolveStory, resolveVersion } from './collect';
export type { CollectOptions, ExportVersion, StoryExport } from './collect';
export { findingRows, FINDING_COLUMNS, type FindingRow, type FindingType } from './findings';
export { findingsCsv, neutraliseCell, type CsvOptions } from './csv';
export { EXPORT_FORMAT, storyExportJson, storyExportJsonText } from './json';
export { storyReportHtml, REPORT_CSP } from './html-report';
export { htmlToPdf, chromiumPath, PDF_HELP } from './pdf';
export { compareStory, comparisonCacheKey, STORY_COMPARE_OPTIONS } from './story-comparison';
export type { StoryComparison } from './story-comparison';
