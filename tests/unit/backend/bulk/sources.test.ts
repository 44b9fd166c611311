import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entriesOf, planInputs, type BulkEntry } from '../../../../backend/bulk/sources';
import { tempLibrary } from './support';

let t: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  t = tempLibrary('retold-bulk-src-');
});
afterEach(() => t.done());

async function entries(...paths: string[]): Promise<BulkEntry[]> {
  const out: BulkEntry[] = [];
  for await (const e of entriesOf(await planInputs(paths))) out.push(e);
  return out;
}

describe('bulk import sources', () => {
  it('reads CSV with quoting and newlines in cells, and reports a bad row by its line', async () => {
    const csv = path.join(t.dir, 'news.csv');
    writeFileSync(
      csv,
      '\uFEFFTitle,text,outlet\n' +
        'One,"She said, ""yes""\nand left.",The Ledger\n' +
        'Bad,too,many,cells\n' +
        'Two,Plain text,The Post\n',
    );
    const got = await entries(csv);
    expect(got.map((e) => [e.kind, e.source])).toEqual([
      ['row', 'news.csv, line 3'],
      ['refused', 'news.csv, line 4'],
      ['row', 'news.csv, line 5'],
    ]);
    const first = got[0] as Extract<BulkEntry, { kind: 'row' }>;
    expect(first.fields).toEqual({
      title: 'One',
      text: 'She said, "yes"\nand left.',
      outlet: 'The Ledger',
    });
    expect((got[1] as { reason: string }).reason).toMatch(/different number of cells/);
  });

  it('refuses a CSV without a text or html column, naming the columns it has', async () => {
    const csv = path.join(t.dir, 'links.csv');
    writeFileSync(csv, 'title,body\nA,b\n');
    const [only, ...rest] = await entries(csv);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'refused', source: 'links.csv' });
    expect((only as { reason: string }).reason).toMatch(
      /no column named “text” or “html”.*title, body/,
    );
  });

  it('reads JSONL and refuses lines that are not JSON objects', async () => {
    const jsonl = path.join(t.dir, 'crawl.jsonl');
    const good = JSON.stringify({ html: '<p>Line one\nline two</p>', title: 'T', n: 3 });
    writeFileSync(jsonl, `${good}\n\n{not json\n[1,2]\n`);
    const got = await entries(jsonl);
    expect(got.map((e) => [e.kind, e.source])).toEqual([
      ['row', 'crawl.jsonl, line 1'],
      ['refused', 'crawl.jsonl, line 3'],
      ['refused', 'crawl.jsonl, line 4'],
    ]);
    expect((got[0] as { fields: unknown }).fields).toEqual({
      html: '<p>Line one\nline two</p>',
      title: 'T',
      n: '3',
    });
  });

  it('walks folders recursively, skipping other files with a reason', async () => {
    mkdirSync(path.join(t.dir, 'in', 'deep'), { recursive: true });
    writeFileSync(path.join(t.dir, 'in', 'a.txt'), 'x');
    writeFileSync(path.join(t.dir, 'in', 'deep', 'b.HTM'), 'x');
    writeFileSync(path.join(t.dir, 'in', 'deep', 'c.pdf'), 'x');
    const got = await entries(path.join(t.dir, 'in'), path.join(t.dir, 'missing.txt'));
    expect(got.map((e) => [e.kind, path.basename(e.source)])).toEqual([
      ['file', 'a.txt'],
      ['file', 'b.HTM'],
      ['refused', 'c.pdf'],
      ['refused', 'missing.txt'],
    ]);
    expect((got[2] as { reason: string }).reason).toMatch(/Skipped \(\.pdf\)/);
    expect((got[3] as { reason: string }).reason).toMatch(/could not find/);
  });
});
