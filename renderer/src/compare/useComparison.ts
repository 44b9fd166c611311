import { useEffect, useState } from 'react';
import type { Comparison, VersionInput } from '../../../engine';
import { ApiError, call } from '../api/client';
import type { StoryDetail, VersionSummary } from '../lib/types';
import { cacheKey } from './cache-key';
import { compareInWorker } from './engine-client';

/** A story's comparison, with the library versions in the comparison's order. */
export interface LoadedComparison {
  comparison: Comparison;
  /** versions[i] is the library version of comparison.versions[i]. */
  versions: VersionSummary[];
  source: 'cache' | 'engine';
}

/** What the comparison of a story is doing. */
export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: LoadedComparison }
  | { status: 'error'; message: string };

const OPTIONS = { foldSpelling: true, ignoreCase: false } as const;

/** Records a phase as a performance measure (`retold:engine`…), for the benchmark. */
function measure(phase: string, since: number): number {
  const now = performance.now();
  performance.measure(`retold:${phase}`, { start: since, end: now });
  return now;
}

/** Fetches texts, asks the library's cache, else compares in the worker and caches. */
async function load(story: StoryDetail): Promise<LoadedComparison> {
  // Sorted by content hash: the same texts always go to the engine in the same order.
  const sorted = [...story.versions].sort((a, b) =>
    a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0,
  );
  const base = sorted.find((v) => v.id === story.baseVersionId) ?? null;
  const key = await cacheKey({
    versions: sorted.map((v) => ({ hash: v.contentHash, published: v.published })),
    baseHash: base?.contentHash ?? null,
    options: OPTIONS,
  });
  let comparison: Comparison | null = null;
  let source: LoadedComparison['source'] = 'cache';
  let t = performance.now();
  if (key) {
    const hit = await call('comparisons.get', { key });
    t = measure('cache', t);
    comparison = hit.comparison as Comparison | null;
  }
  if (!comparison) {
    source = 'engine';
    const texts = await Promise.all(sorted.map((v) => call('versions.get', { id: v.id })));
    t = measure('texts', t);
    const inputs: VersionInput[] = texts.map((v) => ({
      id: v.contentHash,
      text: v.text,
      published: v.published,
    }));
    const baseIndex = base ? sorted.indexOf(base) : -1;
    comparison = await compareInWorker(inputs, {
      ...OPTIONS,
      ...(baseIndex >= 0 ? { base: baseIndex } : {}),
    });
    measure('engine', t);
    if (key) {
      const contentHashes = sorted.map((v) => v.contentHash);
      // Caching is an optimisation: a failure to store must not hide the comparison.
      const stored = { ...comparison } as { format: 'retold.comparison/1' } & Record<
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
  return { comparison, versions: versions as VersionSummary[], source };
}

/** The comparison of a story's versions (needs at least two). */
export function useComparison(story: StoryDetail | null): ComparisonState {
  const [state, setState] = useState<{ for: StoryDetail | null; s: ComparisonState }>({
    for: null,
    s: { status: 'idle' },
  });
  const enough = story !== null && story.versions.length >= 2;
  const signature = story
    ? `${story.baseVersionId}|${story.versions.map((v) => `${v.id}:${v.contentHash}:${v.published}`).join(',')}`
    : '';

  useEffect(() => {
    if (!story || !enough) return;
    let live = true;
    load(story).then(
      (value) => live && setState({ for: story, s: { status: 'ready', value } }),
      (err: unknown) =>
        live &&
        setState({
          for: story,
          s: {
            status: 'error',
            message:
              err instanceof ApiError || err instanceof Error
                ? err.message
                : 'The comparison failed.',
          },
        }),
    );
    return () => {
      live = false;
    };
    // The signature captures everything of the story the comparison depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, enough]);

  if (!enough) return { status: 'idle' };
  if (state.for === null) return { status: 'loading' };
  return state.s;
}
