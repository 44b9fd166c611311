// `retold group` on a library bulk-imported from the grouping fixture: the proposals are
// stored for review and the command says so; nothing moves.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../db';
import { FIXTURE_DIR } from '../backend/collections/support';
import { runCli, type CliRun } from './support';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-group-'));
  library = path.join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CliRun> {
  return runCli(['--library', library, ...argv]);
}

describe('retold group', () => {
  it('stores the proposals for review and moves nothing', async () => {
    expect((await run('import', path.join(FIXTURE_DIR, 'articles.jsonl'))).code).toBe(0);
    const r = await run('group');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Proposed 2 stories for 5 unsorted articles in [\d.]+ s\. Nothing/);
    expect(r.err).toMatch(/Examined \d+ of \d+ articles \(\d+ of \d+ groups of similar articles\)/);
    const lib = new Library(library);
    try {
      expect(lib.proposals.count()).toBe(2);
      expect(lib.countStories()).toBe(7); // the demo story and six one-article stories
    } finally {
      lib.close();
    }
    expect((await run('group', 'extra')).err).toMatch(/takes no names or files/);
  });
});
