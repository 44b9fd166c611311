// The V8 tuning of Retold's processes (cli/v8-tuning.mjs): this Node's V8 knows every flag
// (an unknown one is reported on stderr and ignored, so a Node upgrade that dropped one would
// show here), RETOLD_V8_TUNING=0 turns it off, and it changes time only: `retold compare`
// prints the same JSON either way. Its effect on time is measured by
// bench/worst-case.bench.ts (pair-100k-words against pair-100k-words-untuned).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../../cli/v8-tuning.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DIR = mkdtempSync(path.join(os.tmpdir(), 'retold-v8-'));

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const APPLY = `import('./cli/v8-tuning.mjs').then((m) => console.log(JSON.stringify(m.applyV8Tuning())))`;

describe('V8 tuning', () => {
  it('sets flags this V8 knows, without a word on stderr', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    const r = node(['--input-type=module', '-e', APPLY], { RETOLD_V8_TUNING: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(V8_FLAGS);
  });

  it('is off with RETOLD_V8_TUNING=0', () => {
    const r = node(['--input-type=module', '-e', APPLY], { RETOLD_V8_TUNING: '0' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('changes no result: retold compare prints the same JSON tuned and untuned', () => {
    const base = [
      'Harbour Works Wins Bridge Contract',
      'The city awarded the bridge contract to Harbour Works on Tuesday, the mayor said.',
      '“We are proud of this,” said Ann Holt, its director. Work starts in March 2027.',
      'Critics said the $4.5 million budget was too small, according to council documents.',
    ].join('\n\n');
    const reprint = base
      .replace('the mayor said', 'the mayor says')
      .replace('$4.5 million', '$5 million');
    const [a, b] = [path.join(DIR, 'a.txt'), path.join(DIR, 'b.txt')];
    writeFileSync(a, base);
    writeFileSync(b, reprint);
    const args = [path.join(ROOT, 'cli', 'bin.mjs'), 'compare', a, b, '--base', '1', '--json'];
    const env = { RETOLD_CLI: 'tsx', RETOLD_DATA_DIR: DIR };
    const tuned = node(args, env);
    const untuned = node(args, { ...env, RETOLD_V8_TUNING: '0' });
    expect(tuned.stderr).toBe('');
    expect(tuned.status).toBe(0);
    expect(JSON.parse(tuned.stdout)).toHaveProperty('pairs');
    expect(untuned.stdout).toBe(tuned.stdout);
  }, 60_000);
});
