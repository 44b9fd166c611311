// `retold import` of folders, CSV/JSONL files and URL lists (issue 12): a bulk import with a
// progress line (a bar redrawn in place on a terminal, a plain line every few seconds in a log),
// Ctrl-C to stop with everything written so far kept, and a summary at the end, also written
// as CSV with --summary FILE.
import { startBackend } from '../backend/app';
import { BulkImport, type BulkProgress, type BulkRecord } from '../backend/bulk/job';
import { summaryCsv } from '../backend/bulk/summary';
import { writeAtomic } from '../backend/write-atomic';
import type { CliIO } from './io';

/** How the CLI shows a bulk import. */
export const BULK_CLI = {
  /** Width of the bar in characters. */
  barWidth: 24,
  /** A terminal's bar is redrawn at most this often; more is flicker and wasted writes. */
  redrawMs: 100,
  /** Without a terminal, one progress line this often, so a log shows life without flooding. */
  lineEveryMs: 5_000,
  /** Reasons listed at the end; the rest are counted (all are in the --summary CSV). */
  listedRefusals: 20,
} as const;

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** "[#####-----]  41% 820 read: 790 imported, 20 duplicates, 10 not imported · 95/s · 0:12 left" */
export function progressLine(p: BulkProgress, bar: boolean): string {
  const share = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
  const filled = Math.round(share * BULK_CLI.barWidth);
  const head = bar
    ? `[${'#'.repeat(filled)}${'-'.repeat(BULK_CLI.barWidth - filled)}] `
    : 'progress: ';
  const left = p.secondsLeft === null ? '' : ` · ${clock(p.secondsLeft)} left`;
  return (
    `${head}${String(Math.round(share * 100)).padStart(3)}% ${p.processed} read: ` +
    `${p.imported} imported, ${p.duplicates} duplicates, ${p.notImported} not imported · ` +
    `${p.perSecond.toFixed(p.perSecond < 10 ? 1 : 0)}/s${left}`
  );
}

function reporter(io: CliIO): (p: BulkProgress) => void {
  let last = 0;
  return (p) => {
    if (p.state !== 'running') return; // the final report draws the last line
    const now = Date.now();
    const every = io.isTTY ? BULK_CLI.redrawMs : BULK_CLI.lineEveryMs;
    if (now - last < every) return;
    last = now;
    if (io.isTTY) io.stderr(`\r\x1b[2K${progressLine(p, true)}`);
    else io.stderr(`${progressLine(p, false)}\n`);
  };
}

function finalReport(p: BulkProgress, records: readonly BulkRecord[], io: CliIO): void {
  if (io.isTTY) io.stderr(`\r\x1b[2K${progressLine(p, true)}\n`);
  const refused = records.filter((r) => r.outcome === 'not imported');
  for (const r of refused.slice(0, BULK_CLI.listedRefusals))
    io.stderr(`${r.source}: not imported: ${r.reason}\n`);
  if (refused.length > BULK_CLI.listedRefusals)
    io.stderr(`…and ${refused.length - BULK_CLI.listedRefusals} more not imported.\n`);
  const how =
    p.state === 'cancelled'
      ? 'Import stopped'
      : p.state === 'failed'
        ? 'Import failed'
        : 'Import finished';
  io.stdout(
    `${how} after ${clock(p.elapsedMs / 1000)}: ${p.imported} imported, ${p.duplicates} ` +
      `duplicates (already in the library), ${p.notImported} not imported.\n`,
  );
  if (p.state === 'cancelled')
    io.stdout('Everything imported before you stopped is kept; run the same command to go on.\n');
  if (p.error) io.stderr(`${p.error}\n`);
}

/**
 * Runs a bulk import of `paths` into the library `file`; returns the exit status: 0 when all
 * was imported or already there, 1 when anything was not imported or the import failed, 130
 * when stopped with Ctrl-C.
 */
export async function runBulkImport(
  file: string,
  paths: string[],
  options: { story?: string; summary?: string },
  io: CliIO,
): Promise<number> {
  const ctx = startBackend({ file, shell: 'cli' });
  const onSigint = (): void => {
    job.cancel();
    io.stderr('\nStopping: writing what is already read, then ending…\n');
  };
  const job = new BulkImport(ctx, paths, {
    ...(options.story ? { story: options.story } : {}),
    onProgress: reporter(io),
  });
  process.once('SIGINT', onSigint);
  try {
    await job.done;
    const p = job.progress();
    const records = job.ordered();
    finalReport(p, records, io);
    if (options.summary) {
      writeAtomic(options.summary, summaryCsv(records));
      io.stdout(`Summary written to ${options.summary}.\n`);
    }
    if (p.state === 'cancelled') return 130;
    return p.state === 'failed' || p.notImported > 0 ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
    ctx.library.close();
  }
}
