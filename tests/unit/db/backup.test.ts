// Automatic backups (before a migration, daily with rotation) and `retold check [--repair]`,
// on real library files.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import { dispatch } from '../../../backend/dispatch';
import { main } from '../../../cli/main';
import type { CliIO } from '../../../cli/io';
import { LIBRARY_LIMITS, Library, listBackups, migrate } from '../../../db';
import { articleText, countVersions, damageVersionsPage, makeLibrary, version } from './helpers';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-backup-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const day =
  (d: number): (() => Date) =>
  () =>
    new Date(2026, 11, d, 9, 30, 0);

/** Opens and closes the library as the app would on day `d`. */
function openOn(d: number): Library {
  return new Library(file, { now: day(d) });
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('automatic backups', () => {
  it('backs up a library before migrating it, with its data at the old format', () => {
    const db = new Database(file);
    migrate(db, 0, 2);
    db.prepare(
      "INSERT INTO stories (title, created_at, updated_at) VALUES ('Old story', 'x', 'x')",
    ).run();
    db.close();
    openOn(1).close();
    const before = listBackups(file).filter((b) => b.kind === 'before-migration');
    expect(before).toHaveLength(1);
    const copy = new Database(before[0]?.file ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    expect(copy.prepare('SELECT title FROM stories').pluck().all()).toEqual(['Old story']);
    copy.close();
    expect(path.basename(before[0]?.file ?? '')).toMatch(/before-migration-v2\.sqlite$/);
  });

  it('takes one backup on the first open of each day and keeps the newest few', () => {
    makeLibrary(file, 2);
    openOn(1).close();
    // A partial copy left by a backup whose process was killed is cleared at the next backup.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const partial = path.join(dir, 'backups', `.library-x.sqlite.${dead}.partial`);
    writeFileSync(partial, 'half a backup');
    for (let d = 1; d <= 8; d++) {
      openOn(d).close();
      openOn(d).close(); // a second open the same day takes no backup
    }
    const daily = listBackups(file).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(LIBRARY_LIMITS.backupsKept);
    expect(daily.map((b) => b.takenAt.slice(0, 10))).toEqual([
      '2026-12-08',
      '2026-12-07',
      '2026-12-06',
      '2026-12-05',
      '2026-12-04',
    ]);
    expect(countVersions(daily[0]?.file ?? '')).toBe(2);
    expect(existsSync(partial)).toBe(false);
  });

  it('reports a skipped daily backup without refusing the library', () => {
    makeLibrary(file, 1);
    writeFileSync(path.join(dir, 'backups'), 'a file where the backups folder should be');
    const lib = openOn(3);
    expect(lib.openNotes.backupSkipped).toMatch(/backups folder/);
    expect(lib.listStories()).toHaveLength(1);
    lib.close();
  });
});

describe('retold check', () => {
  it('says a sound library is sound, quick and full', async () => {
    makeLibrary(file, 3);
    const quick = await run('check', '--library', file);
    expect(quick).toMatchObject({ code: 0, err: '' });
    expect(quick.out).toMatch(/The quick check found no damage/);
    const full = await run('check', '--full', '--library', file);
    expect(full.out).toMatch(/The full check found no damage/);
  });

  it('finds damage, and --repair restores the newest good backup, keeping the damaged file', async () => {
    makeLibrary(file, 2);
    openOn(1).close(); // backup with 2 versions
    const lib = openOn(2); // backup with 2 versions, then 3 more
    lib.transaction(() => {
      for (let i = 10; i < 13; i++) lib.insertVersion(version(1, articleText(i)));
    });
    lib.close();
    // The newest backup is damaged too: the repair must pass it over.
    const [newest, older] = listBackups(file);
    damageVersionsPage(newest?.file ?? '');
    damageVersionsPage(file);
    const damaged = readFileSync(file);

    const found = await run('check', '--library', file);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(/found the library damaged/);
    expect(found.out).toMatch(/retold check --repair/);
    expect(readFileSync(file).equals(damaged)).toBe(true);

    const repaired = await run('check', '--repair', '--library', file);
    expect(repaired.err).toBe('');
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain(`Skipped the backup from ${newest?.takenAt}`);
    expect(repaired.out).toContain(`Restored the daily backup from ${older?.takenAt}`);
    const aside = /kept as (.+)\.\n/.exec(repaired.out)?.[1] ?? '';
    expect(readFileSync(aside).equals(damaged)).toBe(true);
    expect(countVersions(file)).toBe(2);
    expect((await run('check', '--full', '--library', file)).code).toBe(0);
  });

  it('refuses to repair without a backup, changing nothing', async () => {
    makeLibrary(file, 5);
    damageVersionsPage(file);
    const damaged = readFileSync(file);
    const r = await run('check', '--repair', '--library', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no automatic backup/);
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('library.check (API)', () => {
  it('runs the full check on the open library and lists the backups', async () => {
    makeLibrary(file, 2);
    const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
    try {
      const r = await dispatch(ctx, 'library.check', { full: true });
      expect(r).toMatchObject({ ok: true, value: { ok: true, full: true, problems: [] } });
      const value = (r as { value: { summary: string; backups: unknown[] } }).value;
      expect(value.summary).toBe('The full check found no damage.');
      expect(value.backups).toHaveLength(1);
    } finally {
      ctx.library.close();
    }
  });
});
