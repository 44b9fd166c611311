import type { Database } from 'better-sqlite3';
import { up as initial } from './0001-initial';
import { up as comparisonCache } from './0002-comparison-cache';
import { up as versionNumbers } from './0003-version-numbers';
import { up as notesCorrections } from './0004-notes-corrections';
import { up as searchSpellingFold } from './0005-search-spelling-fold';
import { up as versionsByHash } from './0006-versions-by-hash';
import { up as fetchEvidence } from './0007-fetch-evidence';
import { up as minhash } from './0008-minhash';
import { up as storyProposals } from './0009-story-proposals';
import { up as libraryScale } from './0010-library-scale';
import { up as outletSummaries } from './0011-outlet-summaries';
import { up as bulkWriteSpeed } from './0012-bulk-write-speed';
import { up as bandsWithoutVersionIndex } from './0013-bands-without-version-index';

/**
 * The append-only list of migrations. Entry i brings the schema from version i to i + 1 and
 * is recorded in `PRAGMA user_version`. Never edit or reorder a released entry: add one.
 */
export const migrations: ReadonlyArray<(db: Database) => void> = [
  initial,
  comparisonCache,
  versionNumbers,
  notesCorrections,
  searchSpellingFold,
  versionsByHash,
  fetchEvidence,
  minhash,
  storyProposals,
  libraryScale,
  outletSummaries,
  bulkWriteSpeed,
  bandsWithoutVersionIndex,
];

/** The schema version this build of Retold writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
