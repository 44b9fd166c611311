// "Find other versions of this article" (backend/collections/find-versions.ts) on real copy:
// the copies of a wire story are found, with containment and derivation; independent reports
// of the same event, which share its names and quoted statements, are not.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOtherVersions } from '../../../../backend/collections/find-versions';
import type { Library } from '../../../../db';
import { devsetLibrary } from './devset-library';

let dir: string;
let lib: Library;
let id: (ref: string) => number;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-find-'));
  const fixture = devsetLibrary(path.join(dir, 'l.sqlite'), ['02', '14', '16', '17', '18']);
  lib = fixture.lib;
  id = fixture.id;
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const found = (ref: string) => findOtherVersions(lib, id(ref)).versions.map((v) => v.versionId);

describe('findOtherVersions', () => {
  it('finds the copies of an AP story and not the Kyodo report of the same event', () => {
    const result = findOtherVersions(lib, id('02-sewol-raised-2017/v0'));
    expect(result.versions.map((v) => v.versionId)).toEqual([id('02-sewol-raised-2017/v1')]);
    const [copy] = result.versions;
    expect(copy).toMatchObject({
      derivation: 'wholly',
      storyVersions: 1,
      outlet: 'The Guardian (AP)',
    });
    expect(copy?.inQuery).toBeGreaterThan(0.7);
    expect(copy?.queryIn).toBeGreaterThan(0.7);
    expect(found('14-control-sewol-raised-2017/v1')).toEqual([]);
  });

  it('keeps the AFP and Reuters versions of one event apart', () => {
    const afp = [
      '16-mars-simulation-afp/v1',
      '16-mars-simulation-afp/v2',
      '16-mars-simulation-afp/v3',
    ];
    expect(found('16-mars-simulation-afp/v0').sort()).toEqual(afp.map(id).sort());
    const reuters = ['17-mars-simulation-reuters/v1', '17-mars-simulation-reuters/v2'];
    expect(found('17-mars-simulation-reuters/v0').sort()).toEqual(reuters.map(id).sort());
  });

  it('says which way a trimmed copy runs, and ranks by derivation score', () => {
    // 16/v1 keeps nearly all of the AFP text and adds little: it copies the query
    const result = findOtherVersions(lib, id('16-mars-simulation-afp/v0'));
    const scores = result.versions.map((v) => v.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const v1 = result.versions.find((v) => v.versionId === id('16-mars-simulation-afp/v1'));
    expect(v1?.direction).toBe('copies-query');
    expect(result.verified).toBeGreaterThanOrEqual(result.versions.length);
  });

  it('leaves out versions already in the same story', () => {
    const story = lib.getVersionSummary(id('16-mars-simulation-afp/v0')).storyId;
    lib.moveVersion(id('16-mars-simulation-afp/v1'), story);
    expect(found('16-mars-simulation-afp/v0')).not.toContain(id('16-mars-simulation-afp/v1'));
    expect(found('16-mars-simulation-afp/v0').length).toBe(2);
  });

  it('refuses a version that does not exist', () => {
    expect(() => findOtherVersions(lib, 9999)).toThrow(/no version #9999/);
  });
});
