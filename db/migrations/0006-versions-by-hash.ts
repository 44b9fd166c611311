import type { Database } from 'better-sqlite3';

/**
 * Bulk import (issue 12) skips an article whose text is already anywhere in the library, not
 * only in one story. The content hash is already stored per version (0001), but its only index
 * is UNIQUE (story_id, content_hash), which cannot answer "which version has this hash?"
 * without a full scan; this index makes that lookup one b-tree probe per imported article.
 */
export function up(db: Database): void {
  db.exec('CREATE INDEX versions_by_hash ON versions(content_hash)');
}
