// "Group unsorted articles" as a background job (`grouping.propose/status/cancel`), so the
// backend keeps answering while it runs: about two minutes for 100,000 articles, during which
// the browser-mode server and Electron's main process would otherwise answer nothing.
//
// The grouping is cooperative rather than in a worker thread: proposeSteps (propose.ts) yields
// after each LSH band read, every few hundred candidate pairs and after each pair of texts
// compared, and the job runs steps for GROUPING_JOB.sliceMs, then gives
// the event loop a turn (setImmediate) to answer calls and checks whether it was cancelled. A
// worker would need its own bundle entry and the native SQLite binding in each host for no gain
// in speed on two cores. Proposals are stored in one transaction at the end, so a cancelled or
// failed run leaves the earlier pending proposals as they were.
import { isAppError } from '../../contract/errors';
import { explainSqliteError } from '../../db';
import type { BackendContext } from '../context';
import { proposeSteps, type GroupingProgress } from './propose';
import { storeProposals, type StoredRun } from './review';

/** Tuning of the grouping job. */
export const GROUPING_JOB = {
  /**
   * Work done between two turns of the event loop: short enough that a call waiting behind it
   * is answered well within 200 ms, long enough that the turns cost nothing measurable.
   */
  sliceMs: 20,
} as const;

/** Where a grouping run is (contract/grouping-methods.ts, groupingProgressSchema). */
export interface GroupingJobProgress {
  state: 'running' | 'done' | 'cancelled' | 'failed';
  /** 'candidates': reading the near-duplicate index; 'verifying': comparing texts. */
  stage: 'candidates' | 'verifying' | 'storing' | 'ended';
  articlesDone: number;
  /** Articles to examine; null until the unsorted articles are counted. */
  articles: number | null;
  groupsDone: number;
  groups: number | null;
  elapsedMs: number;
  /** Articles examined per second so far. */
  perSecond: number;
  /** Estimated from the verification so far; null before it starts and once stopped. */
  secondsLeft: number | null;
  error: string | null;
}

/** What a finished run stored. */
export type GroupingRunResult = StoredRun & { ms: number };

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A running or finished grouping. `done` resolves when it has stopped, never rejects. */
export class GroupingJob {
  readonly done: Promise<void>;
  result: GroupingRunResult | null = null;
  private state: GroupingJobProgress['state'] = 'running';
  private stage: GroupingJobProgress['stage'] = 'candidates';
  private cancelled = false;
  private last: GroupingProgress | null = null;
  /** When verification started, and how many articles were examined by then. */
  private verifyFrom: { at: number; articles: number } | null = null;
  private error: string | null = null;
  private readonly started = performance.now();
  private ended: number | null = null;

  constructor(private readonly ctx: BackendContext) {
    this.done = this.run();
  }

  /** Asks the run to stop at its next pause; nothing of it is stored. */
  cancel(): void {
    if (this.state === 'running') this.cancelled = true;
  }

  progress(): GroupingJobProgress {
    const now = performance.now();
    const elapsedMs = Math.round((this.ended ?? now) - this.started);
    const p = this.last;
    const articlesDone = p?.articlesDone ?? 0;
    return {
      state: this.state,
      stage: this.stage,
      articlesDone,
      articles: p?.articles ?? null,
      groupsDone: p?.done ?? 0,
      groups: p?.total ?? null,
      elapsedMs,
      perSecond: elapsedMs > 0 ? (articlesDone * 1000) / elapsedMs : 0,
      secondsLeft: this.secondsLeft(now),
      error: this.error,
    };
  }

  /** Time left at the verification's own rate (the candidate stage says nothing of it). */
  private secondsLeft(now: number): number | null {
    const p = this.last;
    const from = this.verifyFrom;
    if (this.stage !== 'verifying' || !p || !from || p.articlesDone <= from.articles) return null;
    const rate = (p.articlesDone - from.articles) / ((now - from.at) / 1000);
    return Math.max(0, (p.articles - p.articlesDone) / rate);
  }

  private async run(): Promise<void> {
    try {
      await turn(); // answer `grouping.propose` before the first slice of work
      const steps = proposeSteps(this.ctx.library);
      let sliceStart = performance.now();
      for (;;) {
        if (this.cancelled) break;
        const step = steps.next();
        if (step.done) {
          this.stage = 'storing';
          const run = storeProposals(this.ctx.library, 'near-duplicates', step.value);
          this.result = { ...run, ms: Math.round(performance.now() - this.started) };
          this.ctx.events.emit('library:changed', { reason: 'proposals', stories: [] });
          break;
        }
        this.onStep(step.value);
        if (performance.now() - sliceStart >= GROUPING_JOB.sliceMs) {
          await turn();
          sliceStart = performance.now();
        }
      }
      this.state = this.cancelled && !this.result ? 'cancelled' : 'done';
    } catch (err) {
      this.state = 'failed';
      const known = isAppError(err) ? err : explainSqliteError(err, this.ctx.library.file);
      this.error =
        known?.message ??
        'Finding proposals stopped unexpectedly; the earlier proposals are as they were.';
    }
    this.stage = 'ended';
    this.ended = performance.now();
  }

  private onStep(p: GroupingProgress): void {
    if (p.stage === 'verifying' && !this.verifyFrom)
      this.verifyFrom = { at: performance.now(), articles: p.articlesDone };
    this.stage = p.stage;
    this.last = p;
  }
}
