import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../../cli/compare.js';
import { seedPath, seedsSkipReason } from '../../support/seeds.js';
import { schemaErrors, undocumentedFields } from '../engine/schema.js';
import { P, text } from '../engine/fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'retold-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
};

async function run(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCompare(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY,
  });
  return { code, stdout, stderr };
}

const a = file('a.txt', text(P));
const b = file(
  'b.txt',
  text([P[0], P[1], P[4], P[2], P[3]] as string[]).replace('eighteen', 'twenty'),
);
const h = file(
  'c.html',
  `<html><head><title>Harbor</title></head><body><article>${P.map((x) => `<p>${x}</p>`).join('')}</article></body></html>`,
);

describe('retold compare', () => {
  it('prints only a retold.comparison/2 object valid against the project schema with --json', async () => {
    const r = await run([a, b, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as {
      format: string;
      base: number;
      versions: Array<{ number?: number }>;
      pairs: Array<{ droppedBlocks: number[] }>;
    };
    expect(schemaErrors(out)).toBe('');
    expect(undocumentedFields(out)).toBe('');
    expect(out.format).toBe('retold.comparison/2');
    expect(out.base).toBe(0);
    expect(out.pairs[0]?.droppedBlocks).toEqual([5, 6]);
    // Versions are numbered by their place on the command line, whichever is the base.
    expect(out.versions.map((v) => v.number)).toEqual([1, 2]);
    const swapped = JSON.parse((await run([a, b, '--json', '--base', '2'])).stdout) as typeof out;
    expect(swapped.versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it('cites versions as #n and paragraphs as ¶n, every block counted', async () => {
    const furnished = file(
      'f.txt',
      `Harbor deal approved\n\n • Facebook\n\n • Twitter\n\n${text(P)}`,
    );
    const trimmed = file('t.txt', text(P.slice(0, 3)).replace('eighteen', 'twenty'));
    const r = await run([furnished, trimmed]);
    expect(r.stdout).toContain(`Base: #1 ${furnished}`);
    expect(r.stdout).toContain(`#2 ${trimmed}`);
    // The title and the two share lines are ¶1–¶3: the base's 2nd body paragraph is ¶5,
    // its 4th ¶7. The trimmed version has no furniture: its 2nd paragraph is ¶2.
    expect(r.stdout).toContain(`dropped ¶7: ${P[3]!.slice(0, 20)}`);
    expect(r.stdout).toMatch(/base ¶5 → ¶2 /);
  });

  it('prints a minor attribution change with its kind, apart from real changes', async () => {
    const said = (verb: string) =>
      text(['Harbor deal approved', `“The vote was close,” the mayor ${verb} on Tuesday.`]);
    const r = await run([file('s1.txt', said('said')), file('s2.txt', said('says'))]);
    expect(r.stdout).toMatch(
      /Reworded slightly \(1\):\n\s+attribution \(‘said’\), tense only: “the mayor said[^”]*” \(¶2\) → “the mayor says[^”]*” \(¶2\)/,
    );
  });

  it('takes --base as a file or a position counted from 1', async () => {
    expect(JSON.parse((await run([a, b, '--json', '--base', b])).stdout).base).toBe(1);
    expect(JSON.parse((await run([a, b, '--json', '--base', '2'])).stdout).base).toBe(1);
    const bad = await run([a, b, '--base', '3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--base must be/);
  });

  it('reads HTML through the same extraction as import', async () => {
    const r = await run([a, h, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(schemaErrors(out)).toBe('');
    expect(out.pairs[0].derivation.label).toBe('wholly');
  });

  it('prints a readable report, coloured only on a terminal', async () => {
    const plain = await run([a, b]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/derivation: wholly/);
    expect(plain.stdout).toMatch(/moved 1/);
    expect(plain.stdout).toMatch(/\[-eighteen-\]\{\+twenty\+\}/);
    const ESC = '\u001b[';
    expect(plain.stdout.includes(ESC)).toBe(false);
    const tty = await run([a, b], true);
    expect(tty.stdout.includes(ESC)).toBe(!process.env.NO_COLOR);
  });

  it('shows the exact word difference inside each quotation that is not identical', async () => {
    const q = (vote: string, dont: string, harbour: string, who: string) =>
      text([
        'Ferry service to end',
        `“This is the ${vote} in twenty years,” said councillor Ada Moss.`,
        `“We ${dont} know what comes next,” Moss said.`,
        `“The ${harbour} will survive,” the mayor said.`,
        `“We saw trucks at midnight,” ${who} said.`,
        '“Nothing changes for the winter timetable,” Moss said.',
      ]);
    const qa = file('qa.txt', q('hardest vote I have taken', "don't", 'harbour', 'Tom Reyes'));
    const qb = file('qb.txt', q('toughest vote I have cast', 'don’t', 'harbor', 'a port official'));
    const plain = await run([qa, qb]);
    const quotes = plain.stdout.slice(plain.stdout.indexOf('    Quotes'));
    expect(quotes).toContain(
      '“This is the [-hardest-]{+toughest+} vote I have [-taken-]{+cast+} in twenty years,”',
    );
    expect(quotes).toMatch(
      /typography changes \(1\):\n\s+“We \[-don't-\]\{\+don’t\+\} know what comes next,”.*\(straight apostrophe → curly apostrophe\)/,
    );
    expect(quotes).toMatch(
      /spelling changes \(1\):\n\s+“The \[-harbour-\]\{\+harbor\+\} will survive,”/,
    );
    expect(quotes).toMatch(
      /Reattributed quotes \(1\):\n\s+“We saw trucks at midnight,” — Tom Reyes → a port official/,
    );
    expect(quotes).not.toContain('Nothing changes');
    const tty = await run([qa, qb], true);
    if (!process.env.NO_COLOR) {
      expect(tty.stdout).toContain('\u001b[31m[-hardest-]\u001b[0m\u001b[32m{+toughest+}\u001b[0m');
    }
  });

  it('fails with a clear message and a non-zero exit', async () => {
    const one = await run([a]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/at least two files/);
    const missing = await run([a, path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    expect(missing.stdout).toBe('');
    expect((await run([a, b, '--frobnicate'])).code).toBe(2);
  });

  it.skipIf(seedsSkipReason() !== null)(
    'compares the seeds with a valid --json output',
    async () => {
      const r = await run([seedPath('003'), seedPath('002'), seedPath('004'), '--json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        versions: { blocks: { kind: string }[] }[];
        pairs: { version: number; addedBlocks: number[] }[];
      };
      expect(schemaErrors(out)).toBe('');
      expect(undocumentedFields(out)).toBe('');
      // Added body paragraphs (what /1 listed; /2 also lists titles, bylines and captions).
      const body = (p: (typeof out.pairs)[number]) =>
        p.addedBlocks.filter((b) => out.versions[p.version]?.blocks[b]?.kind === 'body');
      expect(out.pairs.map(body)).toEqual([[3, 14], [16]]);
    },
  );
});
