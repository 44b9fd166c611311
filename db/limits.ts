/**
 * The library's tuning numbers, in one place. Figures behind them are in the README
 * ("Two writers, checks and backups").
 */
export const LIBRARY_LIMITS = {
  /**
   * How long a write waits for another writer (browser mode, the CLI, the desktop app) before
   * giving up. Writes are short (an import is one transaction of a few milliseconds), but a
   * backup or a migration in another process holds the lock for seconds on a large library.
   */
  busyTimeoutMs: 20_000,
  /**
   * Libraries up to this size get `PRAGMA quick_check` on every open (measured here: 0.13 s
   * for 57 MB, 1.0 s for 424 MB, warm cache); larger ones are checked on the first open of each
   * day, before the daily backup, so a huge library does not pay a second at every start.
   */
  quickCheckMaxBytes: 256 * 1024 * 1024,
  /** Automatic backups kept per kind (daily, before a migration); older ones are deleted. */
  backupsKept: 5,
  /**
   * Refuse to open when the disk has less room than this: SQLite needs room for its write-ahead
   * log and shared-memory index before the first write, and a clear refusal beats a failed write.
   */
  minFreeBytes: 1024 * 1024,
  /**
   * SQLite's page cache per connection, in KiB (an upper bound: pages are held only once read).
   * SQLite's default of 2 MB holds a few thousand versions' worth of the near-duplicate index;
   * past that, each bulk-imported article's 64 band rows each read and rewrote a page from the
   * operating system (bench/bulk-import.bench.ts; measured at 20,000 and 50,000 articles,
   * CPU per article fell by a quarter to a third with a larger cache and batch).
   */
  pageCacheKb: 65_536,
  /** A backup is skipped (with a warning) unless the disk keeps this share of the library free after it. */
  backupRoomFactor: 1.1,
} as const;
