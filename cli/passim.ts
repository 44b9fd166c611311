// The passim round trip on the command line (issue 12, item 6; the steps are in the README):
//   retold export --passim DIR [--unsorted]      the library as passim's input (JSON lines)
//   retold import --passim-clusters FILE|DIR     passim's clusters back, as story proposals
// Proposals are reviewed in the app ("Group unsorted articles"), like the near-duplicate ones.
import { startBackend } from '../backend/app';
import { exportPassim } from '../backend/collections/passim-export';
import { importPassimClusters, type PassimImport } from '../backend/collections/passim-import';
import { AppError } from '../contract/errors';
import { parseCommand } from './args';
import type { CliIO } from './io';

const EXPORT_USAGE = 'Usage: retold export --passim DIR [--unsorted]';

/** `retold export --passim DIR [--unsorted]`; returns the exit status. */
export function runPassimExport(args: string[], file: string, io: CliIO): number {
  const { values, positionals } = parseCommand(
    {
      args,
      allowPositionals: true,
      options: { passim: { type: 'string' }, unsorted: { type: 'boolean' } },
    },
    EXPORT_USAGE,
  );
  if (!values.passim || positionals.length > 0)
    throw new AppError('bad_input', `Name the folder to write after --passim.\n${EXPORT_USAGE}`);
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  try {
    const { files, documents } = exportPassim(ctx.library, values.passim, {
      unsortedOnly: values.unsorted === true,
    });
    const which = values.unsorted === true ? 'unsorted articles' : 'articles';
    io.stdout(
      `Wrote ${documents} ${which} in passim's input format to ${values.passim} ` +
        `(${files.length} ${files.length === 1 ? 'file' : 'files'}).\n` +
        `Run passim on them, then: retold import --passim-clusters OUTPUT/out.json\n`,
    );
    return 0;
  } finally {
    ctx.library.close();
  }
}

/** The report of an import of passim's clusters. */
export function describePassimImport(r: PassimImport): string {
  const lines = [
    `Read ${r.passages} passages in ${r.clusters} clusters from passim.`,
    `Stored ${r.proposals} story ${r.proposals === 1 ? 'proposal' : 'proposals'} ` +
      `covering ${r.articles} unsorted articles, replacing earlier passim proposals.`,
  ];
  if (r.skipped > 0)
    lines.push(
      `${r.skipped} articles were left out: already in a story with other versions, in a pending proposal of the grouping, or alone in their cluster.`,
    );
  if (r.inSeveral > 0)
    lines.push(
      `${r.inSeveral} articles were in several clusters; each was proposed with the cluster sharing most of its text.`,
    );
  if (r.unknownCount > 0) {
    const more = r.unknownCount - r.unknownIds.length;
    lines.push(
      `${r.unknownCount} ids name no article of this library: ${r.unknownIds.join(', ')}` +
        `${more > 0 ? ` and ${more} more` : ''}.`,
    );
  }
  lines.push(
    r.proposals > 0
      ? 'Nothing has moved yet. Review the proposals in Retold: run `retold serve` (or open the desktop app) and choose “Group unsorted articles” in the sidebar.'
      : 'Nothing to review.',
  );
  return `${lines.join('\n')}\n`;
}

/** `retold import --passim-clusters FILE|DIR`; returns the exit status (1 with unknown ids). */
export async function runPassimImport(input: string, file: string, io: CliIO): Promise<number> {
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  try {
    const r = await importPassimClusters(ctx.library, input);
    io.stdout(describePassimImport(r));
    return r.unknownCount > 0 ? 1 : 0;
  } finally {
    ctx.library.close();
  }
}
