// One window per library: which userData folder (and so which single-instance lock) a launch uses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTANCE_POLICY, instanceDataDir, libraryKey } from '../../../electron/instance-policy';

const USER_DATA = path.resolve('/home/ana/.config/Retold');
const DEFAULT_FILE = path.join(USER_DATA, 'library.sqlite');

describe('instance data folder', () => {
  it('the default library keeps Electron’s own folder, so launches on it share one lock', () => {
    expect(instanceDataDir(USER_DATA, DEFAULT_FILE, DEFAULT_FILE, 'linux')).toBe(USER_DATA);
    const spelledOtherwise = path.join(USER_DATA, '.', 'x', '..', 'library.sqlite');
    expect(instanceDataDir(USER_DATA, spelledOtherwise, DEFAULT_FILE, 'linux')).toBe(USER_DATA);
  });

  it('another library gets a folder of its own, the same one on every launch', () => {
    const other = path.resolve('/srv/class/library.sqlite');
    const dir = instanceDataDir(USER_DATA, other, DEFAULT_FILE, 'linux');
    expect(path.dirname(dir)).toBe(path.join(USER_DATA, INSTANCE_POLICY.librariesDir));
    expect(path.basename(dir)).toMatch(new RegExp(`^[0-9a-f]{${INSTANCE_POLICY.hashLength}}$`));
    expect(instanceDataDir(USER_DATA, other, DEFAULT_FILE, 'linux')).toBe(dir);
    const third = path.resolve('/srv/class/other.sqlite');
    expect(instanceDataDir(USER_DATA, third, DEFAULT_FILE, 'linux')).not.toBe(dir);
  });

  it('paths that differ only in case are one library where the OS ignores case', () => {
    const a = path.resolve('/Users/Ana/Lib/library.sqlite');
    const b = path.resolve('/users/ana/lib/LIBRARY.sqlite');
    expect(libraryKey(a, 'darwin')).toBe(libraryKey(b, 'darwin'));
    expect(libraryKey(a, 'win32')).toBe(libraryKey(b, 'win32'));
    expect(libraryKey(a, 'linux')).not.toBe(libraryKey(b, 'linux'));
    expect(instanceDataDir(USER_DATA, a, DEFAULT_FILE, 'darwin')).toBe(
      instanceDataDir(USER_DATA, b, DEFAULT_FILE, 'darwin'),
    );
  });
});
