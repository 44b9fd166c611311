// Renderer-side names for contract types; always derived from the contract, never copied.
import type { MethodOutput } from '../../../contract/methods';

/** A story as listed in the sidebar. */
export type StorySummary = MethodOutput<'stories.list'>['stories'][number];
/** A story with its versions. */
export type StoryDetail = MethodOutput<'stories.get'>;
/** A version without its text. */
export type VersionSummary = StoryDetail['versions'][number];
/** A version with its text. */
export type Version = MethodOutput<'versions.get'>;
/** One search hit. */
export type SearchHit = MethodOutput<'search.query'>['hits'][number];
/** A note on a finding found by search. */
export type NoteHit = NonNullable<MethodOutput<'search.query'>['notes']>[number];
/** What one import did. */
export type ImportResult = MethodOutput<'versions.import'>;
