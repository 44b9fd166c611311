import { AppError, isAppError } from '../contract/errors';
import pkg from '../package.json';
import { resolveLibrary } from '../backend/paths';
import { processIO, type CliIO } from './io';

// Each command is imported only when it runs: the engine, jsdom and better-sqlite3 take most of a
// second to load, and `retold --help` should not pay for them (bench/cli-startup.bench.ts).
// The version comes straight from package.json for the same reason (backend/app opens SQLite).
const APP_VERSION: string = pkg.version;

const HELP = `retold ${APP_VERSION}: see how a news story changed as it was republished.

Usage:
  retold serve [--port N] [--no-open]      open Retold in your browser (browser mode)
  retold import FILE... [--story TITLE]    add articles (.txt, .md, .html) to a story
  retold import PATH... [--story TITLE] [--summary FILE]
                                           bulk import: folders (recursively), .csv and .jsonl
                                           files (columns text or html, title, outlet, url,
                                           published, story), web addresses (http(s) given,
                                           or one per line in a .urls or .txt file: fetched
                                           and kept with the evidence of the fetch), one
                                           story per article unless a story is named; Ctrl-C
                                           stops and keeps what was imported; --summary
                                           writes the outcome as CSV
  retold list [--json]                     list the stories in the library
  retold compare FILE FILE... [--base FILE|N] [--json] [--ignore-case] [--no-spelling-fold]
                                           compare versions of a story
  retold compare --story STORY [--base VERSION] [--json]
                                           compare a story in the library (STORY: its id or
                                           title; VERSION: its number, 3 or #3, or id:N)
  retold export STORY --format json|csv|html|pdf [--out FILE] [--base VERSION] [--bom]
                                           export a story's findings (stdout without --out)
  retold export --all --format csv [--out FILE] [--bom]
                                           every finding of every story in one CSV
  retold export --outlets FILE.csv [--bom] findings summed by outlet across the library
  retold group                             propose stories for the unsorted articles (those
                                           alone in their story), to review in the app
  retold export --passim DIR [--unsorted]  the library (or its unsorted articles) as passim's
                                           input, to find reprints on a Spark cluster
  retold import --passim-clusters FILE     passim's clusters (its out.json) as story proposals,
                                           reviewed under "Group unsorted articles"
  retold check [--full] [--repair]         check the library for damage; --full is slower and
                                           more thorough; --repair restores the newest good
                                           automatic backup (keeping the damaged file aside)
  retold --help | --version

Options for every command:
  --library PATH   use the library at PATH (a library file, or a folder to keep one in)
                   instead of RETOLD_DATA_DIR or your per-user data folder.

--port 0 (the default) picks any free port. The browser address carries a per-launch token.`;

/** Pulls `--library PATH` out of the arguments (it may stand anywhere). */
function takeLibraryFlag(args: string[]): { library: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let library: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--library') {
      library = args[++i];
      if (!library) throw new AppError('bad_input', '--library needs a path.');
    } else if (a.startsWith('--library=')) {
      library = a.slice('--library='.length);
    } else rest.push(a);
  }
  return { library, rest };
}

/** Runs the `retold` command line; returns the exit status. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    const { library, rest } = takeLibraryFlag(argv);
    const [command, ...args] = rest;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${HELP}\n\nLibrary: ${resolveLibrary(library).file}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${APP_VERSION}\n`);
      return 0;
    }
    const file = resolveLibrary(library).file;
    switch (command) {
      case 'serve':
        return await (await import('./serve')).runServe(args, file, io);
      case 'import':
        return await (await import('./import')).runImport(args, file, io);
      case 'list':
        return await (await import('./list')).runList(args, file, io);
      case 'compare':
        return await (await import('./compare')).runCompare(args, io, file);
      case 'export':
        return await (await import('./export')).runExport(args, file, io);
      case 'group':
        return (await import('./group')).runGroup(args, file, io);
      case 'check':
        return (await import('./check')).runCheck(args, file, io);
      default:
        io.stderr(`retold: unknown command “${command}”. Run \`retold --help\`.\n`);
        return 2;
    }
  } catch (err) {
    io.stderr(`retold: ${err instanceof Error ? err.message : String(err)}\n`);
    // not `instanceof`: a command's modules may hold another copy of the class (isAppError)
    return isAppError(err) ? 1 : 70;
  }
}
