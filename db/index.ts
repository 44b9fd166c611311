/** The library layer: better-sqlite3, pragmas, migrations, and the only SQL in Retold. */
export { Library, openLibrary } from './library';
export { MARK_START, MARK_END } from './search';
export type { NewVersion, InsertResult, VersionMeta } from './library';
export { openDatabase, migrate, RETOLD_APPLICATION_ID } from './open';
export type { OpenOptions, OpenNotes, OpenedDatabase } from './open';
export { explainSqliteError } from './errors';
export { checkFile, describeCheck, type CheckResult } from './integrity';
export { listBackups, backupsDir, type BackupInfo } from './backup';
export { restoreNewestGoodBackup, type RestoreOutcome } from './repair';
export { LIBRARY_LIMITS } from './limits';
export { LATEST_SCHEMA_VERSION, migrations } from './migrations';
export { contentHash } from './hash';
export type { StoryRow, VersionRow, VersionSummaryRow, SearchHitRow, SourceKind } from './rows';
export type { NoteRow, NewNote, NoteHitRow } from './notes';
export type { CorrectionRow, NewCorrection } from './corrections';
export type {
  PairMeasures,
  NewPairSummary,
  PairSummaryRow,
  VersionKeyRow,
} from './outlet-summaries';
export {
  checkVersionWholeness,
  countVersionsInFile,
  type VersionWholeness,
} from './version-wholeness';
