import type { z } from 'zod';
import type {
  searchHitSchema,
  sourceKindSchema,
  storySummarySchema,
  versionSchema,
  versionSummarySchema,
} from '../contract/schemas';

/** A story as the library returns it. */
export type StoryRow = z.infer<typeof storySummarySchema>;
/** A version without text, as the library returns it. */
export type VersionSummaryRow = z.infer<typeof versionSummarySchema>;
/** A version with its text. */
export type VersionRow = z.infer<typeof versionSchema>;
/** A search hit. */
export type SearchHitRow = z.infer<typeof searchHitSchema>;
/** How a version arrived. */
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** Column list for story summaries (the version count is kept by triggers: migration 0010). */
export const STORY_COLUMNS = `
  s.id, s.title, s.notes, s.base_version_id AS baseVersionId, s.created_at AS createdAt,
  s.updated_at AS updatedAt,
  s.version_count AS versionCount`;

/** Column list for version summaries. */
export const VERSION_COLUMNS = `
  v.id, v.story_id AS storyId, v.number, v.outlet, v.url, v.title, v.byline, v.published,
  v.source_kind AS sourceKind, v.source_name AS sourceName, v.encoding,
  v.content_hash AS contentHash, v.imported_at AS importedAt, v.word_count AS wordCount`;
