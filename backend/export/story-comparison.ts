// A library story's comparison, for the CLI and exports: the same engine call as the app makes
// (renderer/src/compare/useComparison.ts), through the same comparison cache and under the same
// key, so a story compared in the app is not compared again by `retold export`, and the other
// way round. The app compares in a Web Worker and the backend never did; this is the Node side
// of that one path: versions sorted by content hash, keyed by content hash, the story's chosen
// base (or the engine's automatic choice), version numbers set from the library after the
// cache (the cache is shared by every story with the same texts, numbers belong to one story).
import { createHash } from 'node:crypto';
import { AppError } from '../../contract/errors';
import { MAX_CACHED_COMPARISON_CHARS, cachedComparisonSchema } from '../../contract/schemas';
import type { Library, StoryRow, VersionSummaryRow } from '../../db';
import {
  cacheKeyText,
  compare,
  withVersionNumbers,
  type CacheKeyParts,
  type CompareOptions,
  type Comparison,
} from '../../engine/index';

/** The app's comparison options (useComparison.ts OPTIONS); part of the cache key. */
export const STORY_COMPARE_OPTIONS: Omit<CompareOptions, 'base'> = {
  foldSpelling: true,
  ignoreCase: false,
};

/** What a story's comparison depends on (the engine's CacheKeyParts, as in the renderer). */
export type KeyParts = CacheKeyParts;

/**
 * The cache key: hex SHA-256 of the same canonical JSON as the renderer's cacheKey (a test
 * checks the two agree), so both hosts find each other's entries.
 */
export function comparisonCacheKey(parts: KeyParts): string {
  return createHash('sha256').update(cacheKeyText(parts), 'utf8').digest('hex');
}

/** A story's comparison with the library versions in the comparison's order. */
export interface StoryComparison {
  story: StoryRow;
  /** versions[i] is the library version of comparison.versions[i]. */
  versions: VersionSummaryRow[];
  /** Versions carry the library's numbers (#n); ids are content hashes, as in the app. */
  comparison: Comparison;
  source: 'cache' | 'engine';
}

function readCache(library: Library, key: string): Comparison | null {
  const json = library.getCachedComparison(key);
  if (json === null) return null;
  try {
    // A damaged entry, or one of another format, is a miss (as in the comparisons.get handler).
    const parsed = cachedComparisonSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as unknown as Comparison) : null;
  } catch {
    return null;
  }
}

function writeCache(library: Library, key: string, hashes: string[], c: Comparison): void {
  const json = JSON.stringify(c);
  // Caching is an optimisation: a comparison too large to keep is still returned.
  if (json.length <= MAX_CACHED_COMPARISON_CHARS) library.putCachedComparison(key, hashes, json);
}

/** What the key of a story's comparison is made from: a version's id, hash and date. */
type KeyedVersion = Pick<VersionSummaryRow, 'id' | 'contentHash' | 'published'>;

/**
 * A story's versions in the comparison's order (by content hash), the base among them (null:
 * the engine chooses) and the comparison's cache key; the outlets view uses it to tell which
 * stories changed since they were summarised without reading their texts.
 */
export function storyComparisonKey<V extends KeyedVersion>(
  versions: readonly V[],
  baseVersionId: number | null,
): { sorted: V[]; base: V | null; key: string } {
  const sorted = [...versions].sort((a, b) =>
    a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0,
  );
  const base = sorted.find((v) => v.id === baseVersionId) ?? null;
  const key = comparisonCacheKey({
    versions: sorted.map((v) => ({ hash: v.contentHash, published: v.published })),
    baseHash: base?.contentHash ?? null,
    options: STORY_COMPARE_OPTIONS,
  });
  return { sorted, base, key };
}

/**
 * Compares a story's versions against `baseVersionId` (default: the story's chosen base, else
 * the engine's automatic choice). Throws AppError when the story has fewer than two versions.
 */
export function compareStory(
  library: Library,
  storyId: number,
  baseVersionId?: number,
): StoryComparison {
  const story = library.getStory(storyId);
  const listed = library.listVersions(storyId);
  if (listed.length < 2) {
    throw new AppError(
      'bad_input',
      `“${story.title}” has ${listed.length === 1 ? 'one version' : 'no versions'}: a comparison needs at least two.`,
    );
  }
  const { sorted, base, key } = storyComparisonKey(listed, baseVersionId ?? story.baseVersionId);
  const options = STORY_COMPARE_OPTIONS;
  let comparison = readCache(library, key);
  const source = comparison ? 'cache' : 'engine';
  if (!comparison) {
    const inputs = sorted.map((v) => {
      const full = library.getVersion(v.id);
      return { id: full.contentHash, text: full.text, published: full.published };
    });
    const baseIndex = base ? sorted.indexOf(base) : -1;
    comparison = compare(inputs, { ...options, ...(baseIndex >= 0 ? { base: baseIndex } : {}) });
    writeCache(
      library,
      key,
      sorted.map((v) => v.contentHash),
      comparison,
    );
  }
  const byHash = new Map(listed.map((v) => [v.contentHash, v]));
  const versions = comparison.versions.map((v) => byHash.get(v.id));
  if (versions.some((v) => v === undefined)) {
    throw new AppError('internal', 'The cached comparison does not match the story’s versions.');
  }
  const found = versions as VersionSummaryRow[];
  return {
    story,
    versions: found,
    comparison: withVersionNumbers(
      comparison,
      found.map((v) => v.number),
    ),
    source,
  };
}
