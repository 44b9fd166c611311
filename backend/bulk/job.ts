// One bulk import, from its paths to its summary. Entries are read in order; up to
// BULK.inFlightLocal of them (BULK.inFlight web addresses) are being ingested at once (the
// import workers hold them, so they are not idle while the main thread writes), and articles are written
// BULK.batchSize at a time, each batch in one transaction. Cancelling stops reading new
// entries, writes what is already read, leaves what is still being read, and ends: everything
// written stays, and an interruption of any kind (a crash, a killed process) leaves only whole
// batches.
import { AppError } from '../../contract/errors';
import { writeBulkBatch, type BulkWritten } from '../../db/bulk-write';
import { mergeRecentBands } from '../../db/minhash-recent';
import { explainSqliteError } from '../../db';
import type { BackendContext } from '../context';
import { userAgentOf } from '../fetch/user-agent';
import { Completion } from './completion';
import { prepareEntry, type Prepared } from './prepare';
import { entriesOf, planInputs } from './sources';

/** Tuning of bulk import. */
export const BULK = {
  /** Articles per write transaction: big enough to amortise the commit, small enough to lose
   * little work on a crash and to let other writers in between batches. A batch's 64 band rows
   * per article land on pages all over the near-duplicate index, so the more of them one
   * commit writes, the more share a page: in a library of 20,000 articles the main thread's
   * CPU per article was 1.13 ms with 200, 0.86 ms with 500 and 0.69 ms with 1,000. */
  batchSize: 500,
  /** Web addresses being fetched at once (each a connection to someone's site). */
  inFlight: 32,
  /** Files and rows being read at once: enough that the import workers, which hold the next
   * ones (backend/ingest/worker-pool.ts), keep working while the main thread writes a batch
   * (with 32, both waited for every batch: 168 s of CPU in 134 s of a 100,000-row import). */
  inFlightLocal: 1_024,
  /** ...and at most this many bytes of them, so that large pages are not all held at once. */
  inFlightBytes: 64 * 1024 * 1024,
} as const;

/** One line of the summary. */
export interface BulkRecord {
  /** Position in reading order (records are written in batches, so out of order). */
  seq: number;
  source: string;
  outcome: 'imported' | 'duplicate' | 'not imported';
  /** Why not imported; for a duplicate, where the text already is; warnings of an import. */
  reason: string;
  storyId: number | null;
  storyTitle: string | null;
  versionNumber: number | null;
}

/** Where an import is. `secondsLeft` is null until something has been read. */
export interface BulkProgress {
  state: 'running' | 'done' | 'cancelled' | 'failed';
  processed: number;
  imported: number;
  duplicates: number;
  notImported: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  perSecond: number;
  secondsLeft: number | null;
  /** Why the import stopped, when it failed (the library could not be written). */
  error: string | null;
}

type Ready = { prepared: Prepared; weight: number; seq: number };

const isImported = (w: BulkWritten): boolean => w.outcome === 'imported';

/** A running or finished bulk import. `done` resolves when it has stopped, never rejects. */
export class BulkImport {
  readonly records: BulkRecord[] = [];
  readonly done: Promise<void>;
  private state: BulkProgress['state'] = 'running';
  private cancelled = false;
  /** Stops the page fetches under way when the import is cancelled. */
  private readonly abort = new AbortController();
  private bytesTotal = 0;
  private bytesDone = 0;
  private error: string | null = null;
  private readonly counts: Record<BulkRecord['outcome'], number> = {
    imported: 0,
    duplicate: 0,
    'not imported': 0,
  };
  private readonly started = Date.now();
  private ended: number | null = null;
  private pending: {
    prepared: Extract<Prepared, { article: unknown }>;
    seq: number;
  }[] = [];
  private seq = 0;

  constructor(
    private readonly ctx: BackendContext,
    paths: readonly string[],
    private readonly options: { story?: string; onProgress?: (p: BulkProgress) => void } = {},
  ) {
    this.done = this.run(paths);
  }

  /** The records in reading order. */
  ordered(): BulkRecord[] {
    return [...this.records].sort((a, b) => a.seq - b.seq);
  }

  /** Asks the import to stop; it ends after writing what is already read. */
  cancel(): void {
    this.cancelled = true;
    this.abort.abort();
  }

