/** The library layer: better-sqlite3, pragmas, migrations, and the only SQL in Retold. */
export { Library, openLibrary, MARK_START, MARK_END } from './library';
export type { NewVersion, InsertResult, VersionMeta } from './library';
export { openDatabase, migrate, RETOLD_APPLICATION_ID } from './open';
export type { OpenOptions } from './open';
export { LATEST_SCHEMA_VERSION, migrations } from './migrations';
export { contentHash } from './hash';
export type { StoryRow, VersionRow, VersionSummaryRow, SearchHitRow, SourceKind } from './rows';
