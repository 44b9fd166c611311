// `retold export --passim` and `retold import --passim-clusters` end to end through the CLI:
// a library bulk-imported from the grouping fixture, written as passim input, and passim's
// cluster output (the fixture) read back as proposals, with the report the CLI prints.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoStory } from '../../../backend/demo/demo-story';
import { Library } from '../../../db';
import { FIXTURE_DIR } from '../backend/collections/support';
import { runCli, type CliRun } from './support';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-passim-'));
  library = path.join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CliRun> {
  return runCli(['--library', library, ...argv]);
}

describe('retold passim round trip', () => {
  it('exports the library for passim and reads its clusters back as proposals', async () => {
    const imported = await run('import', path.join(FIXTURE_DIR, 'articles.jsonl'));
    expect(imported.out + imported.err).toContain('6 imported');
    expect(imported.code).toBe(0);
    const target = path.join(dir, 'passim-in');
    const exported = await run('export', '--passim', target);
    expect(exported).toMatchObject({ code: 0, err: '' });
    // the versions of the demo story, then the six articles (ids after the demo's, so the
    // fixture's ids retold-1..6 are found again by their content hash)
    const demo = demoStory.versions.length;
    expect(exported.out).toMatch(
      new RegExp(`^Wrote ${demo + 6} articles in passim's input format`),
    );
    const lines = readFileSync(path.join(target, 'retold-00001.json'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[demo] ?? '')).toMatchObject({
      id: expect.stringMatching(new RegExp(`^retold-${demo + 1}-`)) as unknown,
      series: 'Northern Press',
      date: '2024-05-06',
    });

    const back = await run(
      'import',
      '--passim-clusters',
      path.join(FIXTURE_DIR, 'passim', 'out.json'),
    );
    expect(back.err).toBe('');
    expect(back.code).toBe(0);
    expect(back.out).toContain('Read 7 passages in 3 clusters from passim.');
    expect(back.out).toContain('Stored 2 story proposals covering 5 unsorted articles');
    expect(back.out).toContain('choose “Group unsorted articles”');
    const lib = new Library(library);
    try {
      expect(lib.proposals.list().map((p) => [p.source, p.members.length])).toEqual([
        ['passim', 3],
        ['passim', 2],
      ]);
    } finally {
      lib.close();
    }
  });

  it('explains a wrong use', async () => {
    const r = await run('import', '--passim-clusters', path.join(dir, 'missing'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/There is no file or folder/);
    const both = await run('import', 'a.txt', '--passim-clusters', 'x');
    expect(both.err).toMatch(/takes passim's output alone/);
    const noDir = await run('export', '--passim');
    expect(noDir.code).toBe(2);
    expect(existsSync(path.join(dir, 'passim-in'))).toBe(false);
  });
});
