// `retold export --outlets FILE.csv`: the findings summed by outlet across the library, written
// atomically, the same CSV the app downloads (outlets.csv), with stories compared as needed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/app';
import { dispatch } from '../../../backend/dispatch';
import { wireLibrary } from '../backend/outlets/fixtures';
import { runCli, type CliRun } from './support';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-outlets-'));
  const ctx = startBackend({
    file: path.join(dir, 'library.sqlite'),
    shell: 'cli',
    seedDemo: false,
  });
  await wireLibrary(ctx);
  ctx.library.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CliRun> {
  return runCli([...argv, '--library', dir]);
}

describe('retold export --outlets', () => {
  it('writes one row per outlet, comparing the stories first', async () => {
    const file = path.join(dir, 'outlets.csv');
    const r = await run('export', '--outlets', file);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Wrote the totals of 2 outlets to ${file}.\n`);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.outlet).sort()).toEqual(['Daily Courier', 'Valley Times']);
    const courier = rows.find((x) => x.outlet === 'Daily Courier');
    expect(courier?.['drops the agency or outlet credit (reprints)']).toBe('2');
    expect(courier?.reprints).toBe('3');
  });

  it('writes the file the app downloads', async () => {
    const file = path.join(dir, 'same.csv');
    expect((await run('export', '--outlets', file, '--bom')).code).toBe(0);
    const ctx = startBackend({ file: path.join(dir, 'library.sqlite'), shell: 'cli' });
    try {
      const r = await dispatch(ctx, 'outlets.csv', { bom: true });
      if (!r.ok) throw new Error(r.error.message);
      const value = r.value as { text: string; filename: string };
      expect(value.text).toBe(readFileSync(file, 'utf8'));
      expect(value.filename).toBe('retold-outlets.csv');
    } finally {
      ctx.library.close();
    }
  });

  it('refuses a story or another option beside --outlets, with the usage', async () => {
    for (const extra of [['Ferry'], ['--all'], ['--format', 'json']]) {
      const r = await run('export', '--outlets', path.join(dir, 'x.csv'), ...extra);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--outlets FILE\.csv writes the totals/);
      expect(r.err).toMatch(/Usage: retold export/);
    }
  });
});
