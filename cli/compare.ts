// `retold compare FILE FILE... [--base FILE|N] [--json] [--ignore-case] [--no-spelling-fold]`:
// compares versions of a story without a library. Files go through the same ingest as
// import (.txt, .md, .html); the first file is the base unless --base names another (a path
// given on the command line, or its position counted from 1). With --json, stdout carries the
// retold.comparison/2 object (contract/comparison.schema.json) and nothing else; errors always
// go to stderr with a non-zero exit. A file may be named by a unique prefix of its name
// ("003" for 003_8e76….txt); otherwise the error lists the names that came close. Versions
// are numbered by their position on the command line (#1 is the first file), paragraphs as
// everywhere in Retold (engine/numbering.ts).
import { ingest, readImportFile } from '../backend/ingest';
import { ingestInWorker } from '../backend/ingest/worker-pool';
import { AppError, isAppError } from '../contract/errors';
import { compare, type VersionInput } from '../engine/index';
import { formatReport } from './compare-report';
import { parseCommand } from './args';
import type { CliIO } from './io';
import { resolveFile } from './names';

const USAGE =
  'Usage: retold compare FILE FILE... [--base FILE|N] [--json] [--ignore-case] [--no-spelling-fold]\n' +
  '       retold compare --story STORY [--base VERSION] [--json]';

function parse(args: string[]) {
  return parseCommand(
    {
      args,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        story: { type: 'string' },
        json: { type: 'boolean' },
        'ignore-case': { type: 'boolean' },
        'no-spelling-fold': { type: 'boolean' },
      },
    },
    USAGE,
  );
}

/**
 * Index of the base: a file as named on the command line (or as its name was completed),
 * or a position counted from 1.
 */
function baseIndex(base: string | undefined, typed: string[], files: string[]): number {
  if (base === undefined) return 0;
  const byName = [typed.indexOf(base), files.indexOf(base)].find((i) => i !== -1);
  if (byName !== undefined) return byName;
  if (/^\d+$/.test(base)) {
    const n = Number(base);
    if (n >= 1 && n <= files.length) return n - 1;
  }
  throw new AppError(
    'bad_input',
    `--base must be one of the files given or a number from 1 to ${files.length}; got “${base}”.`,
  );
}

/**
 * HTML, or text that may hold HTML, is read in the import worker with its time limit, as an
 * import is (a tangled page cannot hold the command); plain text skips the worker's start-up.
 */
function mayBeHtml(name: string, bytes: Uint8Array): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  return /<[a-z!/]/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
}

async function load(file: string, number: number): Promise<VersionInput> {
  const { name, bytes } = await readImportFile(file);
  const doc = await (mayBeHtml(name, bytes) ? ingestInWorker : ingest)({ name, bytes });
  return {
    id: file,
    number,
    text: doc.text,
    outlet: doc.meta.outlet,
    title: doc.meta.title,
    published: doc.meta.published,
  };
}

/** Runs the compare command; returns the exit code (0 ok, 1 unreadable input, 2 usage). */
export async function runCompare(args: string[], io: CliIO, library?: string): Promise<number> {
  try {
    const { values, positionals } = parse(args);
    if (values.story !== undefined) {
      // A story in the library (cli/compare-story.ts); files and file options do not apply.
      if (positionals.length > 0 || values['ignore-case'] || values['no-spelling-fold']) {
        throw new AppError(
          'bad_input',
          `--story compares a library story: name no files.\n${USAGE}`,
        );
      }
      if (!library) throw new AppError('bad_input', 'No library to read the story from.');
      const color = io.isTTY && !process.env.NO_COLOR;
      // loaded only here: it opens the library (better-sqlite3), which a file compare never needs
      const { runStoryCompare } = await import('./compare-story');
      return runStoryCompare(
        library,
        { ...values, story: values.story, json: values.json === true, color },
        io,
      );
    }
    if (positionals.length < 2) {
      throw new AppError('bad_input', `Name at least two files to compare.\n${USAGE}`);
    }
    // "003" stands for the one file whose name starts with 003 (cli/names.ts).
    const files = positionals.map(resolveFile);
    const base = baseIndex(values.base, positionals, files);
    const versions: VersionInput[] = [];
    for (const [i, file] of files.entries()) versions.push(await load(file, i + 1));
    const result = compare(versions, {
      base,
      ignoreCase: values['ignore-case'] === true,
      foldSpelling: values['no-spelling-fold'] !== true,
    });
    if (values.json === true) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout(formatReport(result, io.isTTY && !process.env.NO_COLOR));
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`retold compare: ${message}\n`);
    return isAppError(err) && err.code === 'bad_input' ? 2 : 1;
  }
}
