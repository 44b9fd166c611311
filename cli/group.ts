// `retold group`: "Group unsorted articles" from the command line. On a large library the
// grouping takes minutes (about two for 100,000 articles); from a terminal it runs beside the
// open app (two writers queue on SQLite's lock) and shows its progress, in articles examined.
// The proposals are then reviewed in the app.
import { startBackend } from '../backend/app';
import { proposeStories } from '../backend/collections/propose';
import { storeProposals } from '../backend/collections/review';
import { parseCommand } from './args';
import type { CliIO } from './io';

/** How often a progress line is written: redrawn on a terminal, a plain line in a log. */
export const GROUP_CLI = { redrawMs: 200, lineEveryMs: 5_000 } as const;

/** Runs `retold group`; returns the exit status. */
export function runGroup(args: string[], file: string, io: CliIO): number {
  parseCommand({ args, options: {} }, 'Usage: retold group');
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  try {
    const started = performance.now();
    let last = 0;
    const proposals = proposeStories(ctx.library, {
      onProgress: ({ done, total, articlesDone, articles }) => {
        const now = performance.now();
        if (total === 0) return; // no similar articles: the summary says so
        if (now - last < (io.isTTY ? GROUP_CLI.redrawMs : GROUP_CLI.lineEveryMs) && done < total)
          return;
        last = now;
        const line = `Examined ${articlesDone} of ${articles} articles (${done} of ${total} groups of similar articles)`;
        io.stderr(io.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
      },
    });
    if (io.isTTY && last > 0) io.stderr('\n');
    const run = storeProposals(ctx.library, 'near-duplicates', proposals);
    const s = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      run.proposals === 0
        ? `No unsorted articles look like versions of one another (${s} s).\n`
        : `Proposed ${run.proposals} ${run.proposals === 1 ? 'story' : 'stories'} for ` +
            `${run.articles} unsorted articles in ${s} s. Nothing has moved yet: review them in ` +
            'Retold (`retold serve`, or the desktop app) under “Group unsorted articles”.\n',
    );
    if (run.skipped > 0)
      io.stdout(
        `${run.skipped} articles are held by passim's pending proposals and were left out.\n`,
      );
    return 0;
  } finally {
    ctx.library.close();
  }
}
