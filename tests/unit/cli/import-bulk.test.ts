import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkProgress } from '../../../backend/bulk/job';
import { progressLine } from '../../../cli/import-bulk';
import { runCli, type CliRun } from './support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-bulk-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CliRun> {
  return runCli(argv);
}

describe('retold import (bulk)', () => {
  it('imports a folder and a CSV, writes the summary, and imports nothing new on a re-run', async () => {
    const folder = path.join(dir, 'pile');
    mkdirSync(path.join(folder, 'inner'), { recursive: true });
    writeFileSync(
      path.join(folder, 'a.txt'),
      'Ferry fares rise\n\nThe ferry company raised fares by 5% on Monday.\n',
    );
    writeFileSync(
      path.join(folder, 'inner', 'b.md'),
      '# Bridge closes\n\nThe old bridge closed for repairs on Friday.\n',
    );
    writeFileSync(path.join(folder, 'empty.txt'), '');
    const csv = path.join(dir, 'sheet.csv');
    writeFileSync(csv, 'title,text\n"Mayor, again","The mayor was re-elected,\nnarrowly."\n');
    const lib = path.join(dir, 'lib');
    const summary = path.join(dir, 'summary.csv');

    const first = await run('import', folder, csv, '--library', lib, '--summary', summary);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(
      /Import finished after \d+:\d\d: 3 imported, 0 duplicates .*, 1 not imported\./,
    );
    expect(first.err).toMatch(/empty\.txt: not imported: “empty\.txt” is empty/);
    const rows = parse(readFileSync(summary, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [path.basename(r.source ?? ''), r.outcome, r.story])).toEqual([
      ['a.txt', 'imported', 'Ferry fares rise'],
      ['empty.txt', 'not imported', ''],
      ['b.md', 'imported', 'Bridge closes'],
      ['sheet.csv, line 3', 'imported', 'Mayor, again'],
    ]);

    const again = await run('import', folder, csv, '--library', lib);
    expect(again.out).toMatch(/0 imported, 3 duplicates/);
    const list = JSON.parse((await run('list', '--json', '--library', lib)).out) as {
      stories: { title: string }[];
    };
    expect(list.stories.filter((s) => s.title === 'Ferry fares rise')).toHaveLength(1);
  });

  it('fetches each URL of a list or argument and reports each failure', async () => {
    // Names under .invalid never resolve (RFC 6761): no test touches the network.
    const urls = path.join(dir, 'links.urls');
    writeFileSync(urls, '# gathered links\nhttps://a.retold-test.invalid/a\nnot a link\n');
    const r = await run('import', urls, 'http://b.retold-test.invalid/b', '--library', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'links.urls, line 2: not imported: The address a.retold-test.invalid could not be found.',
    );
    expect(r.err).toContain('links.urls, line 3: not imported: This line is not a web address');
    expect(r.err).toContain(
      'http://b.retold-test.invalid/b: not imported: The address b.retold-test.invalid could not be found.',
    );
  });

  it('draws a progress bar with counts, rate and time left', () => {
    const p: BulkProgress = {
      state: 'running',
      processed: 820,
      imported: 790,
      duplicates: 20,
      notImported: 10,
      bytesDone: 500,
      bytesTotal: 1000,
      elapsedMs: 8_000,
      perSecond: 102.5,
      secondsLeft: 8,
      error: null,
    };
    expect(progressLine(p, true)).toBe(
      '[############------------]  50% 820 read: 790 imported, 20 duplicates, 10 not imported · 103/s · 0:08 left',
    );
    expect(progressLine({ ...p, secondsLeft: null }, false)).toMatch(
      /^progress: {2}50% .* 103\/s$/,
    );
  });
});
