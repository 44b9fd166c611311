// A story's comparison: from the library's cache, else from the engine in a worker, behind
// the guards of compare-limits.ts (size, time limit, a crash on the last run). Each guard
// that stops a comparison leaves a `held` state that says why and offers the ways on.
import { useEffect, useState } from 'react';
import {
  withVersionNumbers,
  type CompareOptions,
  type Comparison,
  type VersionInput,
} from '../../../engine';
import { ApiError, call } from '../api/client';
import type { StoryDetail, VersionSummary } from '../lib/types';
import { cacheKey } from './cache-key';
import {
  COMPARE_LIMITS,
  QUICK_OPTIONS,
  markEnded,
  markRunning,
  signatureHash,
  slowCompareHook,
  unfinishedEarlier,
} from './compare-limits';
import { CompareCancelled, CompareTimedOut, compareInWorker } from './engine-client';

/** A story's comparison, with the library versions in the comparison's order. */
export interface LoadedComparison {
  comparison: Comparison;
  /** versions[i] is the library version of comparison.versions[i]. */
  versions: VersionSummary[];
  source: 'cache' | 'engine';
  /** True for the quick comparison (QUICK_OPTIONS) chosen after a time-out. */
  quick: boolean;
}

/** How to run a comparison: the first run has every guard; the person can lift them. */
export interface RunMode {
  /** Ask before a very large story, and before one that did not finish last time. */
  guards: boolean;
  /** Stop the worker after COMPARE_LIMITS.timeoutMs. */
  timeLimit: boolean;
  /** Use QUICK_OPTIONS. */
  quick: boolean;
}

/** Why a comparison is not shown (yet). */
export type Hold =
  | { kind: 'size'; chars: number; versions: number }
  | { kind: 'unfinished' }
  | { kind: 'cancelled' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'error'; message: string };

/** What the comparison of a story is doing. */
export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading'; engine: boolean; cancel?: () => void }
  | { status: 'ready'; value: LoadedComparison; run: (mode: RunMode) => void }
  | { status: 'held'; hold: Hold; run: (mode: RunMode) => void };

const OPTIONS = { foldSpelling: true, ignoreCase: false } as const;
const AUTO: RunMode = { guards: true, timeLimit: true, quick: false };
// Stories whose quick comparison was chosen in this page: coming back shows it (cached)
// rather than running into the time limit again.
const quickChosen = new Set<string>();

/** Everything of the story the comparison depends on. */
function signatureOf(story: StoryDetail): string {
  return `${story.baseVersionId}|${story.versions.map((v) => `${v.id}:${v.contentHash}:${v.published}`).join(',')}`;
}

/** The hold a failed run ends in; a cancel needs none (the person's click shows it). */
function holdOf(err: unknown): Hold | null {
  if (err instanceof CompareCancelled) return null;
  if (err instanceof CompareTimedOut)
    return { kind: 'timeout', seconds: Math.round(err.ms / 1000) };
  const message =
    err instanceof ApiError || err instanceof Error ? err.message : 'The comparison failed.';
  return { kind: 'error', message };
}

/** Records a phase as a performance measure (`retold:engine`…), for the benchmark. */
function measure(phase: string, since: number): number {
  const now = performance.now();
  performance.measure(`retold:${phase}`, { start: since, end: now });
  return now;
}

/** What one run of `load` needs besides the story. */
interface LoadRun {
  mode: RunMode;
  signal: AbortSignal;
  /** Called when the engine starts (after the cache and the guards). */
  onEngine: () => void;
}

/** Runs the engine in a worker, recording the run so a crash is not repeated unasked. */
async function runEngine(
  story: StoryDetail,
  inputs: VersionInput[],
  options: CompareOptions,
  run: LoadRun,
): Promise<Comparison> {
  const hook = slowCompareHook();
  const slow = hook.match === undefined || inputs.some((v) => v.text.includes(hook.match ?? ''));
  run.onEngine();
  markRunning(story.id, signatureHash(signatureOf(story)));
  try {
    return await compareInWorker(inputs, options, {
      signal: run.signal,
      timeoutMs: run.mode.timeLimit ? (hook.timeoutMs ?? COMPARE_LIMITS.timeoutMs) : 0,
      delayMs: slow ? hook.delayMs : undefined,
    });
  } finally {
    markEnded(story.id);
  }
}

/**
 * Fetches the texts and compares them, unless a guard holds the comparison back (with
 * `run.mode.guards`): a story whose comparison did not finish last time, or a very large one.
 */
