// A story long enough that the pair view cannot show it on one screen: two versions of
// `PARAGRAPHS` generated paragraphs, imported as text files through the real CLI
// (`retold import FILE... --story TITLE`) into a test's library while its server runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** How many paragraphs the base version has (the case: a 32-paragraph pair). */
export const PARAGRAPHS = 34;
export const LONG_STORY = 'Thirty-four paragraphs on the river survey';

const PLACES = ['Ashford', 'Brindle', 'Carrow', 'Dunmore', 'Elsworth', 'Fenwick', 'Garrow'];
const THINGS = ['weir', 'towpath', 'lock gate', 'culvert', 'footbridge', 'sluice', 'mill race'];

/** The n-th paragraph of the base (every one distinct, so each aligns with its own). */
export function baseParagraph(n: number): string {
  const place = PLACES[n % PLACES.length] ?? '';
  const thing = THINGS[(n * 3) % THINGS.length] ?? '';
  return (
    `Section ${n + 1} of the survey covers the ${thing} near ${place}, where inspectors counted ` +
    `${n * 7 + 11} defects in ${2000 + n} and asked the board for ${n + 2} more visits.`
  );
}

/** Writes both versions and imports them into a new story; throws with the CLI's message. */
export function importLongStory(dataDir: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-long-'));
  try {
    const base = Array.from({ length: PARAGRAPHS }, (_, n) => baseParagraph(n));
    // The reprint rewords every fifth paragraph and drops the last one.
    const reprint = base
      .slice(0, -1)
      .map((p, n) => (n % 5 === 0 ? p.replace('inspectors counted', 'engineers found') : p));
    const a = path.join(dir, 'survey-original.txt');
    const b = path.join(dir, 'survey-reprint.txt');
    writeFileSync(a, `${base.join('\n\n')}\n`);
    writeFileSync(b, `${reprint.join('\n\n')}\n`);
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'cli', 'bin.mjs'),
        'import',
        a,
        b,
        '--story',
        LONG_STORY,
        '--library',
        dataDir,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RETOLD_DATA_DIR: '' } },
    );
    if (r.status !== 0) throw new Error(`retold import failed: ${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