  progress(): BulkProgress {
    const elapsedMs = (this.ended ?? Date.now()) - this.started;
    // Read so far: recorded, and articles waiting for their batch to be written.
    const processed = this.records.length + this.pending.length;
    const left = this.bytesTotal - this.bytesDone;
    return {
      state: this.state,
      processed,
      imported: this.counts.imported,
      duplicates: this.counts.duplicate,
      notImported: this.counts['not imported'],
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      elapsedMs,
      perSecond: elapsedMs > 0 ? (processed * 1000) / elapsedMs : 0,
      secondsLeft:
        this.bytesDone > 0 && this.state === 'running'
          ? Math.max(0, (elapsedMs / 1000) * (left / this.bytesDone))
          : null,
      error: this.error,
    };
  }

  private async run(paths: readonly string[]): Promise<void> {
    try {
      const inputs = await planInputs(paths);
      this.bytesTotal = inputs.reduce((sum, i) => sum + i.size, 0);
      const story = this.options.story?.trim() || null;
      const fetch = {
        userAgent: userAgentOf(this.ctx.library, this.ctx.appVersion),
        signal: this.abort.signal,
      };
      const inFlight = new Completion<Ready>();
      let bytes = 0;
      const takeNext = async (): Promise<void> => {
        const ready = await inFlight.next();
        bytes -= ready.weight;
        this.take(ready);
      };
      for await (const entry of entriesOf(inputs)) {
        if (this.cancelled) break;
        const seq = this.seq++;
        const ready = prepareEntry(entry, story, fetch).then((prepared) => ({
          prepared,
          weight: entry.weight,
          seq,
        }));
        inFlight.add(ready);
        bytes += entry.weight;
        const most = entry.kind === 'url' ? BULK.inFlight : BULK.inFlightLocal;
        while (
          !this.cancelled &&
          (inFlight.size >= most || (bytes > BULK.inFlightBytes && inFlight.size > 0))
        ) {
          await takeNext();
        }
      }
      // Cancelled: what has been read is written; entries still being read are left (up to
      // BULK.inFlightLocal of them, which would otherwise all be imported after the click).
      while (!this.cancelled && inFlight.size > 0) await takeNext();
      this.flush();
      // The import's recent band keys join the big index now, in one pass in key order,
      // rather than with the next import (look-ups find them in either index).
      mergeRecentBands(this.ctx.library.db);
      this.state = this.cancelled ? 'cancelled' : 'done';
    } catch (err) {
      this.state = 'failed';
      const known = explainSqliteError(err, this.ctx.library.file);
      this.error = known instanceof AppError ? known.message : 'The import stopped unexpectedly.';
    }
    this.ended = Date.now();
    this.options.onProgress?.(this.progress());
  }

  private record(r: BulkRecord): void {
    this.records.push(r);
    this.counts[r.outcome]++;
  }

  /** Counts an entry as read: refused ones are recorded now, articles when their batch is. */
  private take({ prepared, weight, seq }: Ready): void {
    this.bytesDone += weight;
    if ('refused' in prepared) {
      this.record({
        seq,
        source: prepared.source,
        outcome: 'not imported',
        reason: prepared.refused,
        storyId: null,
        storyTitle: null,
        versionNumber: null,
      });
    } else {
      this.pending.push({ prepared, seq });
      // A page from the web is written as it arrives: pages come at network speed, where a
      // transaction each costs nothing, and the person watching the addresses sees each land.
      if (this.pending.length >= BULK.batchSize || prepared.article.version.fetch) this.flush();
    }
    this.options.onProgress?.(this.progress());
  }

  /** Writes the pending articles in one transaction, then records what became of each. */
  private flush(): void {
    // In reading order: the import workers (a pool) finish entries out of order, and of two
    // entries with the same text the one read first is the one imported, the other its duplicate.
    const batch = this.pending.sort((a, b) => a.seq - b.seq);
    if (batch.length === 0) return;
    const written = writeBulkBatch(
      this.ctx.library,
      batch.map((b) => b.prepared.article),
    );
    this.pending = [];
    batch.forEach(({ prepared, seq }, i) => {
      const w = written[i];
      if (!w) return;
      const dup = w.outcome === 'duplicate';
      this.record({
        seq,
        source: prepared.source,
        outcome: w.outcome,
        reason: dup
          ? `Already in the library as version #${w.number} of “${w.storyTitle}”.`
          : prepared.warnings.join(' '),
        storyId: w.storyId,
        storyTitle: w.storyTitle,
        versionNumber: w.number,
      });
    });
    // One event per batch, naming the stories it wrote into, so a view reloads only its own.
    const stories = [...new Set(written.filter(isImported).map((w) => w.storyId))];
    if (stories.length > 0) this.ctx.events.emit('library:changed', { reason: 'import', stories });
  }
}