async function guardedEngine(
  story: StoryDetail,
  sorted: VersionSummary[],
  base: VersionSummary | null,
  options: CompareOptions,
  run: LoadRun,
): Promise<Comparison | Hold> {
  const hash = signatureHash(signatureOf(story));
  if (run.mode.guards && unfinishedEarlier(story.id, hash)) return { kind: 'unfinished' };
  let t = performance.now();
  const texts = await Promise.all(sorted.map((v) => call('versions.get', { id: v.id })));
  t = measure('texts', t);
  const chars = texts.reduce((n, v) => n + v.text.length, 0);
  const sizeGuard = slowCompareHook().sizeGuardChars ?? COMPARE_LIMITS.sizeGuardChars;
  if (run.mode.guards && chars > sizeGuard) {
    return { kind: 'size', chars, versions: texts.length };
  }
  const inputs: VersionInput[] = texts.map((v) => ({
    id: v.contentHash,
    text: v.text,
    published: v.published,
  }));
  const baseIndex = base ? sorted.indexOf(base) : -1;
  const comparison = await runEngine(
    story,
    inputs,
    { ...options, ...(baseIndex >= 0 ? { base: baseIndex } : {}) },
    run,
  );
  measure('engine', t);
  return comparison;
}

/**
 * Asks the library's cache, else fetches the texts and compares them in a worker and caches
 * the result; with `run.mode.guards`, returns a Hold instead of starting a risky comparison.
 */
async function load(story: StoryDetail, run: LoadRun): Promise<LoadedComparison | Hold> {
  const options = run.mode.quick ? { ...OPTIONS, ...QUICK_OPTIONS } : OPTIONS;
  // Sorted by content hash: the same texts always go to the engine in the same order.
  const sorted = [...story.versions].sort((a, b) =>
    a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0,
  );
  const base = sorted.find((v) => v.id === story.baseVersionId) ?? null;
  const key = await cacheKey({
    versions: sorted.map((v) => ({ hash: v.contentHash, published: v.published })),
    baseHash: base?.contentHash ?? null,
    options,
  });
  let comparison: Comparison | null = null;
  let source: LoadedComparison['source'] = 'cache';
  if (key) {
    const t = performance.now();
    const hit = await call('comparisons.get', { key });
    measure('cache', t);
    comparison = hit.comparison as Comparison | null;
  }
  if (!comparison) {
    source = 'engine';
    const computed = await guardedEngine(story, sorted, base, options, run);
    if ('kind' in computed) return computed;
    comparison = computed;
    if (key) {
      const contentHashes = sorted.map((v) => v.contentHash);
      // Caching is an optimisation: a failure to store must not hide the comparison.
      const stored = { ...comparison } as { format: Comparison['format'] } & Record<
        string,
        unknown
      >;
      void call('comparisons.put', { key, comparison: stored, contentHashes }).catch(
        () => undefined,
      );
    }
  }
  const byHash = new Map(story.versions.map((v) => [v.contentHash, v]));
  const versions = comparison.versions.map((v) => byHash.get(v.id));
  if (versions.some((v) => v === undefined)) throw new Error('The comparison is out of date.');
  const found = versions as VersionSummary[];
  // The cache is shared by every story with the same texts, so version numbers (which belong
  // to this story) are set here, never stored: "#n" is the library's number everywhere.
  return {
    comparison: withVersionNumbers(
      comparison,
      found.map((v) => v.number),
    ),
    versions: found,
    source,
    quick: run.mode.quick,
  };
}

/** The comparison of a story's versions (needs at least two). */
export function useComparison(story: StoryDetail | null): ComparisonState {
  const [state, setState] = useState<{ for: string; s: ComparisonState }>({
    for: '',
    s: { status: 'idle' },
  });
  // Each run the person asks for (Try again, Compare anyway…) is a new attempt.
  const [attempt, setAttempt] = useState<{ signature: string; n: number; mode: RunMode }>({
    signature: '',
    n: 0,
    mode: AUTO,
  });
  const enough = story !== null && story.versions.length >= 2;
  const signature = story ? signatureOf(story) : '';
  const mode =
    attempt.signature === signature ? attempt.mode : { ...AUTO, quick: quickChosen.has(signature) };
  const runKey = `${signature}#${attempt.signature === signature ? attempt.n : 0}`;

  useEffect(() => {
    if (!story || !enough) return;
    // Aborted when the story changes or the view goes: the worker is terminated at once, so
    // the next story never waits behind this one.
    const ctl = new AbortController();
    const show = (s: ComparisonState): void => {
      if (!ctl.signal.aborted) setState({ for: runKey, s });
    };
    const run = (next: RunMode): void => {
      if (next.quick) quickChosen.add(signature);
      else quickChosen.delete(signature);
      setAttempt((a) => ({ signature, n: (a.signature === signature ? a.n : 0) + 1, mode: next }));
    };
    const cancel = (): void => {
      show({ status: 'held', hold: { kind: 'cancelled' }, run });
      ctl.abort();
    };
    show({ status: 'loading', engine: false, cancel });
    load(story, {
      mode,
      signal: ctl.signal,
      onEngine: () => show({ status: 'loading', engine: true, cancel }),
    }).then(
      (v) =>
        show('kind' in v ? { status: 'held', hold: v, run } : { status: 'ready', value: v, run }),
      (err: unknown) => {
        const hold = holdOf(err);
        if (hold) show({ status: 'held', hold, run });
      },
    );
    return () => ctl.abort();
    // runKey captures everything of the story the comparison depends on, and the attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey, enough]);

  if (!enough) return { status: 'idle' };
  if (state.for !== runKey) return { status: 'loading', engine: false };
  return state.s;
}
