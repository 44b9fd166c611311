// Shared by the library tests: real libraries with real content, and a clear skip notice where
// the machine cannot set up a case (read-only files as root, a full disk without mount rights).
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import { Library, type NewVersion, type OpenOptions } from '../../../db';

/** A version of `text` for story `storyId`; `extra` overrides any field. */
export function version(
  storyId: number,
  text: string,
  extra: Partial<NewVersion> = {},
): NewVersion {
  return {
    storyId,
    meta: { title: 'A title', outlet: 'The Ledger' },
    sourceKind: 'paste',
    sourceName: null,
    rawBytes: new TextEncoder().encode(text),
    encoding: 'utf-8',
    format: 'text',
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    ...extra,
  };
}

/** Article text number `i`, long enough to fill several pages across a few versions. */
export function articleText(i: number, words = 300): string {
  const body = Array.from({ length: words }, (_, w) => `word${(i * 7 + w) % 97}`).join(' ');
  return `Report ${i}: the harbour council voted on the cable. ${body}`;
}

/** Creates a library holding one story with `n` versions, and closes it. */
export function makeLibrary(file: string, n: number, options: OpenOptions = {}): void {
  const lib = new Library(file, options);
  try {
    const story = lib.createStory('Harbour vote');
    lib.transaction(() => {
      for (let i = 0; i < n; i++) lib.insertVersion(version(story.id, articleText(i)));
    });
  } finally {
    lib.close();
  }
}

/** The number of versions in a library, read without Retold's checks. */
export function countVersions(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * Damages the b-tree page of the `versions` table: its page header and cell pointers become
 * garbage, as a failing disk or a bad copy would leave them. The file keeps its size and header.
 */
export function damageVersionsPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db
    .prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'versions'")
    .get() as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(48, 0x5a), 0, 48, (rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Logs why a test cannot run here, so the skip is visible in the output. */
export function notice(reason: string): string {
  console.warn(`NOTICE: skipped: ${reason}`);
  return reason;
}
