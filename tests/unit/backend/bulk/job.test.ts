import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BULK, BulkImport } from '../../../../backend/bulk/job';
import { summaryCsv } from '../../../../backend/bulk/summary';
import { contentHash } from '../../../../db';
import { inventedArticle, tableCounts, tempLibrary } from './support';

let t: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  t = tempLibrary('retold-bulk-job-');
});
afterEach(() => t.done());

/** A folder of mixed files: two articles, an empty file, a PNG named .txt, a PDF. */
function mixedFolder(): string {
  const root = path.join(t.dir, 'saved');
  mkdirSync(path.join(root, 'week 2'), { recursive: true });
  writeFileSync(path.join(root, 'one.txt'), inventedArticle(1).text);
  writeFileSync(
    path.join(root, 'week 2', 'two.html'),
    `<!doctype html><html><head><title>Cable vote “passes”</title>
     <meta property="og:site_name" content="The Ledger"></head><body><article>
     <h1>Cable vote passes</h1><p>${inventedArticle(2).text}</p></article></body></html>`,
  );
  writeFileSync(path.join(root, 'empty.md'), '');
  writeFileSync(
    path.join(root, 'photo.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
  );
  writeFileSync(path.join(root, 'scan.pdf'), '%PDF-1.4');
  return root;
}

async function run(paths: string[], story?: string): Promise<BulkImport> {
  const job = new BulkImport(t.ctx, paths, story ? { story } : {});
  await job.done;
  return job;
}

describe('bulk import', () => {
  it('imports a folder of mixed files, one story per article, and says why others were not', async () => {
    const job = await run([mixedFolder()]);
    const p = job.progress();
    expect(p).toMatchObject({ state: 'done', imported: 2, duplicates: 0, notImported: 3 });
    expect(p.bytesDone).toBe(p.bytesTotal);
    const why = Object.fromEntries(job.ordered().map((r) => [path.basename(r.source), r.reason]));
    expect(why['empty.md']).toMatch(/“empty.md” is empty/);
    expect(why['photo.txt']).toMatch(/looks like a PNG image/);
    expect(why['scan.pdf']).toMatch(/Skipped \(\.pdf\)/);
    const titles = t.ctx.library
      .listStories()
      .map((s) => s.title)
      .sort();
    expect(titles).toEqual(['Cable vote “passes”', inventedArticle(1).title]);
    const html = job.ordered().find((r) => r.source.endsWith('two.html'));
    const v = t.ctx.library.listVersions(html?.storyId ?? 0)[0];
    expect(v).toMatchObject({ outlet: 'The Ledger', sourceKind: 'bulk' });
  });

  it('imports CSV and JSONL rows with quoted newlines, groups by the story column, refuses a bad row', async () => {
    const csv = path.join(t.dir, 'sheet.csv');
    writeFileSync(
      csv,
      'title,text,outlet,url,published,story\n' +
        `"Vote, at last","${inventedArticle(3).text.replace(/"/g, '""')}\n“Quoted” end.",Ledger,https://l.example/3,2024-05-01,Cable\n` +
        'Broken row,only,three\n' +
        `Empty,,Ledger,,,\n`,
    );
    const jsonl = path.join(t.dir, 'crawl.jsonl');
    const rows = [
      {
        html: `<p>${inventedArticle(4).text}</p><p>Second paragraph.</p>`,
        title: 'Four',
        outlet: 'Post',
        story: 'cable',
      },
      { text: inventedArticle(5).text, title: 'Five' },
    ];
    writeFileSync(jsonl, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n{oops\n`);
    const job = await run([csv, jsonl]);
    expect(job.progress()).toMatchObject({ imported: 3, duplicates: 0, notImported: 3 });
    const stories = t.ctx.library.listStories();
    expect(stories.map((s) => s.title).sort()).toEqual(['Cable', 'Five']);
    const cable = stories.find((s) => s.title === 'Cable');
    const versions = t.ctx.library.listVersions(cable?.id ?? 0);
    expect(versions.map((v) => [v.title, v.outlet, v.published])).toEqual([
      ['Vote, at last', 'Ledger', '2024-05-01'],
      ['Four', 'Post', null],
    ]);
    const first = t.ctx.library.getVersion(versions[0]?.id ?? 0);
    expect(first.text).toContain('\n“Quoted” end.');
    expect(first.url).toBe('https://l.example/3');
    const fourRaw = t.ctx.library.getRawBytes(versions[1]?.id ?? 0).toString('utf8');
    expect(fourRaw.startsWith('<p>')).toBe(true);
    const reasons = job
      .ordered()
      .filter((r) => r.outcome === 'not imported')
      .map((r) => r.reason);
    expect(reasons).toEqual([
      'This row has a different number of cells from the header row.',
      'This row has no text: its text and html cells are empty.',
      'This line is not valid JSON.',
    ]);
  });

  it('is safe to re-run: the second import adds nothing and reports duplicates', async () => {
    const folder = mixedFolder();
    await run([folder]);
    const before = tableCounts(t.ctx);
    const again = await run([folder]);
    expect(again.progress()).toMatchObject({ imported: 0, duplicates: 2, notImported: 3 });
    expect(tableCounts(t.ctx)).toEqual(before);
    const dup = again.ordered().find((r) => r.outcome === 'duplicate');
    expect(dup?.reason).toMatch(/^Already in the library as version #1 of “/);
  });

  it('writes the summary as CSV, one line per entry in reading order', async () => {
    // A name under .invalid never resolves (RFC 6761): the URL is refused without any network.
    const job = await run([mixedFolder(), 'https://news.retold-test.invalid/story']);
    const rows = parse(summaryCsv(job.ordered()), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [path.basename(r.source ?? ''), r.outcome])).toEqual([
      ['empty.md', 'not imported'],
      ['one.txt', 'imported'],
      ['photo.txt', 'not imported'],
      ['scan.pdf', 'not imported'],
      ['two.html', 'imported'],
      ['story', 'not imported'],
    ]);
    expect(rows[1]).toMatchObject({ story: inventedArticle(1).title, version: '#1' });
    expect(rows[5]?.reason).toBe(
      'The address news.retold-test.invalid could not be found. Check the address for typos.',
    );
  });

  it('cancelled mid-way, keeps whole articles only and stops reading', async () => {
    const n = BULK.batchSize * 4;
    const jsonl = path.join(t.dir, 'many.jsonl');
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify(inventedArticle(i)));
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    const job: BulkImport = new BulkImport(t.ctx, [jsonl], {
      onProgress: (p) => {
        if (p.imported >= BULK.batchSize) job.cancel();
      },
    });
    await job.done;
    const p = job.progress();
    expect(p.state).toBe('cancelled');
    expect(p.imported).toBeGreaterThanOrEqual(BULK.batchSize);
    expect(p.imported).toBeLessThan(n);
    // Every story has its article and every article its text: nothing half-written.
    expect(tableCounts(t.ctx)).toEqual({ stories: p.imported, versions: p.imported });
    const rows = t.ctx.library.db
      .prepare('SELECT text, content_hash AS hash FROM versions')
      .all() as { text: string; hash: string }[];
    for (const r of rows) expect(contentHash(r.text)).toBe(r.hash);
    // Running it again finishes the job: the rest is imported, the first part is duplicates.
    const rest = await run([jsonl]);
    expect(rest.progress()).toMatchObject({ imported: n - p.imported, duplicates: p.imported });
  });
});
