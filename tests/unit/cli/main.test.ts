import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { CliIO } from '../../../cli/io';
import { seedPath, seedsSkipReason } from '../../support/seeds';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

describe('retold (CLI)', () => {
  it('prints help with the library location', async () => {
    const r = await run('--help', '--library', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('retold serve');
    expect(r.out).toContain(path.join(dir, 'library.sqlite'));
  });

  it('rejects unknown commands and options on stderr with a non-zero status', async () => {
    expect(await run('frobnicate', '--library', dir)).toMatchObject({ code: 2, out: '' });
    const bad = await run('list', '--colour', '--library', dir);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/colour/);
  });

  it('lists the demo story of a new library as JSON', async () => {
    const r = await run('list', '--json', '--library', dir);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { stories: { title: string; versionCount: number }[] };
    expect(parsed.stories).toHaveLength(1);
    expect(parsed.stories[0]?.versionCount).toBeGreaterThanOrEqual(4);
  });

  it('imports files into a named story, reports duplicates and refuses binaries', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.md');
    const png = path.join(dir, 'photo.png');
    writeFileSync(a, 'The harbour council voted on Tuesday to allow the cable ashore.\n');
    writeFileSync(b, '# Cable\n\nThe council approved the cable landing on Tuesday evening.\n');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const r = await run('import', a, b, a, png, '--story', 'Cable vote', '--library', dir);
    expect(r.code).toBe(1);
    // Version numbers count within the story, as the app shows them (not library ids).
    expect(r.out).toMatch(/a\.txt: imported as version #1 of “Cable vote”/);
    expect(r.out).toMatch(/b\.md: imported as version #2 of “Cable vote”/);
    expect(r.out).toMatch(/a\.txt: already in “Cable vote” as version #1/);
    expect(r.err).toMatch(/photo\.png: .*PNG image/);
    const list = JSON.parse((await run('list', '--json', '--library', dir)).out) as {
      stories: { title: string; versionCount: number }[];
    };
    expect(list.stories.find((s) => s.title === 'Cable vote')?.versionCount).toBe(2);
  });

  it('refuses a library path that is not a Retold library', async () => {
    const notLib = path.join(dir, 'notes.sqlite');
    writeFileSync(notLib, 'plain text, not a database');
    const r = await run('list', '--library', notLib);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a Retold library/);
  });

  const skip = seedsSkipReason();
  it.skipIf(skip !== null)('imports the Washington Post seeds into one story', async () => {
    const r = await run(
      'import',
      seedPath('003'),
      seedPath('002'),
      '--story',
      'Xinjiang',
      '--library',
      dir,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse((await run('list', '--json', '--library', dir)).out) as {
      stories: { title: string; versionCount: number }[];
    };
    expect(list.stories.find((s) => s.title === 'Xinjiang')?.versionCount).toBe(2);
  });

  it('exits 1 with the message when a command refuses, run as users run it (bin.mjs, tsx)', () => {
    // Through tsx a dynamically imported command may load AppError a second time, where
    // `instanceof` fails and the refusal used to end as an internal error (exit 70).
    const env: NodeJS.ProcessEnv = { ...process.env, RETOLD_CLI: 'tsx', RETOLD_DATA_DIR: dir };
    delete env.RETOLD_DEV;
    const r = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin.mjs'), 'import'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('retold: Name at least one file to import.\n');
    expect(r.status).toBe(1);
  });
});
