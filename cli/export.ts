// `retold export STORY --format json|csv|html|pdf [--out FILE] [--base VERSION] [--bom]` and
// `retold export --all --format csv [--out FILE] [--bom]`: a story's findings out of the
// library (backend/export). `retold export --outlets FILE.csv [--bom]` writes the findings
// summed by outlet across the library (backend/outlets), comparing stories not yet summarised.
// Without --out the export goes to stdout and nothing else does; with --out it is written to a
// temporary file beside FILE and renamed over it, so a failed or interrupted export never
// leaves half a file where a good one was.
import { APP_VERSION, startBackend } from '../backend/app';
import {
  collectAll,
  collectStory,
  findingRows,
  findingsCsv,
  htmlToPdf,
  resolveStory,
  resolveVersion,
  storyExportJsonText,
  storyReportHtml,
} from '../backend/export/index';
import { libraryOutletsCsv } from '../backend/outlets/handlers';
import { writeAtomic } from '../backend/write-atomic';
import { AppError, isAppError } from '../contract/errors';
import type { Library } from '../db';
import { parseCommand } from './args';
import type { CliIO } from './io';

const USAGE = `Usage: retold export STORY --format json|csv|html|pdf [--out FILE] [--base VERSION] [--bom]
       retold export --all --format csv [--out FILE] [--bom]
       retold export --outlets FILE.csv [--bom]`;

const FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

function parse(args: string[]) {
  const { values, positionals } = parseCommand({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      all: { type: 'boolean' },
      bom: { type: 'boolean' },
      outlets: { type: 'string' },
    },
  });
  if (values.outlets !== undefined) return parseOutlets(values, positionals);
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) {
    throw new AppError(
      'bad_input',
      `Choose a format with --format json, csv, html or pdf.\n${USAGE}`,
    );
  }
  if (values.all === true ? positionals.length !== 0 : positionals.length !== 1) {
    throw new AppError('bad_input', `Name one story (its id or title), or --all.\n${USAGE}`);
  }
  if (values.all === true && format !== 'csv') {
    throw new AppError(
      'bad_input',
      '--all exports every finding of every story as CSV: use --format csv.',
    );
  }
  if (format === 'pdf' && !values.out) {
    throw new AppError('bad_input', 'A PDF is not text: name the file to write with --out FILE.');
  }
  return { ...values, format, story: positionals[0] };
}

/** `--outlets FILE`: nothing else but `--bom` goes with it. */
function parseOutlets(values: Record<string, unknown>, positionals: string[]) {
  const others = ['format', 'out', 'base', 'all'].filter((k) => values[k] !== undefined);
  if (positionals.length > 0 || others.length > 0 || values.outlets === '') {
    throw new AppError(
      'bad_input',
      `--outlets FILE.csv writes the totals of every outlet across the library; it takes no story and no other option but --bom.\n${USAGE}`,
    );
  }
  return {
    outlets: String(values.outlets),
    bom: values.bom === true,
    format: 'csv' as Format,
    out: undefined,
    base: undefined,
    all: undefined,
    story: undefined,
  };
}

type Options = ReturnType<typeof parse>;

/** The export's content and a one-line description of it. */
async function produce(
  lib: Library,
  o: Options,
): Promise<{ data: string | Uint8Array; what: string }> {
  const opts = { appVersion: APP_VERSION };
  if (o.outlets !== undefined) {
    const { text, outlets } = libraryOutletsCsv(lib, o.bom === true);
    return { data: text, what: `the totals of ${outlets} outlet${outlets === 1 ? '' : 's'}` };
  }
  if (o.all === true) {
    const { exports, skipped } = collectAll(lib, opts);
    const rows = exports.flatMap(findingRows);
    const note =
      skipped.length > 0 ? `; ${skipped.length} with fewer than two versions left out` : '';
    return {
      data: findingsCsv(rows, { bom: o.bom === true }),
      what: `${rows.length} findings of ${exports.length} ${exports.length === 1 ? 'story' : 'stories'}${note}`,
    };
  }
  const story = resolveStory(lib, o.story ?? '');
  const baseVersionId = o.base ? resolveVersion(lib.listVersions(story.id), o.base).id : undefined;
  const x = collectStory(lib, story.id, { ...opts, baseVersionId });
  const what = `“${story.title}” (${x.comparison.versions.length} versions)`;
  switch (o.format) {
    case 'json':
      return { data: storyExportJsonText(x), what };
    case 'csv': {
      const rows = findingRows(x);
      return {
        data: findingsCsv(rows, { bom: o.bom === true }),
        what: `${rows.length} findings of ${what}`,
      };
    }
    case 'html':
      return { data: storyReportHtml(x), what: `the report of ${what}` };
    case 'pdf':
      return { data: await htmlToPdf(storyReportHtml(x)), what: `the report of ${what}` };
  }
}

/** Runs `retold export`; returns the exit status (0 done, 1 failed, 2 usage). */
export async function runExport(args: string[], file: string, io: CliIO): Promise<number> {
  try {
    if (args.some((a) => a === '--passim' || a.startsWith('--passim=')))
      return (await import('./passim')).runPassimExport(args, file, io);
    const o = parse(args);
    const ctx = startBackend({ file, shell: 'cli' });
    try {
      const { data, what } = await produce(ctx.library, o);
      const out = o.outlets ?? o.out;
      if (out) {
        writeAtomic(out, data);
        io.stdout(`Wrote ${what} to ${out}.\n`);
      } else io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('latin1'));
      return 0;
    } finally {
      ctx.library.close();
    }
  } catch (err) {
    io.stderr(`retold export: ${err instanceof Error ? err.message : String(err)}\n`);
    return isAppError(err) && err.code === 'bad_input' ? 2 : 1;
  }
}
