// Unhappy library files (issue 9, defect 5): a read-only file, a full disk, a damaged page.
// Each gets its own clear message, and the file is left byte for byte as it was.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppErrorData } from '../../../backend/dispatch';
import { AppError } from '../../../contract/errors';
import { Library, explainSqliteError } from '../../../db';
import { countVersions, damageVersionsPage, makeLibrary, notice, version } from './helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-unhappy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The AppError thrown by opening `file`, or a failure naming what was thrown instead. */
function openFailure(file: string): AppError {
  try {
    new Library(file, { backups: false }).close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw new Error(`expected an AppError, got ${String(err)}`, { cause: err });
  }
  throw new Error('the library opened');
}

/** A message for a person: no SQLite class names, no stack frames. */
function expectPlainWords(message: string): void {
  expect(message).not.toMatch(/SqliteError|SQLITE_|\n\s+at /);
}

const isRoot = process.getuid?.() === 0;

/**
 * Makes `file` read-only. chmod stops everyone but root; root is stopped by the immutable
 * attribute (chattr +i). Returns an undo function, or null when neither works here.
 */
function makeReadOnly(file: string): (() => void) | null {
  if (!isRoot) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

describe('a read-only library', () => {
  it('is refused with "This library is read-only", untouched', (t) => {
    const file = path.join(dir, 'library.sqlite');
    makeLibrary(file, 3);
    const before = readFileSync(file);
    const undo = makeReadOnly(file);
    if (!undo) return t.skip(notice('running as root and chattr +i is not available here'));
    try {
      const err = openFailure(file);
      expect(err.code).toBe('library_readonly');
      expect(err.message).toMatch(/^This library is read-only: /);
      expectPlainWords(err.message);
    } finally {
      undo();
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(countVersions(file)).toBe(3);
  });

  it('is refused on a read-only disk too, untouched', (t) => {
    const src = path.join(dir, 'src');
    mkdirSync(src);
    const file = path.join(src, 'library.sqlite');
    makeLibrary(file, 2);
    const before = readFileSync(file);
    const ro = path.join(dir, 'read-only-disk');
    mkdirSync(ro);
    try {
      execFileSync('mount', ['--bind', src, ro], { stdio: 'ignore' });
    } catch {
      return t.skip(notice('cannot bind-mount a folder read-only here (needs root)'));
    }
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', ro], { stdio: 'ignore' });
      const err = openFailure(path.join(ro, 'library.sqlite'));
      expect(err.code).toBe('library_readonly');
      expect(err.message).toMatch(/^This library is read-only: .*mounted read-only/);
      expectPlainWords(err.message);
    } finally {
      execFileSync('umount', ['-l', ro], { stdio: 'ignore' });
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('explains a write refused mid-session in the same words, not as an unexpected error', () => {
    const file = path.join(dir, 'library.sqlite');
    makeLibrary(file, 1);
    // A connection SQLite opened read-only, as it does when a file is write-protected.
    const db = new Database(file, { readonly: true });
    let thrown: unknown;
    try {
      db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    } catch (err) {
      thrown = err;
    } finally {
      db.close();
    }
    expect(explainSqliteError(thrown)?.code).toBe('library_readonly');
    const data = toAppErrorData(thrown, file);
    expect(data.message).toMatch(/^This library is read-only: /);
    expectPlainWords(data.message);
  });
});

/** Mounts a small tmpfs at `at`; returns an unmount function, or null when it cannot. */
function mountTmpfs(at: string, size: string): (() => void) | null {
  if (!isRoot) return null;
  mkdirSync(at);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
    return () => execFileSync('umount', ['-l', at], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

/** Fills the disk holding `dir` until only `leave` bytes are free (0: until it refuses). */
function fillDisk(dir: string, leave: number): void {
  const fd = openSync(path.join(dir, 'filler.bin'), 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) {
      const s = statfsSync(dir);
      const free = s.bavail * s.bsize - leave;
      if (free <= 0) return;
      writeSync(fd, chunk, 0, Math.min(chunk.length, free));
    }
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
}

describe('a full disk', () => {
  it('refuses to open a library on a disk already full, with a clear message, untouched', (t) => {
    const mnt = path.join(dir, 'small-disk');
    const unmount = mountTmpfs(mnt, '4m');
    if (!unmount) return t.skip(notice('cannot mount a small tmpfs here (needs root)'));
    try {
      const file = path.join(mnt, 'library.sqlite');
      makeLibrary(file, 3);
      const before = readFileSync(file);
      fillDisk(mnt, 0);
      const err = openFailure(file);
      expect(err.code).toBe('disk_full');
      expect(err.message).toMatch(/disk that holds the library .* is full/);
      expectPlainWords(err.message);
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      unmount();
    }
  });

  it('explains a write that fills the disk, and keeps what was there', (t) => {
    const mnt = path.join(dir, 'small-disk');
    const unmount = mountTmpfs(mnt, '4m');
    if (!unmount) return t.skip(notice('cannot mount a small tmpfs here (needs root)'));
    try {
      const file = path.join(mnt, 'library.sqlite');
      makeLibrary(file, 3);
      fillDisk(mnt, 1.5 * 1024 * 1024);
      const lib = new Library(file, { backups: false });
      let thrown: unknown;
      try {
        const big = 'A very long article about the harbour cable. '.repeat(60_000); // 2.7 MB
        lib.insertVersion(version(1, big));
      } catch (err) {
        thrown = err;
      }
      const data = toAppErrorData(thrown, file);
      expect(data.code).toBe('disk_full');
      expectPlainWords(data.message);
      expect(lib.listVersions(1)).toHaveLength(3);
      expect(lib.check(true).ok).toBe(true);
      lib.close();
    } finally {
      unmount();
    }
  });
});

describe('a writer that holds the lock too long', () => {
  it('is explained as busy, with nothing written', () => {
    const file = path.join(dir, 'library.sqlite');
    makeLibrary(file, 1);
    const holder = new Database(file);
    const impatient = new Database(file, { timeout: 0 });
    let thrown: unknown;
    try {
      holder.exec('BEGIN IMMEDIATE');
      impatient.exec('BEGIN IMMEDIATE');
    } catch (err) {
      thrown = err;
    } finally {
      holder.exec('ROLLBACK');
      impatient.close();
      holder.close();
    }
    const data = toAppErrorData(thrown, file);
    expect(data.code).toBe('library_busy');
    expect(data.message).toMatch(/is busy: another Retold/);
    expectPlainWords(data.message);
  });
});

describe('a damaged library', () => {
  it('is refused on open by the quick check, with a clear message, and not written to', () => {
    const file = path.join(dir, 'library.sqlite');
    makeLibrary(file, 40);
    damageVersionsPage(file);
    const before = readFileSync(file);
    const err = openFailure(file);
    expect(err.code).toBe('library_corrupt');
    expect(err.message).toMatch(/is damaged .*retold check --repair/s);
    expectPlainWords(err.message);
    expect(readFileSync(file).equals(before)).toBe(true);
    // The first open of the day checks before its backup: a damaged library is not backed up.
    expect(() => new Library(file)).toThrow(AppError);
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a truncated library, untouched', () => {
    const file = path.join(dir, 'library.sqlite');
    makeLibrary(file, 40);
    const whole = readFileSync(file);
    const half = whole.subarray(0, Math.floor(whole.length / 2 / 4096) * 4096);
    writeFileSync(file, half);
    const err = openFailure(file);
    expect(err.code).toBe('library_corrupt');
    expect(readFileSync(file).equals(half)).toBe(true);
  });
});
