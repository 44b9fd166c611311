// Names as typed (issue 11, item 18) and argument errors in plain words (item 17): files by a
// unique prefix, close names when nothing fits, and no parseArgs wording. Real files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentError } from '../../../cli/args.js';
import { runCompare } from '../../../cli/compare.js';
import { closeNames, resolveFile } from '../../../cli/names.js';
import { seedPath, seedsSkipReason } from '../../support/seeds.js';
import { P, text } from '../engine/fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'retold-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const names = ['002_1fe1f99.txt', '003_8e761b5.txt', '004_2157b29.txt', '030_aa11.txt'];
for (const n of names) writeFileSync(path.join(dir, n), text(P));
writeFileSync(path.join(dir, '004_2157b29.txt'), text(P).replace('eighteen', 'twenty'));
mkdirSync(path.join(dir, '003_folder'));
const at = (n: string): string => path.join(dir, n);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    isTTY: false,
  };
  const code = await runCompare(args, io);
  return { code, stdout, stderr };
}

describe('files by name', () => {
  it('finds a file by a unique prefix of its name in the folder named, skipping folders', () => {
    expect(resolveFile(at('003'))).toBe(at('003_8e761b5.txt'));
    expect(resolveFile(at('03'))).toBe(at('030_aa11.txt'));
    expect(resolveFile(at('002_1fe1f99.txt'))).toBe(at('002_1fe1f99.txt'));
  });

  it('says which names were close when no file starts with what was typed', () => {
    expect(() => resolveFile(at('0003'))).toThrow(
      `No file in ${dir} starts with ‘0003’; close: ‘003_8e761b5.txt’.`,
    );
    expect(closeNames('031', names)).toEqual(['030_aa11.txt']);
    expect(closeNames('xyz', names)).toEqual([]);
  });

  it('lists the files when a prefix fits several', () => {
    expect(() => resolveFile(at('00'))).toThrow(
      /3 files in .* start with ‘00’: ‘002_1fe1f99\.txt’, ‘003_8e761b5\.txt’, ‘004_2157b29\.txt’\. Give more of the name\./,
    );
  });

  it('compares files named by prefix, with --base by the typed name', async () => {
    const r = await run([at('003'), at('004'), '--base', at('004'), '--json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { base: number; versions: { id: string }[] };
    expect(out.base).toBe(1);
    expect(out.versions.map((v) => v.id)).toEqual([at('003_8e761b5.txt'), at('004_2157b29.txt')]);
    const miss = await run([at('003'), at('0004')]);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toContain('close: ‘004_2157b29.txt’');
  });

  it.skipIf(seedsSkipReason() !== null)(
    'finds the seeds as 003 002 004 in their folder',
    async () => {
      const seeds = path.dirname(seedPath('003'));
      const r = await run(['003', '002', '004'].map((n) => path.join(seeds, n)));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Base: #1 ${seedPath('003')}`);
    },
  );
});

describe('argument errors', () => {
  const options = { base: { type: 'string' }, json: { type: 'boolean' } } as const;

  it('names the unknown option and the ones the command takes', () => {
    expect(argumentError(['a', '--bse', '2'], options, true)).toBe(
      '“--bse” is not an option of this command (it takes --base, --json).',
    );
  });

  it('names an unknown option that is a name every object has ("--constructor")', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(argumentError([`--${name}`], options, true)).toBe(
        `“--${name}” is not an option of this command (it takes --base, --json).`,
      );
    }
  });

  it('says when an option lacks its value or has one it cannot take', () => {
    expect(argumentError(['a', '--base'], options, true)).toBe(
      '--base needs a value after it, as in “--base 2”.',
    );
    expect(argumentError(['--base', '--json'], options, true)).toMatch(/--base needs a value/);
    expect(argumentError(['--json=yes'], options, true)).toBe(
      '--json takes no value: write it alone.',
    );
    expect(argumentError(['--base', '2', 'extra'], options, false)).toBe(
      'This command takes no names or files, only options: “extra”.',
    );
  });

  it('shows its own sentence and the usage line, never parseArgs wording', async () => {
    for (const bad of [['--frobnicate'], ['--base'], ['--json=1']]) {
      const r = await run(['a.txt', 'b.txt', ...bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^retold compare: .+\.\nUsage: retold compare FILE FILE/);
      expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|argument terminator|'--/);
    }
  });
});
